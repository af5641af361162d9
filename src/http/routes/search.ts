// Search over actors, topics and quotes: /search (HTML, or JSON when asked for), /search.md and /search.json.

import { Hono } from 'hono';
import { searchUrl } from '../../render/urls';
import { search } from '../../render/views/searchResults';
import { requestScope, respond, type SheetContext, type SheetEnv, type SheetRouteDeps } from './sheetContext';

/** JSON when `format=json` or when the Accept header ranks JSON above HTML. */
export function wantsJson(format: string | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'json';
  const types = (accept ?? '').split(',').map((part) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return { type: type.trim(), q: q === undefined ? 1 : Number(q) };
  });
  const weight = (type: string) => Math.max(0, ...types.filter((t) => t.type === type).map((t) => t.q));
  return weight('application/json') > Math.max(weight('text/html'), weight('*/*') * 0.99);
}

export function searchRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();

  const answer = async (c: SheetContext, format: 'html' | 'md' | 'json'): Promise<Response> => {
    const query = c.req.query('q') ?? '';
    const { store, renderer } = await requestScope(deps, c);
    const results = search(await store.search(query), query);
    c.header('Vary', 'Accept');
    if (format === 'json') return respond(c, 'json', JSON.stringify(results));
    const markdown = renderer.searchMarkdown(results);
    if (format === 'md') return respond(c, 'md', markdown);
    const title = results.hasQuery ? `Search: ${results.query}` : 'Search';
    const alternates = { markdownUrl: searchUrl(results.query, '.md'), jsonUrl: searchUrl(results.query, '.json') };
    return respond(c, 'html', renderer.markdownPage(title, markdown, alternates, { searchQuery: results.query }));
  };

  app.get('/search', (c) => answer(c, wantsJson(c.req.query('format'), c.req.header('Accept')) ? 'json' : 'html'));
  app.get('/search.md', (c) => answer(c, 'md'));
  app.get('/search.json', (c) => answer(c, 'json'));
  return app;
}
