// Embed cards and their scripts: frame-ancestors * and script-src 'self' on /embed/* only, never X-Frame-Options there;
// links that open a new tab; the frame script served from our origin; copyable embed code on every sheet.

import { describe, expect, it } from 'vitest';
import { expectSecurityHeaders, send } from './http-fixture';

describe('embed cards', () => {
  it.each(['/embed/actors/vladimir-putin', '/embed/topics/ukraine-crisis'])('%s may be framed by any site and loads our frame script', async (path) => {
    const res = await send(path);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res, '*');
    expect(res.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script src="/embed-frame.js"></script>');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/<a href="http:\/\/factsheets\.test\/(actors|topics)\/[^"]+" target="_blank" rel="noopener">/);
  });

  it('the card style is allowed by its hash', async () => {
    const res = await send('/embed/actors/jen-psaki');
    const css = /<style>([\s\S]*?)<\/style>/.exec(await res.text())![1]!;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    expect(res.headers.get('Content-Security-Policy')).toContain(`'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`);
  });

  it('full sheets stay framable only by this origin and run no script', async () => {
    const res = await send('/actors/vladimir-putin');
    expectSecurityHeaders(res, "'self'");
    expect(res.headers.get('Content-Security-Policy')).not.toContain('script-src');
  });

  it('answers 404 for an unknown card, with the embed policy kept', async () => {
    const res = await send('/embed/actors/nobody');
    expect(res.status).toBe(404);
    expect(res.headers.get('X-Frame-Options')).toBeNull();
  });

  it('keeps hostile names as text in the card', async () => {
    const html = await (await send('/embed/actors/mallory')).text();
    expect(html).toContain('<h1><a href="http://factsheets.test/actors/mallory" target="_blank" rel="noopener">Mallory &lt;img src&#61;x onerror&#61;alert(1)&gt;</a></h1>');
    expect(html.split('<body>')[1]).not.toMatch(/<(img|iframe|svg)[\s>]/);
  });
});

describe('embed scripts', () => {
  it.each(['/embed.js', '/embed-frame.js'])('%s is JavaScript from our origin', async (path) => {
    const res = await send(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('the host script resizes only the iframe whose window sent the message, from our origin', async () => {
    const source = await (await send('/embed.js')).text();
    expect(source).toContain('frames[i].contentWindow === event.source');
    expect(source).toContain('event.origin !== origin');
  });
});

describe('embed code on sheets', () => {
  it.each(['/actors/vladimir-putin', '/topics/ukraine-crisis'])('%s offers the iframe, the script and a plain link', async (path) => {
    const html = await (await send(path)).text();
    const code = /<textarea id="embed-code-text" readonly rows="5">([\s\S]*?)<\/textarea>/.exec(html)![1]!;
    const section = path.split('/')[1];
    expect(code).toContain(`&lt;iframe src&#61;&quot;http://factsheets.test/embed/${section}/`);
    expect(code).toContain('&lt;script async src&#61;&quot;http://factsheets.test/embed.js&quot;&gt;&lt;/script&gt;');
    expect(code).toContain(`&lt;a href&#61;&quot;http://factsheets.test${path}&quot;&gt;`);
    const json = await (await send(`${path}.json`)).json<{ embed: { iframe: string; link: string } }>();
    expect(json.embed.link).toBe(`<a href="http://factsheets.test${path}">Fact sheet: ${path.includes('putin') ? 'Vladimir Putin' : 'Ukraine crisis'}</a>`);
  });
});
