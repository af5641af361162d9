// Search across actors (names, aliases), topics and quotes, as HTML, markdown and JSON (by suffix, format or Accept).

import { describe, expect, it } from 'vitest';
import { expectSecurityHeaders, send } from './http-fixture';

interface Results {
  query: string;
  actors: { total: number; items: { id: string; matchedAlias: string | null }[] };
  topics: { total: number; items: { id: string }[] };
  quotes: { total: number; items: { id: string }[] };
}

const json = async (path: string, init?: RequestInit) => (await send(path, init)).json<Results>();

describe('search', () => {
  it('finds actors by name and alias, topics by title, quotes by their words', async () => {
    const byName = await json('/search.json?q=putin');
    expect(byName.actors.items.map((a) => a.id)).toEqual(['vladimir-putin']);
    expect(byName.quotes.total).toBe(0);
    expect((await json('/search.json?q=ready%20talk')).quotes.items.map((q) => q.id)).toEqual(['q-ready-to-talk']);
    expect((await json('/search.json?q=crisis')).topics.items.map((t) => t.id)).toEqual(['ukraine-crisis']);
  });

  it('needs every word to match', async () => {
    expect((await json('/search.json?q=putin%20biden')).actors.total).toBe(0);
  });

  it('answers JSON for format=json and for an Accept header that prefers it, HTML otherwise', async () => {
    expect((await send('/search?q=putin&format=json')).headers.get('Content-Type')).toBe('application/json');
    expect((await send('/search?q=putin', { headers: { Accept: 'application/json' } })).headers.get('Content-Type')).toBe('application/json');
    const html = await send('/search?q=putin', { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(html.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(html.headers.get('Vary')).toContain('Accept');
    expectSecurityHeaders(html);
    expect(await html.text()).toContain('<a href="/actors/vladimir-putin">Vladimir Putin</a>');
    expect((await send('/search.md?q=putin')).headers.get('Content-Type')).toBe('text/markdown; charset=utf-8');
  });

  it('keeps the query as text in the page and in the search box', async () => {
    const html = await (await send('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E')).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it('shows a prompt without a query', async () => {
    const html = await (await send('/search')).text();
    expect(html).toContain('Type a name, an alias, a topic or words from a quote');
  });
});
