// The per-isolate page cache: renders once per key and version, tags the bytes once, and forgets the least recently
// used page past its limit.

import { describe, expect, it } from 'vitest';
import { RenderedPageCache } from '../../src/http/renderedPageCache';

const text = async (page: Promise<{ bytes: Uint8Array }>) => new TextDecoder().decode((await page).bytes);

describe('RenderedPageCache', () => {
  it('renders a page once per version, and tags it with the SHA-256 of its bytes', async () => {
    const cache = new RenderedPageCache();
    let renders = 0;
    const render = async () => `page ${++renders}`;
    const first = await cache.page('v1', 'a', render);
    expect(await cache.page('v1', 'a', render)).toBe(first);
    expect(renders).toBe(1);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', first.bytes));
    expect(first.etag).toBe(`"${Buffer.from(digest).toString('base64url')}"`);
    expect(await text(cache.page('v2', 'a', render))).toBe('page 2');
  });

  it('evicts the least recently used page past its limit', async () => {
    const cache = new RenderedPageCache(2);
    await cache.page('v', 'a', async () => 'A');
    await cache.page('v', 'b', async () => 'B');
    await cache.page('v', 'a', async () => 'A again'); // a is now the most recent
    await cache.page('v', 'c', async () => 'C'); // evicts b
    expect(cache.size).toBe(2);
    expect(await text(cache.page('v', 'a', async () => 'A rendered again'))).toBe('A');
    expect(await text(cache.page('v', 'b', async () => 'B rendered again'))).toBe('B rendered again');
  });

  it('does not keep a failed render', async () => {
    const cache = new RenderedPageCache();
    await expect(cache.page('v', 'x', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await text(cache.page('v', 'x', async () => 'fine'))).toBe('fine');
  });
});
