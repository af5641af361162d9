// Property tests over routes: random paths of slugs, segments, encoded junk and unicode never give a 500 and always carry the headers.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmbedPath } from '../../src/http/securityHeaders';
import { expectSecurityHeaders, sampleKb, send, validPaths } from './http-fixture';

/** Fixed seed and bounded runs: the same cases on every machine, in well under a second each. */
const RUNS = { seed: 20260510, numRuns: 250 };

const slugs = [...sampleKb.actors.map((a) => a.id), ...sampleKb.topics.map((t) => t.id), ...sampleKb.articles.map((a) => a.id)];

const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('actors', 'topics', 'sources', 'embed', 'healthz', 'index.md', 'index.json', 'oembed', 'search', '') },
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...slugs), fc.constantFrom('', '.md', '.json', '.MD', '.html', '.')).map(([s, x]) => s + x) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '%00', '%zz', '%', '%2', '%c0%af', '%c0%ae%c0%ae', '%e2%82', '%ed%a0%80', '%ff', '%2e%2e%2f', '%2e%2e', '..', '.', '%252e',
      '%2f', '%5c', '..%2f', '%0a', '%0d%0aSet-Cookie:x', '%3Cscript%3E', '%22onload%3D', 'x%20y', '%C3%A9', '%F0%9F%98%80', '~', ';', '@',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 3000 }).map((n) => 'a'.repeat(n)) },
);

const query = fc.option(
  fc.oneof(
    fc.constantFrom('start=111&end=132', 'start=5', 'start=%zz&end=1', 'end=-1&start=0', 'q=%e2%82', 'a=b&&=c'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 16 }),
  ),
  { nil: undefined },
);

const request = fc.record({
  path: fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.array(segment, { minLength: 1, maxLength: 4 }), query).map(([segments, q]) => `/${segments.join('/')}${q === undefined ? '' : `?${q}`}`) },
    { weight: 1, arbitrary: fc.constantFrom(...validPaths) },
  ),
  method: fc.constantFrom('GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
  ifNoneMatch: fc.option(fc.constantFrom('*', '"x"', 'W/"x", "y"', 'garbage'), { nil: undefined }),
});

describe('any request', () => {
  it('gets a deliberate status, never a 500, with the security headers; 405 says Allow; HEAD and 304 have no body', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ path, method, ifNoneMatch }) => {
        const res = await send(path, { method, headers: ifNoneMatch ? { 'If-None-Match': ifNoneMatch } : {} });
        expect([200, 304, 400, 404, 405, 414]).toContain(res.status);
        seen.add(res.status);
        expectSecurityHeaders(res, isEmbedPath(new URL(`http://x${path}`).pathname) ? '*' : "'self'");
        if (res.status === 405) {
          const allow = res.headers.get('Allow')!.split(', ');
          expect(allow).toEqual(expect.arrayContaining(['GET', 'HEAD']));
          expect(allow).not.toContain(method);
        }
        if (method === 'HEAD' || res.status === 304) expect(await res.text()).toBe('');
        else await res.arrayBuffer();
        if (res.status === 200 && res.headers.get('Cache-Control') !== 'no-store') expect(res.headers.get('ETag')).toMatch(/^"[\w-]{43}"$/);
      }),
      RUNS,
    );
    // The generator reaches every kind of answer, so the property is not vacuous.
    expect([...seen].sort((a, b) => a - b)).toEqual([200, 304, 400, 404, 405, 414]);
  });
});

describe('any valid page', () => {
  const page = fc.constantFrom(...validPaths.filter((p) => p !== '/healthz'));

  it('HEAD has exactly the headers of GET, and its own ETag gives 304 while any other tag gives the page', async () => {
    await fc.assert(
      fc.asyncProperty(page, fc.string({ unit: 'grapheme-ascii', maxLength: 43 }), async (path, otherTag) => {
        const [get, head] = await Promise.all([send(path), send(path, { method: 'HEAD' })]);
        expect(head.status).toBe(200);
        expect([...head.headers]).toEqual([...get.headers]);
        const etag = get.headers.get('ETag')!;
        expect((await send(path, { headers: { 'If-None-Match': etag } })).status).toBe(304);
        const other = `"${otherTag.replace(/"/g, '')}"`;
        fc.pre(other !== etag);
        expect((await send(path, { headers: { 'If-None-Match': other } })).status).toBe(200);
      }),
      { seed: 20260510, numRuns: 40 },
    );
  });
});
