// Caching: strong ETags from the body, 304 on a matching If-None-Match (lists, *, weak tags), Cache-Control on every response.

import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { expectSecurityHeaders, sampleKb, send, validPaths } from './http-fixture';

const pagePaths = validPaths.filter((path) => path !== '/healthz');

async function etagOf(path: string): Promise<string> {
  return (await send(path)).headers.get('ETag')!;
}

describe('ETag', () => {
  it.each(pagePaths)('%s has a strong ETag that is the SHA-256 of its body', async (path) => {
    const res = await send(path);
    const etag = res.headers.get('ETag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await res.arrayBuffer()));
    const expected = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    expect(etag).toBe(`"${expected}"`);
  });

  it('is stable across requests and differs between pages and formats', async () => {
    expect(await etagOf('/actors/jen-psaki')).toBe(await etagOf('/actors/jen-psaki'));
    const tags = await Promise.all(pagePaths.map(etagOf));
    expect(new Set(tags).size).toBe(pagePaths.length);
  });

  it('changes when the content changes', async () => {
    const renamed = structuredClone(sampleKb) as KnowledgeBase;
    renamed.actors.find((a) => a.id === 'jen-psaki')!.name = 'Jennifer Psaki';
    const other = createApp(renamed, bundledTemplates);
    for (const suffix of ['', '.md', '.json']) {
      const path = `/actors/jen-psaki${suffix}`;
      const changed = (await other.request(`http://factsheets.test${path}`)).headers.get('ETag');
      expect(changed, path).not.toBe(await etagOf(path));
    }
  });

  it('is not given to no-store responses or errors', async () => {
    for (const path of ['/healthz', '/nope', '/actors/%zz']) expect((await send(path)).headers.get('ETag'), path).toBeNull();
  });
});

describe('If-None-Match', () => {
  const path = '/actors/vladimir-putin';

  it.each([
    ['the same tag', (tag: string) => tag],
    ['the weak form of the tag', (tag: string) => `W/${tag}`],
    ['a list holding the tag', (tag: string) => `"other", W/"x",${tag} , "more"`],
    ['*', () => '*'],
  ])('with %s gives 304 with no body and the same caching headers', async (_, header) => {
    const full = await send(path);
    const etag = full.headers.get('ETag')!;
    const res = await send(path, { headers: { 'If-None-Match': header(etag) } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe('');
    expect(res.headers.get('ETag')).toBe(etag);
    expect(res.headers.get('Cache-Control')).toBe(full.headers.get('Cache-Control'));
    expect(res.headers.get('Content-Type')).toBeNull();
    expectSecurityHeaders(res);
  });

  it.each(['"different"', 'W/"different"', 'not-a-tag', '"unterminated', ''])('%j gives the full page', async (header) => {
    const res = await send(path, { headers: { 'If-None-Match': header } });
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBeGreaterThan(0);
  });

  it('HEAD gets 304 too', async () => {
    const etag = await etagOf(path);
    const res = await send(path, { method: 'HEAD', headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
  });

  it('does not turn an error into a 304', async () => {
    expect((await send('/nope', { headers: { 'If-None-Match': '*' } })).status).toBe(404);
  });

  it("an old page's tag gets the new page after a change", async () => {
    const renamed = structuredClone(sampleKb) as KnowledgeBase;
    renamed.actors.find((a) => a.id === 'vladimir-putin')!.name = 'V. V. Putin';
    const res = await createApp(renamed, bundledTemplates).request(`http://factsheets.test${path}`, { headers: { 'If-None-Match': await etagOf(path) } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('V. V. Putin');
  });
});

describe('Cache-Control', () => {
  it('pages are public and revalidated by ETag', async () => {
    for (const path of pagePaths) expect((await send(path)).headers.get('Cache-Control'), path).toMatch(/^public, max-age=\d+/);
  });

  it.each(['/healthz', '/nope', '/actors/%zz', `/${'a'.repeat(3000)}`])('%s is not stored', async (path) => {
    expect((await send(path)).headers.get('Cache-Control')).toBe('no-store');
  });

  it('a wrong method is not stored', async () => {
    expect((await send('/', { method: 'POST' })).headers.get('Cache-Control')).toBe('no-store');
  });

  it('a route that sets none gets the default: shared for successful reads, never for writes', async () => {
    const app = createApp(sampleKb, bundledTemplates);
    app.get('/x-plain', (c) => c.text('plain'));
    app.post('/x-plain', (c) => c.text('made', 201));
    const read = await app.request('http://factsheets.test/x-plain');
    expect(read.headers.get('Cache-Control')).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(read.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
    const write = await app.request('http://factsheets.test/x-plain', { method: 'POST' });
    expect(write.headers.get('Cache-Control')).toBe('no-store');
    expect(write.headers.get('ETag')).toBeNull();
  });
});
