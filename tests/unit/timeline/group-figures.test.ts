import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/extract/timeline/figures/index.ts';
import { countsKey, groupFigures } from '../../../src/extract/timeline/figures/group.ts';
import type { FigureReport } from '../../../src/extract/timeline/types.ts';

const report = (text: string, article: string, outlet: string | null): FigureReport => {
  const [figure] = extractFigures(text);
  if (!figure) throw new Error(`no figure in ${text}`);
  return { figure, article, outlet };
};

describe('groupFigures', () => {
  it('groups the same quantity of the same thing across outlets, whatever the qualifier', () => {
    const groups = groupFigures([
      report('more than 100,000 troops', 'a1', 'Bloomberg'),
      report('Around 100,000 Russian troops', 'a2', 'CNN'),
      report('100,000 soldiers', 'a3', null),
      report('nearly 100,000 troops', 'a4', 'CNN'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'troop|', value: 100000, corroboration: 3, conflict: false });
    expect(groups[0]!.sources).toEqual(['Bloomberg', 'CNN', 'article:a3']);
    expect(groups[0]!.qualifiers).toEqual(['more than', 'around', 'nearly']);
  });

  it('keeps clearly different values side by side as a conflict', () => {
    const groups = groupFigures([
      report('100,000 troops', 'a1', 'X'),
      report('175,000 troops', 'a2', 'Y'),
      report('more than 100,000 troops', 'a3', 'Z'),
    ]);
    expect(groups.map((g) => [g.value, g.corroboration, g.conflict])).toEqual([
      [100000, 2, true],
      [175000, 1, true],
    ]);
    expect(groups[0]!.key).toBe(groups[1]!.key);
  });

  it('lets a vague figure join the group whose value it covers, never bridge two', () => {
    const groups = groupFigures([
      report('40,000 troops', 'a1', 'X'),
      report('tens of thousands of troops', 'a2', 'Y'),
      report('100,000 troops', 'a3', 'Z'),
    ]);
    expect(groups.map((g) => [g.value, g.members.length])).toEqual([
      [40000, 2],
      [100000, 1],
    ]);
  });

  it('never compares different things or different units', () => {
    const groups = groupFigures([
      report('50 minutes', 'a1', 'X'),
      report('50 tanks', 'a2', 'Y'),
      report('$50 million', 'a3', 'Z'),
      report('€50 million', 'a4', 'Z'),
    ]);
    expect(groups).toHaveLength(4);
    expect(groups.every((g) => !g.conflict)).toBe(true);
  });

  it('leaves referential counts out and counts one outlet once', () => {
    const groups = groupFigures([
      report('the two sides', 'a1', 'X'),
      report('5 waves', 'a1', 'X'),
      report('five waves', 'a1', 'X'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ corroboration: 1 });
    expect(groups[0]!.members).toHaveLength(2);
  });

  it('folds synonyms and keeps compounds in the key', () => {
    expect(countsKey('soldier')).toBe('troop');
    expect(countsKey('battalion tactical group')).toBe('battalion tactical group');
    expect(countsKey('phone call')).toBe('call');
  });
});
