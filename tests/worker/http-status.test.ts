// Status codes for bad and hostile requests: 404 for unknown pages, 405 with Allow, HEAD like GET, 400/414 for unreadable addresses.

import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { expectSecurityHeaders, sampleKb, send, validPaths } from './http-fixture';

/** The text of an HTML error page as a reader sees it (the few entities the renderer emits). */
function textOf(html: string): string {
  const entities: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return html.replace(/&(?:quot|#39|lt|gt|amp);/g, (entity) => entities[entity]!);
}

describe('unknown paths', () => {
  it.each(['/nope', '/actors/', '/actors/nobody', '/actors/vladimir-putin/extra', '/topics/nothing.json', '/sources/ffff'])('%s is 404 with the helpful page', async (path) => {
    const res = await send(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/Page not found|"status":404/);
    expectSecurityHeaders(res);
  });
});

describe('wrong methods', () => {
  it.each([
    ['POST', '/actors/x'],
    ['POST', '/actors/vladimir-putin'],
    ['PUT', '/'],
    ['DELETE', '/topics/ukraine-crisis.json'],
    ['PATCH', '/sources/a1b2c3d4e5f60001'],
    ['OPTIONS', '/healthz'],
  ])('%s %s is 405 with Allow: GET, HEAD', async (method, path) => {
    const res = await send(path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('Allow')).toBe('GET, HEAD');
    expect(await res.text()).toContain(`${method} ${path} is not allowed`);
    expectSecurityHeaders(res);
  });

  it('answers in the format the path asked for', async () => {
    const res = await send('/actors/jen-psaki.json', { method: 'POST' });
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ error: { status: 405, title: 'Method not allowed' } });
  });

  it('a path that takes only other methods is 405 to GET and HEAD too, while a GET route that finds nothing stays 404', async () => {
    const app = createApp(sampleKb, bundledTemplates);
    app.post('/x-post-only/form', (c) => c.text('ok', 201));
    app.put('/x-post-only/form', (c) => c.text('ok'));
    for (const method of ['GET', 'HEAD']) {
      const res = await app.request('http://factsheets.test/x-post-only/form', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('Allow')).toBe('POST, PUT');
      expectSecurityHeaders(res);
    }
    expect((await app.request('http://factsheets.test/x-post-only/form', { method: 'POST' })).status).toBe(201);
    expect((await app.request('http://factsheets.test/x-post-only/form', { method: 'DELETE' })).headers.get('Allow')).toBe('POST, PUT');
    expect((await app.request('http://factsheets.test/actors/nobody', { method: 'HEAD' })).status).toBe(404);
  });

  it('a path no method answers is still 404', async () => {
    expect((await send('/no/such/page', { method: 'POST' })).status).toBe(404);
  });
});

describe('HEAD', () => {
  it.each([...validPaths, '/nope', '/actors/%zz'])('HEAD %s has the GET status and headers and no body', async (path) => {
    const [get, head] = await Promise.all([send(path), send(path, { method: 'HEAD' })]);
    expect(head.status).toBe(get.status);
    expect([...head.headers]).toEqual([...get.headers]);
    expect(await head.text()).toBe('');
  });
});

describe('unreadable addresses', () => {
  it.each([
    ['/actors/%00', 'control character U+0000'],
    ['/actors/x%00.json', 'control character U+0000'],
    ['/actors/%zz', '"%zz" is not a percent-escape'],
    ['/actors/putin%', '"%" is not a percent-escape'],
    ['/actors/%e2%82', '"%e2%82" is not valid UTF-8'],
    ['/actors/%c0%af', '"%c0%af" is not valid UTF-8'],
    ['/actors/%ed%a0%80', 'is not valid UTF-8'],
    ['/actors/%2e%2e%2fhealthz', 'decodes to "../healthz"'],
    ['/sources/..%2f..%2fetc%2fpasswd', 'dot segments and encoded slashes'],
    ['/actors/%5c..%5cwin.ini', 'dot segments and encoded slashes'],
    ['/actors/%252e%252e', 'percent-encoded twice'],
    ['/sources/a1b2c3d4e5f60001?start=%zz&end=4', '"%zz" is not a percent-escape'],
  ])('%s is 400 and says why', async (path, reason) => {
    const res = await send(path);
    expect(res.status).toBe(400);
    const body = textOf(await res.text());
    expect(body).toContain(`The address of GET ${path.split('?')[0]} was refused:`);
    expect(body).toContain(reason);
    expectSecurityHeaders(res);
  });

  it('plain ../ and %2e%2e segments are resolved by the URL parser and cannot climb out', async () => {
    for (const path of ['/actors/../../../etc/passwd', '/actors/%2e%2e/%2e%2e/etc/passwd']) {
      const res = await send(path);
      expect(res.status).toBe(404);
      expect(new URL(`http://x${path}`).pathname).toBe('/etc/passwd');
    }
  });

  it('a path longer than 2,048 characters is 414', async () => {
    const res = await send(`/actors/${'a'.repeat(2100)}`);
    expect(res.status).toBe(414);
    expect(await res.text()).toContain('the path is 2108 characters long; at most 2048 are accepted');
    expectSecurityHeaders(res);
  });

  it('an address longer than 8 KB in all is 414', async () => {
    const res = await send(`/sources/a1b2c3d4e5f60001?start=1&end=2&pad=${'x'.repeat(8200)}`);
    expect(res.status).toBe(414);
    expect(await res.text()).toContain('at most 8192 are accepted');
  });

  it('the message shows a hostile path only as text, and only its start', async () => {
    const res = await send(`/actors/%3Cscript%3E${'%e2%82'}${'b'.repeat(500)}`);
    const body = await res.text();
    expect(res.status).toBe(400);
    expect(body).not.toContain('<script');
    expect(body).not.toContain('b'.repeat(200));
  });

  it('ordinary non-ASCII and encoded characters are fine', async () => {
    expect((await send('/actors/%C3%A9milie')).status).toBe(404);
    expect((await send('/actors/jen%2Dpsaki')).status).toBe(200);
  });
});

describe('the Worker entry', () => {
  const worker = (exports as unknown as { default: { fetch(url: string, init?: RequestInit): Promise<Response> } }).default;

  it('refuses a bad escape and a wrong method the same way', async () => {
    const bad = await worker.fetch('http://factsheets.test/actors/%c0%af');
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad);
    const post = await worker.fetch('http://factsheets.test/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('Allow')).toBe('GET, HEAD');
  });
});
