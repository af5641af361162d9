// Long sections as paginated JSON: /actors/:slug/quotes.json?page=&per_page= with next/prev links; the sheet links
// to the first page; bad paging is 400, unknown lists 404; the activity chart as SVG.

import { describe, expect, it } from 'vitest';
import { send } from './http-fixture';

interface Paged {
  list: string;
  page: number;
  perPage: number;
  total: number;
  totalPages: number;
  links: { self: string; first: string; last: string; prev: string | null; next: string | null };
  items: Record<string, unknown>[];
}

const page = async (path: string) => (await send(path)).json<Paged>();

describe('paginated lists', () => {
  it('pages through a list with next and prev links that lead to each other', async () => {
    const first = await page('/actors/vladimir-putin/related.json?per_page=2');
    expect(first).toMatchObject({ list: 'related', page: 1, perPage: 2 });
    expect(first.total).toBeGreaterThan(2);
    expect(first.items).toHaveLength(2);
    expect(first.links.prev).toBeNull();
    const second = await page(first.links.next!);
    expect(second.page).toBe(2);
    expect(second.links.prev).toBe(first.links.self);
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    const last = await page(first.links.last);
    expect(last.links.next).toBeNull();
    const all = [first, second].flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['/actors/jen-psaki/statements.json', 'statements', 2],
    ['/actors/vladimir-putin/quotes.json', 'quotes', 1],
    ['/actors/vladimir-putin/sources.json', 'sources', 2],
    ['/actors/vladimir-putin/timeline.json', 'timeline', 2],
    ['/topics/ukraine-crisis/quotes.json', 'quotes', 3],
    ['/topics/ukraine-crisis/actors.json', 'actors', 6],
  ])('%s holds the whole %s list', async (path, list, total) => {
    const body = await page(path);
    expect(body).toMatchObject({ list, total, page: 1, totalPages: 1 });
    expect(body.items).toHaveLength(total);
  });

  it('is what the sheet links to under a capped section', async () => {
    const sheet = await (await send('/actors/vladimir-putin.json')).json<{ lists: Record<string, { listUrl: string; total: number }> }>();
    expect(sheet.lists.keyQuotes).toMatchObject({ listUrl: '/actors/vladimir-putin/quotes.json?page=1&per_page=50', total: 1 });
    for (const { listUrl, total } of Object.values(sheet.lists)) expect((await page(listUrl)).total).toBe(total);
  });

  it('quote items carry their evidence, like the sheet', async () => {
    const body = await page('/actors/vladimir-putin/quotes.json');
    expect(body.items[0]).toMatchObject({ text: 'We are ready to talk,', corroborationLabel: '2 outlets' });
  });

  it.each(['?page=0', '?page=abc', '?per_page=0', '?per_page=201', '?page=-1', '?page=1.5'])('answers 400 to %s', async (query) => {
    const res = await send(`/actors/vladimir-putin/quotes.json${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toBe('application/json');
  });

  it('answers an empty page past the end', async () => {
    const body = await page('/actors/vladimir-putin/quotes.json?page=9');
    expect(body.items).toEqual([]);
    expect(body.links.next).toBeNull();
  });

  it.each(['/actors/vladimir-putin/constructor.json', '/actors/vladimir-putin/quotes', '/actors/nobody/quotes.json', '/topics/ukraine-crisis/statements.json'])(
    'answers 404 to %s',
    async (path) => {
      expect((await send(path)).status).toBe(404);
    },
  );
});

describe('activity chart', () => {
  it.each(['/actors/vladimir-putin/timeline.svg', '/topics/ukraine-crisis/timeline.svg'])('%s is an SVG image with a title', async (path) => {
    const res = await send(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('image/svg+xml');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg class="chart" xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*role="img"/);
    expect(svg).toContain('<title id="activity-chart-title">Activity per day for ');
    expect(svg).not.toContain('<script');
  });

  it('is inlined in the HTML sheet and linked from the markdown', async () => {
    expect(await (await send('/actors/vladimir-putin')).text()).toContain('<svg class="chart"');
    expect(await (await send('/actors/vladimir-putin.md')).text()).toContain('](/actors/vladimir-putin/timeline.svg)');
  });
});
