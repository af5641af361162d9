import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/timeline/dates/index.ts';
import { extractEvents } from '../../../src/extract/timeline/events/extract.ts';
import type { ActorMention, EventMention } from '../../../src/extract/timeline/types.ts';
import { splitSentences } from './event-scoring.ts';

/** Names the tests know, by surface form: [actor id, kind]. */
const ACTORS: Record<string, [string, string]> = {
  Biden: ['biden', 'person'], Putin: ['putin', 'person'], Psaki: ['psaki', 'person'], Ushakov: ['ushakov', 'person'],
  Blinken: ['blinken', 'person'], Zelensky: ['zelensky', 'person'], Kremlin: ['kremlin', 'organization'],
  EU: ['eu', 'organization'], 'United States': ['us', 'place'], Russia: ['russia', 'place'], Moscow: ['moscow', 'place'],
  Geneva: ['geneva', 'place'], Ukraine: ['ukraine', 'place'],
};

function actorsIn(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const [surface, [actorId, kind]] of Object.entries(ACTORS)) {
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, 'g'))) found.push({ actorId, kind, start: m.index, end: m.index + surface.length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function events(text: string, articleDate: string | null = '2021-12-24'): EventMention[] {
  return extractEvents(splitSentences(text, 0), extractDates(text, articleDate), actorsIn(text), { articleDate });
}
const brief = (text: string, articleDate?: string | null) =>
  events(text, articleDate).map((e) => ({ kind: e.kind, date: e.date, participants: e.participants, place: e.place }));

describe('extractEvents: triggers', () => {
  it('finds calls, dated by their sentence, with both parties', () => {
    expect(brief('Biden spoke with Putin on Thursday about Ukraine.')).toEqual([
      { kind: 'call', date: '2021-12-23', participants: ['biden', 'putin'], place: null },
    ]);
  });

  it('finds press conferences with their place', () => {
    expect(brief('The briefing on Thursday followed Putin’s annual press conference in Moscow.')).toEqual([
      { kind: 'press_conference', date: '2021-12-23', participants: ['putin'], place: 'moscow' },
    ]);
  });

  it('finds statements and their speaker, before or (opening the clause) after the trigger', () => {
    expect(brief('The Kremlin said in a statement that talks were useful.')[0]).toMatchObject({ kind: 'statement', participants: ['kremlin'] });
    expect(brief('In a statement, Psaki said the call was useful.')[0]).toMatchObject({ kind: 'statement', participants: ['psaki'] });
  });

  it('marks talks ahead of the article date as planned', () => {
    const [talks] = events('The United States and Russia are expected to hold security talks on January 10 in Geneva.', '2021-12-31');
    expect(talks).toMatchObject({ kind: 'talks', date: '2022-01-10', status: 'planned', participants: ['us', 'russia'], place: 'geneva' });
  });

  it('reports sanctions and deployments only as done, not threatened or supposed', () => {
    expect(brief('The EU imposed new sanctions on Russia on Monday.')[0]).toMatchObject({ kind: 'sanctions', date: '2021-12-20', participants: ['eu'] });
    expect(brief('The EU threatened to impose sanctions. The EU would impose sanctions if Russia invaded.')).toEqual([]);
    expect(brief('Russia has deployed troops near Ukraine.')[0]).toMatchObject({ kind: 'deployment', participants: ['russia'] });
    expect(brief('Fifty groups deployed on the border. What if we deployed missiles?')).toEqual([]);
  });

  it('reads "call" only as a noun, and "met" only as an active verb', () => {
    expect(brief('Ukraine called for a ceasefire and made a call for calm.')).toEqual([]);
    expect(brief('Any attack would be met with sanctions. The demands were not met.')).toEqual([]);
    expect(brief('Blinken met with Zelensky on Wednesday.')[0]).toMatchObject({ kind: 'meeting', date: '2021-12-22' });
    expect(brief('Biden and Putin last met in June in Geneva.')[0]).toMatchObject({ kind: 'meeting', date: '2021-06', place: 'geneva' });
  });

  it('does not date an event by the edge of a span ("since the summer")', () => {
    expect(brief('Blinken met with Zelensky on Wednesday, their first meeting since the summer.').map((e) => [e.kind, e.date])).toEqual([
      ['meeting', '2021-12-22'],
    ]);
  });

  it('leaves alone what speakers say inside quotation marks', () => {
    expect(brief('“We held talks with Russia,” Psaki said.')).toEqual([]);
  });
});

describe('extractEvents: dates and re-mentions', () => {
  it('dates a gathering from the sentence before when its own has no date', () => {
    const found = brief('Biden warned Putin on Thursday. Both expressed support for dialogue after a 50-minute phone call.', '2021-12-31');
    expect(found.find((e) => e.kind === 'call')).toEqual({ kind: 'call', date: '2021-12-30', participants: ['biden', 'putin'], place: null });
  });

  it('gives each date to the trigger it stands by', () => {
    const found = brief('Ushakov told reporters after Thursday’s call that progress was made.');
    expect(found).toEqual([
      { kind: 'statement', date: null, participants: ['ushakov'], place: null },
      { kind: 'call', date: '2021-12-23', participants: ['ushakov'], place: null },
    ]);
  });

  it('folds a definite re-mention into the event already reported', () => {
    expect(brief('Biden and Putin held a phone call on Dec. 7. The call lasted an hour.').map((e) => e.kind)).toEqual(['call']);
  });

  it('folds a dated remark into the same-day gathering of its speaker', () => {
    expect(brief('Putin held his annual press conference on Thursday. Putin said Thursday that Russia wants guarantees.').map((e) => e.kind)).toEqual(['press_conference']);
  });

  it('keeps a dated remark by someone else', () => {
    expect(brief('Putin held his annual press conference on Thursday. Psaki rebuffed his comments on Thursday.').map((e) => e.kind)).toEqual(['press_conference', 'statement']);
  });

  it('drops undated talk about talks in a dated article, keeps it in an undated one', () => {
    expect(brief('There is no date or location fixed for those negotiations.')).toEqual([]);
    expect(brief('Officials held talks with Russia in Geneva.', null)).toHaveLength(1);
  });
});
