// oEmbed provider, to the letter of oembed.com: a rich response for our sheets within the maxima, 404 for URLs that
// are not our sheets, 501 for formats other than JSON; and the discovery link each sheet carries.

import { describe, expect, it } from 'vitest';
import { send } from './http-fixture';

const SITE = 'http://factsheets.test';
const oembed = (url: string, extra = '') => send(`/oembed?url=${encodeURIComponent(url)}${extra}`);

describe('oEmbed', () => {
  it.each([
    [`${SITE}/actors/vladimir-putin`, 'Vladimir Putin', '/embed/actors/vladimir-putin'],
    [`${SITE}/topics/ukraine-crisis`, 'Ukraine crisis', '/embed/topics/ukraine-crisis'],
    [`${SITE}/actors/jen-psaki.json`, 'Jen Psaki', '/embed/actors/jen-psaki'],
  ])('describes %s as a rich card', async (url, title, card) => {
    const res = await oembed(url, '&format=json');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^application\/json/);
    const body = await res.json<Record<string, unknown>>();
    expect(body).toMatchObject({ type: 'rich', version: '1.0', title, provider_name: 'News fact sheets', provider_url: `${SITE}/` });
    expect(typeof body.width).toBe('number');
    expect(typeof body.height).toBe('number');
    expect(body.html).toBe(
      `<iframe src="${SITE}${card}" title="Fact sheet: ${title}" width="${body.width}" height="${body.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
  });

  it('keeps width and height within maxwidth and maxheight', async () => {
    const body = await (await oembed(`${SITE}/actors/vladimir-putin`, '&maxwidth=300&maxheight=200')).json<{ width: number; height: number; html: string }>();
    expect(body.width).toBeLessThanOrEqual(300);
    expect(body.height).toBeLessThanOrEqual(200);
    expect(body.html).toContain(`width="${body.width}" height="${body.height}"`);
    const roomy = await (await oembed(`${SITE}/actors/vladimir-putin`, '&maxwidth=5000&maxheight=5000')).json<{ width: number; height: number }>();
    expect([roomy.width, roomy.height]).toEqual([480, 420]);
  });

  it('escapes the title inside the iframe html', async () => {
    const body = await (await oembed(`${SITE}/actors/mallory`)).json<{ html: string; title: string }>();
    expect(body.title).toBe('Mallory <img src=x onerror=alert(1)>');
    expect(body.html).toContain('title="Fact sheet: Mallory &lt;img src&#61;x onerror&#61;alert(1)&gt;"');
  });

  it.each([
    `${SITE}/actors/nobody`,
    `${SITE}/topics/nothing`,
    `${SITE}/sources/a1b2c3d4e5f60001`,
    `${SITE}/`,
    'https://elsewhere.example/actors/vladimir-putin',
    'javascript:alert(1)',
  ])('answers 404 for %s, which is not one of our sheets', async (url) => {
    expect((await oembed(url)).status).toBe(404);
  });

  it.each(['xml', 'XML', 'html', ''])('answers 501 for format=%j', async (format) => {
    expect((await oembed(`${SITE}/actors/vladimir-putin`, `&format=${format}`)).status).toBe(501);
  });

  it('answers 400 without a url', async () => {
    expect((await send('/oembed')).status).toBe(400);
    expect((await send('/oembed?url=not%20a%20url')).status).toBe(400);
  });

  it('is linked from every sheet for discovery', async () => {
    for (const path of ['/actors/vladimir-putin', '/topics/ukraine-crisis']) {
      const html = await (await send(path)).text();
      const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&').replace(/&#61;/g, '=');
      expect(href).toBe(`${SITE}/oembed?url=${encodeURIComponent(SITE + path)}&format=json`);
      expect((await send(href.slice(SITE.length))).status).toBe(200);
    }
  });
});
