// 404 suggestions: close slugs, names, aliases and prefixes match; unrelated paths suggest nothing.

import { describe, expect, it } from 'vitest';
import { editDistance, slugify, suggestPages } from '../../src/http/suggestions';
import type { KnowledgeBase } from '../../src/kb/types';
import { buildKbIndex } from '../../src/render/kbIndex';
import sample from '../fixtures/kb-sample.json';

const index = buildKbIndex(sample as unknown as KnowledgeBase);
const suggested = (path: string) => suggestPages(index, path).map((s) => s.pageUrl);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('vladmir', 'vladimir', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('gives up past its limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('slugify', () => {
  it('folds accents, case and punctuation', () => {
    expect(slugify('  Volodymyr Zelenskyy ')).toBe('volodymyr-zelenskyy');
    expect(slugify('Zoë <b>O’Neil</b>')).toBe('zoe-b-o-neil-b');
  });
});

describe('suggestPages', () => {
  it('matches typos, surnames, aliases and suffixed paths', () => {
    expect(suggested('/actors/vladimir-putn')[0]).toBe('/actors/vladimir-putin');
    expect(suggested('/actors/biden.md')[0]).toBe('/actors/joe-biden');
    expect(suggested('/actors/psaki')[0]).toBe('/actors/jen-psaki');
    expect(suggested('/x/Ukraine%20Crisis')).toContain('/topics/ukraine-crisis');
  });

  it('ranks pages of the section asked for first', () => {
    expect(suggested('/topics/ukraine')[0]).toBe('/topics/ukraine-crisis');
    expect(suggested('/actors/ukraine')[0]).toBe('/actors/ukraine');
  });

  it('suggests nothing for an unrelated or malformed path', () => {
    expect(suggested('/actors/zzzzqqq')).toEqual([]);
    expect(suggested('/%E0%A4%A')).toEqual([]);
    expect(suggested('/')).toEqual([]);
  });
});
