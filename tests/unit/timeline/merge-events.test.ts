import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../../src/extract/timeline/events/merge.ts';
import type { EventKind, EventMention, EventReport, ResolvedDate } from '../../../src/extract/timeline/types.ts';

let at = 0;
function report(
  article: string, kind: EventKind, date: ResolvedDate | null, participants: string[],
  extra: Partial<EventMention> & { outlet?: string | null; articleDate?: string | null } = {},
): EventReport {
  at += 10;
  const precision = date === null ? null : typeof date !== 'string' ? 'span' : date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  const { outlet = null, articleDate = null, ...rest } = extra;
  const event: EventMention = {
    kind, trigger: { phrase: kind, start: at, end: at + 4 }, sentence: { start: at, end: at + 9 }, date, datePrecision: precision,
    dateSource: date === null ? null : 'sentence', dateEvidence: null, participants, place: null, status: 'reported', determiner: null, ...rest,
  };
  return { event, article, outlet, articleDate };
}

describe('mergeEvents', () => {
  it('merges same-kind reports of one day that share a participant, counting outlets', () => {
    const merged = mergeEvents([
      report('a', 'call', '2021-12-30', ['biden', 'putin'], { outlet: 'CNN' }),
      report('b', 'call', '2021-12-30', ['putin'], { outlet: 'AP' }),
      report('c', 'call', '2021-12-30', ['biden'], { outlet: 'CNN' }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ kind: 'call', date: '2021-12-30', corroboration: 2, sources: ['CNN', 'AP'] });
    expect(merged[0]!.participants).toEqual(['biden', 'putin']);
  });

  it('keeps calls on different days apart, even between the same two people', () => {
    const merged = mergeEvents([
      report('a', 'call', '2021-12-07', ['biden', 'putin']),
      report('b', 'call', '2021-12-30', ['biden', 'putin']),
    ]);
    expect(merged.map((m) => m.date)).toEqual(['2021-12-07', '2021-12-30']);
  });

  it('never merges different kinds, but treats a meeting and talks as one kind', () => {
    const merged = mergeEvents([
      report('a', 'call', '2021-12-30', ['biden']),
      report('a', 'statement', '2021-12-30', ['biden']),
      report('b', 'talks', '2022-01-10', ['us', 'russia']),
      report('c', 'meeting', '2022-01-10', ['russia']),
    ]);
    expect(merged.map((m) => [m.kind, m.members.length])).toEqual([['call', 1], ['statement', 1], ['talks', 2]]);
  });

  it('lets a coarse date join the one day-dated event inside it, and stay apart when two fit', () => {
    const one = mergeEvents([report('a', 'call', '2021-12-07', ['biden', 'putin']), report('b', 'call', '2021-12', ['putin'])]);
    expect(one).toHaveLength(1);
    expect(one[0]!.date).toBe('2021-12-07');
    const two = mergeEvents([
      report('a', 'call', '2021-12-07', ['biden', 'putin']),
      report('b', 'call', '2021-12-30', ['biden', 'putin']),
      report('c', 'call', '2021-12', ['putin']),
    ]);
    expect(two).toHaveLength(3);
  });

  it('does not let "a call earlier this month" join the call its own article dates to a day', () => {
    const merged = mergeEvents([
      report('a', 'call', '2021-12-30', ['biden', 'putin']),
      report('a', 'call', '2021-12', ['biden', 'putin'], { determiner: 'indefinite' }),
      report('b', 'call', '2021-12-07', ['biden', 'putin']),
    ]);
    expect(merged.map((m) => [m.date, m.members.map((r) => r.article).join('')])).toEqual([['2021-12-30', 'a'], ['2021-12-07', 'ab']]);
  });

  it('lets an undated report join the one recent event sharing a participant', () => {
    const joined = mergeEvents([
      report('a', 'statement', '2021-12-30', ['ushakov']),
      report('b', 'statement', null, ['ushakov'], { articleDate: '2021-12-31' }),
    ]);
    expect(joined).toHaveLength(1);
    const stale = mergeEvents([
      report('a', 'statement', '2021-12-23', ['psaki']),
      report('b', 'statement', null, ['psaki'], { articleDate: '2021-12-31' }),
      report('c', 'statement', null, ['psaki'], { articleDate: '2021-12-31' }),
    ]);
    expect(stale.map((m) => m.members.length)).toEqual([1, 2]);
  });

  it('never merges statements that name no one', () => {
    expect(mergeEvents([report('a', 'statement', '2021-12-30', []), report('b', 'statement', '2021-12-30', [])])).toHaveLength(2);
    expect(mergeEvents([report('a', 'call', '2021-12-30', ['biden']), report('b', 'call', '2021-12-30', [])])).toHaveLength(1);
  });

  it('counts a report of it happening over reports that only announce it', () => {
    const merged = mergeEvents([
      report('a', 'talks', '2022-01-10', ['us'], { status: 'planned' }),
      report('b', 'talks', '2022-01-10', ['us'], { status: 'reported' }),
    ]);
    expect(merged[0]!.status).toBe('reported');
  });
});
