// The ingest API refuses what it must, with the right status and a reason, and writes nothing when it does:
// missing or wrong token (401), no token configured (503), bundled store (501), malformed body (400),
// unsupported type (415), oversized body (413).

import { beforeAll, describe, expect, it } from 'vitest';
import generated from '../../src/generated/kb.json';
import type { KnowledgeBase } from '../../src/kb/types';
import { MAX_BODY_BYTES } from '../../src/ingest/body';
import { appsFor, loadIntoD1, sendArticle, storeSnapshot, TOKEN, warmUpIngest } from './d1-fixture';

const kb = generated as unknown as KnowledgeBase;
const { d1 } = appsFor(kb);
const article = { title: 'Talks resume', date: '2022-01-10', source: 'Reuters', url: 'https://example.com/a', text: 'MOSCOW (Reuters) -- Talks resumed on Monday.\n' };

async function errorOf(res: Response): Promise<{ status: number; message: string }> {
  expect(res.headers.get('Content-Type')).toContain('application/json');
  expect(res.headers.get('Cache-Control')).toBe('no-store');
  return ((await res.json()) as { error: { status: number; message: string } }).error;
}

// the extraction code loads on the first write: load it here, outside any one test's time limit
beforeAll(() => Promise.all([loadIntoD1(kb), warmUpIngest()]), 60_000);

describe('authorisation', () => {
  it.each([
    ['no Authorization header', {}, /no "Authorization: Bearer <token>" header/],
    ['a wrong token', { Authorization: 'Bearer not-the-token' }, /not the ingest token/],
    ['a token one character short', { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, /not the ingest token/],
    ['another scheme', { Authorization: `Basic ${btoa(`user:${TOKEN}`)}` }, /no "Authorization: Bearer <token>" header/],
  ])('%s is 401 and writes nothing', async (_, headers, reason) => {
    const before = await storeSnapshot();
    const res = await d1('/api/articles', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(article) });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="ingest"');
    const error = await errorOf(res);
    expect(error.message).toMatch(/^POST \/api\/articles was refused: /);
    expect(error.message).toMatch(reason);
    expect(await storeSnapshot()).toBe(before);
  });

  it('PUT and DELETE need the token too', async () => {
    const before = await storeSnapshot();
    expect((await d1(`/api/articles/${kb.articles[0]!.id}`, { method: 'DELETE' })).status).toBe(401);
    expect((await d1(`/api/articles/${kb.articles[0]!.id}`, { method: 'PUT', body: 'x' })).status).toBe(401);
    expect(await storeSnapshot()).toBe(before);
  });

  it('is 503 when the Worker has no INGEST_TOKEN secret', async () => {
    const res = await d1('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{}' }, { INGEST_TOKEN: undefined });
    expect(res.status).toBe(503);
    expect((await errorOf(res)).message).toContain('no INGEST_TOKEN secret');
  });

  it('is 501 on the bundled store, which is read-only', async () => {
    const res = await d1('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: '{}' }, { STORE: undefined });
    expect(res.status).toBe(501);
    expect((await errorOf(res)).message).toContain('needs the D1 store');
  });
});

describe('malformed bodies are 400 with the reason, and write nothing', () => {
  it.each([
    ['not JSON', '{"title": ', /not valid JSON/],
    ['no text', JSON.stringify({ title: 'x' }), /text: /],
    ['empty text', JSON.stringify({ text: '' }), /text: empty/],
    ['an impossible date', JSON.stringify({ ...article, date: '2022-02-30' }), /date: not a real YYYY-MM-DD date/],
    ['a javascript: url', JSON.stringify({ ...article, url: 'javascript:alert(1)' }), /url: not an http\(s\) URL/],
    ['an unknown field', JSON.stringify({ ...article, author: 'me' }), /author|Unrecognized/i],
    ['a file name with a path escape', JSON.stringify({ ...article, file: '../../etc\\passwd' }), /file: /],
    ['an empty body', '', /the body is empty/],
  ])('%s', async (_, body, reason) => {
    const before = await storeSnapshot();
    const res = await d1('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' }, body });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.message).toMatch(/^POST \/api\/articles has a body that is not a valid article: /);
    expect(error.message).toMatch(reason);
    expect(await storeSnapshot()).toBe(before);
  });

  it('markdown whose front matter is not YAML', async () => {
    const before = await storeSnapshot();
    const res = await sendArticle(d1, 'POST', '/api/articles', '---\ntitle: [unclosed\n---\nSome text.\n');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('front matter is not valid YAML');
    expect(await storeSnapshot()).toBe(before);
  });

  it('an unsupported Content-Type is 415', async () => {
    const res = await d1('/api/articles', { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).message).toContain('send application/json');
  });
});

describe('size limit', () => {
  it('a body over 1 MB is 413 and writes nothing', async () => {
    const before = await storeSnapshot();
    const text = 'Talks resumed on Monday. '.repeat(Math.ceil(MAX_BODY_BYTES / 25) + 10);
    const res = await sendArticle(d1, 'POST', '/api/articles', { ...article, text });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toContain(`over the ${MAX_BODY_BYTES}-byte limit`);
    expect(await storeSnapshot()).toBe(before);
  });

  it('a body just under the limit is read', async () => {
    const res = await sendArticle(d1, 'POST', '/api/articles', { ...article, text: `${'Talks resumed on Monday. '.repeat(1000)}\n` });
    expect(res.status).toBe(201);
  });
});
