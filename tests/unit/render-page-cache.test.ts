// The per-isolate page cache: renders once per key, and forgets the least recently used page past its limit.

import { describe, expect, it } from 'vitest';
import { RenderedPageCache } from '../../src/http/renderedPageCache';

describe('RenderedPageCache', () => {
  it('renders a page once and then serves it from memory', () => {
    const cache = new RenderedPageCache();
    let renders = 0;
    const render = () => `page ${++renders}`;
    expect(cache.get('a', render)).toBe('page 1');
    expect(cache.get('a', render)).toBe('page 1');
    expect(renders).toBe(1);
  });

  it('evicts the least recently used page past its limit', () => {
    const cache = new RenderedPageCache(2);
    cache.get('a', () => 'A');
    cache.get('b', () => 'B');
    cache.get('a', () => 'A again'); // a is now the most recent
    cache.get('c', () => 'C'); // evicts b
    expect(cache.size).toBe(2);
    expect(cache.get('a', () => 'A rendered again')).toBe('A');
    expect(cache.get('b', () => 'B rendered again')).toBe('B rendered again');
  });
});
