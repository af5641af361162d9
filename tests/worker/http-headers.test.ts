// Security headers on every kind of response, with frame-ancestors chosen per route: embeds may be framed anywhere, pages only here.

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { isEmbedPath, securityHeaders } from '../../src/http/securityHeaders';
import { expectSecurityHeaders, send } from './http-fixture';

describe('every response of the app', () => {
  it.each([
    ['200 page', '/', {}],
    ['200 json', '/actors/nato.json', {}],
    ['200 markdown', '/topics/ukraine-crisis.md', {}],
    ['health check', '/healthz', {}],
    ['404', '/nope', {}],
    ['404 json', '/actors/nobody.json', {}],
    ['400 span', '/sources/a1b2c3d4e5f60001?start=9&end=2', {}],
    ['400 escape', '/actors/%c0%af', {}],
    ['414', `/${'x'.repeat(3000)}`, {}],
    ['405', '/', { method: 'DELETE' }],
    ['HEAD', '/actors/nato', { method: 'HEAD' }],
  ])('%s has the security headers', async (_, path, init) => {
    expectSecurityHeaders(await send(path, init));
  });

  it('304 has them too', async () => {
    const etag = (await send('/actors/nato')).headers.get('ETag')!;
    const res = await send('/actors/nato', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expectSecurityHeaders(res);
  });

  it('a 404 under /embed/ may be framed, like the embeds themselves', async () => {
    expectSecurityHeaders(await send('/embed/nothing-here'), '*');
  });
});

describe('frame-ancestors per route', () => {
  // A small app standing in for the embed routes, which are mounted elsewhere.
  const app = new Hono();
  app.use('*', securityHeaders(bundledTemplates.layout));
  app.get('/embed/actors/:slug', (c) => c.html('<p>card</p>'));
  app.get('/embed-not/:slug', (c) => c.html('<p>page</p>'));
  app.get('/framed-elsewhere', (c) => c.html('<p>page</p>', 200, { 'X-Frame-Options': 'DENY' }));
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.get('/embed/teapot', () => {
    throw new HTTPException(418, { message: 'teapot' });
  });
  app.onError((err, c) => c.text(err.message, err instanceof HTTPException ? err.status : 500));
  const get = async (path: string) => app.request(`http://factsheets.test${path}`);

  it('embed routes may be framed by any site and send no X-Frame-Options', async () => {
    const res = await get('/embed/actors/nato');
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('other routes may be framed only by this origin', async () => {
    for (const path of ['/embed-not/x', '/framed-elsewhere', '/boom']) {
      const res = await get(path);
      expect(res.headers.get('Content-Security-Policy'), path).toContain("frame-ancestors 'self'");
      expect(res.headers.get('X-Frame-Options'), path).toBe('SAMEORIGIN');
    }
  });

  it('errors on embed routes keep the embed policy', async () => {
    const res = await get('/embed/teapot');
    expect(res.status).toBe(418);
    expect(res.headers.get('Content-Security-Policy')).toContain('frame-ancestors *');
  });

  it.each([
    ['/embed', true],
    ['/embed/', true],
    ['/embed/topics/x', true],
    ['/embedded', false],
    ['/actors/embed', false],
    ['/', false],
  ])('isEmbedPath(%s) is %s', (path, expected) => {
    expect(isEmbedPath(path)).toBe(expected);
  });

  it('keeps the style hash: pages and embeds differ only in frame-ancestors and the embed frame script', async () => {
    const page = (await get('/embed-not/x')).headers.get('Content-Security-Policy')!;
    const embed = (await get('/embed/actors/x')).headers.get('Content-Security-Policy')!;
    expect(page.replace("frame-ancestors 'self'", '')).toBe(embed.replace('frame-ancestors *', '').replace(" script-src 'self';", ''));
  });
});

describe('the policy itself', () => {
  const styled = (css: string) => `<html><head><style>${css}</style></head></html>`;
  const app = new Hono();
  app.use('*', securityHeaders({ layout: styled('body{}'), embed: styled('main{}'), index: '# {{title}}', partials: { quote: '> {{text}}' } }));
  app.get('/embed/actors/:slug', (c) => c.html('<p>card</p>'));
  app.get('/actors/:slug', (c) => c.html('<p>page</p>'));
  const policyOf = async (path: string) => (await app.request(`http://factsheets.test${path}`)).headers.get('Content-Security-Policy')!;

  it('allows the style blocks of every HTML template given, by hash, and nothing inline', async () => {
    const hash = async (css: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)))));
    const csp = await policyOf('/actors/x');
    expect(csp).toContain(`style-src 'sha256-${await hash('body{}')}' 'sha256-${await hash('main{}')}';`);
  });

  it('pages run no script; embed cards may load scripts from this origin only', async () => {
    expect(await policyOf('/actors/x')).not.toContain('script-src');
    expect(await policyOf('/embed/actors/x')).toContain("script-src 'self';");
  });

  it("forms may submit only to this site (the header's search form)", async () => {
    expect(await policyOf('/actors/x')).toContain("form-action 'self'");
  });
});
