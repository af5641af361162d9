// Who appears with whom: sentences shared by actors, meetings among them, and the related-actor ranking built on them.

import { describe, expect, it } from 'vitest';
import { meetingKind } from '../../src/render/cooccurrence';
import { buildKbIndex } from '../../src/render/kbIndex';
import { relatedActors, relatedActorView } from '../../src/render/views/relatedActors';
import { kbOf } from './render-kb';

const article = {
  id: 'a1',
  source: 'Wire',
  date: '2024-03-01',
  text: 'Anna Berg met Carl Dahl in Oslo on Friday. Oslo was cold. Anna Berg later praised Carl Dahl. Eva Fors stayed home.',
};
const kb = kbOf([article], [
  { id: 'anna', name: 'Anna Berg', kind: 'person' },
  { id: 'carl', name: 'Carl Dahl', kind: 'person' },
  { id: 'oslo', name: 'Oslo', kind: 'place' },
  { id: 'eva', name: 'Eva Fors', kind: 'person' },
]);
const index = buildKbIndex(kb);

describe('meetingKind', () => {
  it.each([
    ['Biden met Putin in Geneva.', 'meeting'],
    ['They held talks on Friday.', 'talks'],
    ['After a phone call, both spoke.', 'call'],
    ['Any attack would be met with sanctions.', null],
    ['Putin warned Biden.', null],
  ])('%s → %s', (sentence, kind) => expect(meetingKind(sentence)).toBe(kind));
});

describe('shared sentences', () => {
  it('counts the sentences two actors share and the meetings among them', () => {
    const pair = index.pairs.get('anna')!.get('carl')!;
    expect(pair).toMatchObject({ sentences: 2, meetings: 1 });
    expect(article.text.slice(pair.firstMeeting!.start, pair.firstMeeting!.end)).toBe('Anna Berg met Carl Dahl in Oslo on Friday.');
    expect(index.pairs.get('eva')).toBeUndefined();
    expect(index.meetingsByActor.get('oslo')).toHaveLength(1);
  });

  it('ranks a meeting above a shared place, and a place never "meets"', () => {
    const related = relatedActors(index, index.actors.get('anna')!).map((r) => relatedActorView(index, 'anna', r));
    expect(related.map((r) => [r.id, r.relations.map((x) => `${x.kind}:${x.count}`)])).toEqual([
      ['carl', ['met:1', 'sameSentence:1']],
      ['oslo', ['sameSentence:1']],
    ]);
    expect(related[0]!.sharedArticles).toBe(1);
  });
});
