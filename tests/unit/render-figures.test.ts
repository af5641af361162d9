// Figures read for sheets: the number, its qualifier and what it counts; agreement and conflict across outlets.

import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/render/facts/figures';
import { groupFigureReports } from '../../src/render/facts/figureGroups';

const read = (text: string) => findFigures(text).map((f) => [f.phrase, f.value, f.counts, f.qualifier]);

describe('findFigures', () => {
  it('reads counts, qualifiers and measures', () => {
    expect(read('more than 100,000 Russian troops massed')).toEqual([['more than 100,000 Russian troops', 100000, 'troop', 'more than']]);
    expect(read('after a 50-minute phone call')).toEqual([['50-minute', 50, 'minute', null]]);
    expect(read('Five waves of NATO expansion.')).toEqual([['Five waves', 5, 'wave', null]]);
    expect(read('$5 billion in aid')).toEqual([['$5 billion', 5e9, 'dollar', null]]);
    expect(read('up 10% on the year')).toEqual([['10%', 10, 'percent', null]]);
    expect(read('more than 50 so-called “battalion tactical groups” deployed')).toEqual([
      ['more than 50 so-called “battalion tactical groups”', 50, 'battalion tactical group', 'more than'],
    ]);
  });

  it('leaves out years, dates, names and references back', () => {
    expect(read('in 2014 and on January 10, the Nord Stream 2 pipeline; the two leaders spoke')).toEqual([]);
  });

  it('gives offsets into the text it read', () => {
    const text = 'Officials said 300 ships waited.';
    const [figure] = findFigures(text);
    expect(text.slice(figure!.start, figure!.end)).toBe('300 ships');
  });
});

describe('groupFigureReports', () => {
  const report = (text: string, outletKey: string) => ({ figure: findFigures(text)[0]!, outletKey, evidence: outletKey });

  it('joins readings that agree (a qualifier alone is no conflict) and counts outlets', () => {
    const { readings, conflicts } = groupFigureReports([
      report('more than 100,000 troops', 'Bloomberg'),
      report('around 100,000 troops', 'CNN'),
      report('100,000 troops', 'Reuters'),
    ]);
    expect(readings).toHaveLength(1);
    expect(readings[0]).toMatchObject({ phrase: '100,000 troops', outlets: 3 });
    expect(conflicts).toEqual([]);
  });

  it('keeps readings of the same thing that cannot both be true apart, as a conflict', () => {
    const { readings, conflicts } = groupFigureReports([report('100,000 troops', 'Bloomberg'), report('175,000 troops', 'CNN'), report('50 ships', 'CNN')]);
    expect(readings).toHaveLength(3);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.counts).toBe('troop');
    expect(conflicts[0]!.readings.map((r) => r.value)).toEqual([100000, 175000]);
  });
});
