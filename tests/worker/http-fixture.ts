// Shared by the tests/worker/http-* tests: the app over the sample KB, a request helper, and the headers every response must carry.

import { expect } from 'vitest';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import sample from '../fixtures/kb-sample.json';

export const sampleKb = sample as unknown as KnowledgeBase;
export const app = createApp(sampleKb, bundledTemplates);

export function send(path: string, init: RequestInit = {}): Promise<Response> {
  return Promise.resolve(app.request(`http://factsheets.test${path}`, init));
}

/** Every valid page of the sample KB: index, each actor and topic in three formats, each source page, the health check. */
export const validPaths: string[] = [
  '/',
  '/index.md',
  '/index.json',
  ...sampleKb.actors.flatMap((a) => ['', '.md', '.json'].map((suffix) => `/actors/${a.id}${suffix}`)),
  ...sampleKb.topics.flatMap((t) => ['', '.md', '.json'].map((suffix) => `/topics/${t.id}${suffix}`)),
  ...sampleKb.articles.map((a) => `/sources/${a.id}`),
  '/sources/a1b2c3d4e5f60001?start=111&end=132',
  '/healthz',
];

/** CSP with the style hash and the right frame-ancestors, nosniff, referrer policy, and a Cache-Control. */
export function expectSecurityHeaders(res: Response, frameAncestors: "'self'" | '*' = "'self'"): void {
  const csp = res.headers.get('Content-Security-Policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).toContain(`frame-ancestors ${frameAncestors}`);
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  expect(res.headers.get('X-Frame-Options')).toBe(frameAncestors === '*' ? null : 'SAMEORIGIN');
  expect(res.headers.get('Cache-Control')).toBeTruthy();
}
