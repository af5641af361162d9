// Sheets over the HTTP app: head metadata (Open Graph, Twitter card, canonical URL, JSON-LD), and the .md and .json
// variants in step with the HTML (every link of the JSON is on the other two).

import { describe, expect, it } from 'vitest';
import { send } from './http-fixture';

const SITE = 'http://factsheets.test';

function jsonLdOf(html: string): Record<string, any> {
  return JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
}

/**
 * Every internal link in a JSON value (fields named ...Url, as the templates print them), except the list links of
 * sections that show everything: the page links a full list only when it leaves something off.
 */
function urlsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) urlsIn(item, into);
  else if (value && typeof value === 'object') {
    if ('listUrl' in value && (value as { hidden?: number }).hidden === 0) return into;
    for (const [key, item] of Object.entries(value)) {
      if (/Url$/.test(key) && typeof item === 'string' && item.startsWith('/')) into.add(item);
      else urlsIn(item, into);
    }
  }
  return into;
}

const htmlHref = (url: string) => `href="${url.replace(/&/g, '&amp;').replace(/=/g, '&#61;')}"`;

describe('head metadata', () => {
  it('describes an actor for link previews', async () => {
    const html = await (await send('/actors/vladimir-putin')).text();
    expect(html).toContain(`<link rel="canonical" href="${SITE}/actors/vladimir-putin">`);
    expect(html).toContain('<meta property="og:type" content="profile">');
    expect(html).toContain('<meta property="og:title" content="Vladimir Putin">');
    expect(html).toContain(`<meta property="og:url" content="${SITE}/actors/vladimir-putin">`);
    expect(html).toContain('<meta name="twitter:card" content="summary">');
    expect(html).toMatch(/<meta name="description" content="Person, President of Russia\. 2 articles from 2 outlets/);
  });

  it('says in JSON-LD who the sheet is about and what they said, with the news article each quote is based on', async () => {
    const ld = jsonLdOf(await (await send('/actors/vladimir-putin')).text());
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', url: `${SITE}/actors/vladimir-putin` });
    expect(ld.about).toMatchObject({ '@type': 'Person', name: 'Vladimir Putin', alternateName: ['Putin'], jobTitle: 'President of Russia' });
    expect(ld.hasPart[0]).toEqual({
      '@type': 'Quotation',
      text: 'We are ready to talk,',
      creator: { '@type': 'Person', name: 'Vladimir Putin', url: `${SITE}/actors/vladimir-putin` },
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: 'U.S. says Russia must de-escalate',
        datePublished: '2021-12-23',
        publisher: { '@type': 'Organization', name: 'Bloomberg' },
        url: 'https://www.bloomberg.com/news/example',
      },
    });
  });

  it.each([
    ['/actors/nato', 'Organization'],
    ['/actors/moscow', 'Place'],
  ])('types %s as %s', async (path, type) => {
    expect(jsonLdOf(await (await send(path)).text()).about['@type']).toBe(type);
  });

  it('keeps hostile values inside the JSON-LD string', async () => {
    const html = await (await send('/actors/mallory')).text();
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(block).not.toMatch(/[<>]/);
    expect(jsonLdOf(html).hasPart[0].text).toBe('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
  });
});

describe('variants stay in step', () => {
  it.each(['/actors/vladimir-putin', '/actors/jen-psaki', '/actors/mallory', '/topics/ukraine-crisis', '/topics/editor-notes'])(
    '%s: every link in the JSON is on the markdown and the HTML page',
    async (path) => {
      const [data, markdown, html] = await Promise.all([
        send(`${path}.json`).then((r) => r.json()),
        send(`${path}.md`).then((r) => r.text()),
        send(path).then((r) => r.text()),
      ]);
      // The sheet's own address and its chart (inlined as SVG in HTML) are the two links a page does not print as links.
      const urls = [...urlsIn(data)].filter((url) => url !== path && !url.endsWith('timeline.svg'));
      expect(urls.length).toBeGreaterThan(3);
      for (const url of urls) {
        expect(markdown, url).toContain(`](${url})`);
        expect(html, url).toContain(htmlHref(url));
      }
      expect(markdown).toContain(`](${path}/timeline.svg)`);
      expect(html).toContain('<svg class="chart"');
    },
  );
});
