// Search over the sample KB: names and aliases, topic titles, quote words; every word must match; capped lists.

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { buildKbIndex } from '../../src/render/kbIndex';
import { QUERY_LIMIT, search } from '../../src/render/views/searchResults';
import sample from '../fixtures/kb-sample.json';

const index = buildKbIndex(sample as unknown as KnowledgeBase);

describe('search', () => {
  it('matches an alias and says which', () => {
    const kb = { ...(sample as unknown as KnowledgeBase) };
    kb.actors = kb.actors.map((a) => (a.id === 'jen-psaki' ? { ...a, aliases: ['Jane Sackie'] } : a));
    const results = search(buildKbIndex(kb), 'sackie');
    expect(results.actors.items).toEqual([expect.objectContaining({ id: 'jen-psaki', matchedAlias: 'Jane Sackie' })]);
  });

  it('ranks an exact name first', () => {
    expect(search(index, 'ukraine').actors.items[0]!.id).toBe('ukraine');
  });

  it('finds quotes by their words, case and curly quotes folded', () => {
    expect(search(index, 'READY to').quotes.items.map((q) => q.id)).toEqual(['q-ready-to-talk']);
  });

  it('matches nothing for an empty query and cuts long ones', () => {
    expect(search(index, '   ')).toMatchObject({ hasQuery: false, countsLabel: '0 actors, 0 topics, 0 quotes' });
    expect(search(index, 'x'.repeat(500)).query).toHaveLength(QUERY_LIMIT);
  });
});
