// Routes inside workerd, against the sample KB: status codes, content types, variants in step, 404 suggestions, headers.

import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import sample from '../fixtures/kb-sample.json';

const kb = sample as unknown as KnowledgeBase;
const app = createApp(kb, bundledTemplates);
const get = async (path: string): Promise<Response> => app.request(`http://factsheets.test${path}`);

describe('pages', () => {
  it.each([
    ['/', 'text/html; charset=UTF-8'],
    ['/index.md', 'text/markdown; charset=utf-8'],
    ['/index.json', 'application/json'],
    ['/actors/vladimir-putin', 'text/html; charset=UTF-8'],
    ['/actors/vladimir-putin.md', 'text/markdown; charset=utf-8'],
    ['/actors/vladimir-putin.json', 'application/json'],
    ['/topics/ukraine-crisis', 'text/html; charset=UTF-8'],
    ['/topics/ukraine-crisis.md', 'text/markdown; charset=utf-8'],
    ['/topics/ukraine-crisis.json', 'application/json'],
    ['/sources/a1b2c3d4e5f60001', 'text/html; charset=UTF-8'],
    ['/healthz', 'application/json'],
  ])('%s is 200 %s', async (path, contentType) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(contentType);
  });

  it('the index lists actors by kind, topics and articles', async () => {
    const html = await (await get('/')).text();
    expect(html).toContain('<h2>People (4)</h2>');
    expect(html).toContain('<a href="/actors/vladimir-putin">Vladimir Putin</a>');
    expect(html).toContain('<a href="/topics/ukraine-crisis">Ukraine crisis</a>');
    expect(html).toContain('<a href="/sources/a1b2c3d4e5f60002">Biden warns Putin over Ukraine</a>');
  });

  it('the HTML page advertises its markdown and JSON variants', async () => {
    const html = await (await get('/actors/jen-psaki')).text();
    expect(html).toContain('<link rel="alternate" type="text/markdown" href="/actors/jen-psaki.md">');
    expect(html).toContain('<link rel="alternate" type="application/json" href="/actors/jen-psaki.json">');
  });

  it('names the other speaker when outlets disagree on who said a quote', async () => {
    const html = await (await get('/actors/mallory')).text();
    expect(html).toContain('also attributed to <a href="/sources/a1b2c3d4e5f60003?start');
    expect(html).toContain('a &lt;i&gt;senior&lt;/i&gt; official</a>');
  });
});

describe('variants stay in step', () => {
  it.each(['vladimir-putin', 'jen-psaki', 'mallory', 'nato'])('actor %s: every quote and source in the JSON is on the .md and HTML pages', async (slug) => {
    const [json, markdown, html] = await Promise.all([
      get(`/actors/${slug}.json`).then((r) => r.json<Record<string, never>>()),
      get(`/actors/${slug}.md`).then((r) => r.text()),
      get(`/actors/${slug}`).then((r) => r.text()),
    ]);
    const sheet = json as unknown as { keyQuotes: { sources: { evidenceUrl: string }[] }[]; statements: { sources: { evidenceUrl: string }[] }[]; sources: { sourceUrl: string }[]; mentionsLabel: string };
    const links = [...sheet.keyQuotes, ...sheet.statements].flatMap((q) => q.sources.map((s) => s.evidenceUrl));
    for (const link of links) {
      expect(markdown).toContain(`](${link})`);
      expect(html).toContain(`href="${link.replace(/=/g, '&#61;').replace(/&(?!#61;)/g, '&amp;')}"`);
    }
    for (const { sourceUrl } of sheet.sources) expect(markdown).toContain(`](${sourceUrl})`);
    expect(markdown).toContain(sheet.mentionsLabel);
  });

  it('topic: the summary, actors and quotes of the JSON are on the .md page', async () => {
    const json = await get('/topics/ukraine-crisis.json').then((r) => r.json<{ summary: { evidenceUrl: string }[]; actors: { pageUrl: string }[]; quotes: { id: string; sources: { evidenceUrl: string }[] }[] }>());
    const markdown = await get('/topics/ukraine-crisis.md').then((r) => r.text());
    for (const paragraph of json.summary) expect(markdown).toContain(paragraph.evidenceUrl);
    for (const actor of json.actors) expect(markdown).toContain(`](${actor.pageUrl})`);
    for (const quote of json.quotes) expect(markdown).toContain(quote.sources[0]!.evidenceUrl);
  });
});

describe('source pages', () => {
  it('highlight the evidence span and offer a jump to it', async () => {
    const html = await (await get('/sources/a1b2c3d4e5f60001?start=111&end=132')).text();
    expect(html).toContain('<mark id="evidence" tabindex="-1">We are ready to talk,</mark>');
    expect(html).toContain('<a href="#evidence">Jump to the highlighted passage</a>');
  });

  it('without a span show the whole text, unmarked', async () => {
    const html = await (await get('/sources/a1b2c3d4e5f60001')).text();
    expect(html).not.toContain('<mark');
    expect(html).toContain('NATO allies met in Brussels');
    expect(html).toContain('<a href="https://www.bloomberg.com/news/example" rel="nofollow noopener noreferrer">');
  });

  it('never link an article URL that is not http(s)', async () => {
    const html = await (await get('/sources/a1b2c3d4e5f60003')).text();
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).not.toContain('<dt>Original</dt>');
  });

  it.each(['?start=5', '?start=a&end=9', '?start=9&end=5', '?start=0&end=999999', '?start=-1&end=4'])('answer 400 to a bad span %s', async (query) => {
    const res = await get(`/sources/a1b2c3d4e5f60001${query}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('The highlighted span is not valid');
  });
});

describe('404', () => {
  it.each([
    ['/actors/vladmir-putin', '/actors/vladimir-putin'],
    ['/actors/putin', '/actors/vladimir-putin'],
    ['/actors/psaki.json', '/actors/jen-psaki'],
    ['/topics/ukraine', '/topics/ukraine-crisis'],
    ['/people/joe-bidn', '/actors/joe-biden'],
  ])('%s suggests %s', async (path, suggestion) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(suggestion);
  });

  it('answers in the format asked for', async () => {
    const json = await get('/actors/vladmir-putin.json');
    expect(json.headers.get('Content-Type')).toBe('application/json');
    expect(await json.json()).toMatchObject({ error: { status: 404 }, suggestions: [{ name: 'Vladimir Putin', pageUrl: '/actors/vladimir-putin' }] });
    const markdown = await get('/topics/nothing-like-it.md');
    expect(markdown.headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
    expect(await markdown.text()).toContain('# Page not found');
    const html = await get('/actors/vladmir-putin');
    expect(html.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(await html.text()).toContain('<h2>Did you mean</h2>');
  });

  it('echoes nothing of the path as markup', async () => {
    const html = await (await get('/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(html).not.toContain('<script');
  });

  it('is not cached', async () => {
    expect((await get('/nope')).headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('headers', () => {
  it.each(['/', '/actors/vladimir-putin.json', '/actors/vladimir-putin.md', '/sources/a1b2c3d4e5f60001', '/nope', '/sources/x?start=1'])('%s has the security headers', async (path) => {
    const res = await get(path);
    const csp = res.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
  });

  it('the CSP style hash is the hash of the inline style block actually served', async () => {
    const res = await get('/');
    const css = /<style>([\s\S]*?)<\/style>/.exec(await res.text())![1]!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(res.headers.get('Content-Security-Policy')).toContain(`'sha256-${hash}'`);
  });

  it('pages are cacheable for a few minutes', async () => {
    expect((await get('/actors/vladimir-putin')).headers.get('Cache-Control')).toBe('public, max-age=300');
  });
});
