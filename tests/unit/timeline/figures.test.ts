import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/timeline/figures/index.ts';
import type { FigureMention } from '../../../src/extract/timeline/types.ts';

function figures(text: string): FigureMention[] {
  const found = extractFigures(text);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.phrase);
  return found;
}
const one = (text: string): FigureMention => {
  const found = figures(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};
/** value, qualifier, counts: the parts the gold scores. */
const brief = (text: string): Array<[number, string | null, string | null]> => figures(text).map((f) => [f.value, f.qualifier, f.counts]);

describe('counted things', () => {
  it('reads the qualifier, the value and the singular noun', () => {
    expect(one('the buildup of more than 100,000 troops on the border')).toMatchObject({
      phrase: 'more than 100,000 troops', value: 100000, qualifier: 'more than', unit: null, counts: 'troop',
    });
  });

  it('steps over nationality adjectives, “so-called” and quote marks', () => {
    expect(one('Around 100,000 Russian troops are stationed there.')).toMatchObject({ phrase: 'Around 100,000 Russian troops', qualifier: 'around', counts: 'troop' });
    expect(one('more than 50 so-called “battalion tactical groups” deployed')).toMatchObject({
      phrase: 'more than 50 so-called “battalion tactical groups”', value: 50, counts: 'battalion tactical group',
    });
    expect(one('3 U.S. warships')).toMatchObject({ counts: 'warship' });
  });

  it('reads number words and vague plurals', () => {
    expect(one('“Five waves of NATO expansion.”')).toMatchObject({ phrase: 'Five waves', value: 5, counts: 'wave' });
    expect(one('moving tens of thousands of troops')).toMatchObject({ phrase: 'tens of thousands of troops', value: 10000, qualifier: 'tens of', counts: 'troop' });
    expect(brief('hundreds of thousands of protesters, dozens of arrests, two hundred and fifty thousand people')).toEqual([
      [100000, 'hundreds of', 'protester'],
      [12, 'dozens of', 'arrest'],
      [250000, null, 'person'],
    ]);
    expect(brief('almost two dozen journalists; half a million people; twenty-five tanks')).toEqual([
      [24, 'almost', 'journalist'],
      [500000, null, 'person'],
      [25, null, 'tank'],
    ]);
  });

  it('normalises every listed qualifier', () => {
    expect(brief('up to 5 ships, nearly 6 jets, almost 7 drones, at least 8 dead civilians, about 9 boats, over 10 cars, some 11 vans, just over three weeks')).toEqual([
      [5, 'up to', 'ship'],
      [6, 'nearly', 'jet'],
      [7, 'almost', 'drone'],
      [8, 'at least', 'dead civilian'],
      [9, 'about', 'boat'],
      [10, 'over', 'car'],
      [11, 'some', 'van'],
      [3, 'over', 'week'],
    ]);
  });

  it('singularises irregular and -ies/-es plurals', () => {
    expect(brief('40 million people, 3 countries, 5 buses, 12 children, 7 aircraft')).toEqual([
      [40e6, null, 'person'],
      [3, null, 'country'],
      [5, null, 'bus'],
      [12, null, 'child'],
      [7, null, 'aircraft'],
    ]);
  });
});

describe('units', () => {
  it('reads durations as the unit counted, keeping what the measure describes', () => {
    expect(one('after a 50-minute phone call, their second')).toMatchObject({
      phrase: '50-minute phone call', value: 50, unit: 'minute', counts: 'minute', describes: 'phone call',
    });
    expect(one('which lasted around 50 minutes')).toMatchObject({ value: 50, qualifier: 'around', unit: 'minute', counts: 'minute' });
  });

  it('reads money and percentages', () => {
    expect(one('approved $1.5 billion in aid')).toMatchObject({ phrase: '$1.5 billion', value: 1.5e9, unit: 'USD', counts: null });
    expect(one('a €200m loan')).toMatchObject({ value: 2e8, unit: 'EUR' });
    expect(one('inflation of 3.2%')).toMatchObject({ phrase: '3.2%', value: 3.2, unit: 'percent' });
    expect(one('up 3.2 percent')).toMatchObject({ value: 3.2, unit: 'percent', qualifier: null });
    expect(one('5 billion rubles')).toMatchObject({ value: 5e9, unit: 'RUB' });
  });

  it('reads hyphen compounds that count something else', () => {
    expect(one('the 27-member bloc met')).toMatchObject({ value: 27, counts: 'member', describes: 'bloc' });
    expect(one('a 1,000-strong force')).toMatchObject({ value: 1000, counts: 'force' });
  });
});

describe('what is not a figure', () => {
  it('skips years, dates and times', () => {
    expect(figures('In 2014, on Dec. 7 and January 10, at 10:30 and 10 a.m., and on December 30, 2021.')).toEqual([]);
  });

  it('skips ordinals and numbers inside names and codes', () => {
    expect(figures('their second call on the 10th; Nord Stream 2; Article 5; COVID-19; G7 leaders; F-16 jets; the 1990s')).toEqual([]);
  });

  it('skips fractions', () => {
    expect(figures('Two-thirds of the seats; a third of voters; one-half of the budget')).toEqual([]);
  });

  it('skips a lone "one" or "a" and numbers with nothing counted', () => {
    expect(figures('One of the officials said no one knows; the score was 3 to 1.')).toEqual([]);
    expect(figures('one in five adults and 7 out of 10 voters')).toEqual([]);
  });

  it('flags referential counts', () => {
    expect(one('The remarks from the two sides differed.')).toMatchObject({ value: 2, counts: 'side', referential: true });
    expect(one('Biden had charted two paths.').referential).toBeUndefined();
  });
});

describe('ages', () => {
  it('reads no figure from an age ("the 37-year-old Serb"), but keeps a duration ("a 10-year plan")', () => {
    expect(figures('The 37-year-old Serb fell to his knees. A 19-year-old was arrested.')).toHaveLength(0);
    expect(brief('They agreed a 10-year plan')).toEqual([[10, null, 'year']]);
  });
});
