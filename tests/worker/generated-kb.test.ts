// The real Worker entry (src/index.ts with src/generated/kb.json from `npm run build`), called as workerd calls it.

import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

// `exports` is typed from `wrangler types` output, which this repo does not generate; the entry is a Hono app.
const worker = (exports as unknown as { default: { fetch(url: string): Promise<Response> } }).default;
const fetchPage = (path: string): Promise<Response> => worker.fetch(`http://factsheets.test${path}`);

interface IndexJson {
  actorGroups: { kind: string; actors: { name: string; pageUrl: string }[] }[];
  topics: { pageUrl: string }[];
  articles: { sourceUrl: string }[];
}

interface SheetJson {
  keyQuotes: { text: string; sources: { evidenceUrl: string }[] }[];
  statements: { text: string; sources: { evidenceUrl: string }[] }[];
}

async function indexJson(): Promise<IndexJson> {
  return (await fetchPage('/index.json')).json<IndexJson>();
}

describe('the Worker with the generated knowledge base', () => {
  it('runs inside workerd', () => {
    expect((globalThis as { navigator?: { userAgent: string } }).navigator?.userAgent).toBe('Cloudflare-Workers');
  });

  it('lists the people the seed articles are about', async () => {
    const res = await fetchPage('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const name of ['Vladimir Putin', 'Joe Biden', 'Jen Psaki']) expect(html).toContain(`>${name}</a>`);
    const people = (await indexJson()).actorGroups.find((group) => group.kind === 'person')!.actors.map((a) => a.name);
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Joe Biden', 'Jen Psaki']));
  });

  it('serves every actor and topic page in all three formats', async () => {
    const index = await indexJson();
    const pages = [...index.actorGroups.flatMap((g) => g.actors.map((a) => a.pageUrl)), ...index.topics.map((t) => t.pageUrl)];
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      for (const suffix of ['', '.md', '.json']) {
        const res = await fetchPage(page + suffix);
        expect(res.status, page + suffix).toBe(200);
        const body = await res.text();
        if (suffix === '') expect(body.split('<body>')[1]).not.toMatch(/<(script|img|iframe)[\s>]/i);
      }
    }
  });

  it('serves every article as a source page', async () => {
    for (const { sourceUrl } of (await indexJson()).articles) {
      expect((await fetchPage(sourceUrl)).status, sourceUrl).toBe(200);
    }
  });

  it("highlights each quote's evidence on its source page", async () => {
    const index = await indexJson();
    const people = index.actorGroups.find((g) => g.kind === 'person')!.actors.slice(0, 10);
    for (const person of people) {
      const sheet = await (await fetchPage(`${person.pageUrl}.json`)).json<SheetJson>();
      for (const quote of [...sheet.keyQuotes, ...sheet.statements].slice(0, 5)) {
        const res = await fetchPage(quote.sources[0]!.evidenceUrl);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('<mark id="evidence"');
      }
    }
  });
});
