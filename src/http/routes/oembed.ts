// oEmbed provider (https://oembed.com, section 2): /oembed?url=<a sheet>&maxwidth=&maxheight=&format=json.
// Answers a "rich" response whose html is the card's iframe; 404 for a URL that is not one of our sheets,
// 501 for any format but JSON, 400 when the url parameter is missing or not a URL.

import { Hono, type Context } from 'hono';
import { iframeHtml, EMBED_HEIGHT, EMBED_WIDTH } from '../../render/embedCode';
import { absoluteUrl, type SheetSection } from '../../render/urls';
import { isWithdrawn, type FactStore } from '../../store/types';
import { requestScope, type SheetEnv, type SheetRouteDeps } from './sheetContext';

const PROVIDER_NAME = 'News fact sheets';

/** `/actors/x`, `/topics/x` (also as `.md`/`.json`), or their embed cards; null for anything else. */
export function sheetOfPath(path: string): { section: SheetSection; slug: string } | null {
  const match = /^\/(?:embed\/)?(actors|topics)\/([^/]+?)(?:\.(?:md|json))?\/?$/.exec(path);
  if (!match) return null;
  try {
    return { section: match[1] as SheetSection, slug: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

/** A positive whole number, or null (absent or unreadable maxima impose no limit). */
function dimension(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : null;
}

/** The sheet's id and title, or null when the store has no live sheet by that slug. */
async function sheetSubject(store: FactStore, section: SheetSection, slug: string): Promise<{ id: string; title: string } | null> {
  if (section === 'actors') {
    const found = await store.getActorSheetData(slug);
    return found && !isWithdrawn(found) ? { id: found.item.id, title: found.item.name } : null;
  }
  const found = await store.getTopicSheetData(slug);
  return found ? { id: found.item.id, title: found.item.title } : null;
}

function oembedError(c: Context, status: 400 | 404 | 501, message: string): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ error: { status, message } }, status);
}

export function oembedRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();

  app.get('/oembed', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    const format = c.req.query('format');
    if (format !== undefined && format !== 'json') return oembedError(c, 501, 'Only the json format is implemented.');
    const raw = c.req.query('url');
    if (!raw) return oembedError(c, 400, 'The url parameter is required.');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return oembedError(c, 400, 'The url parameter is not a URL.');
    }
    const scope = await requestScope(deps, c);
    const sheet = /^https?:$/.test(url.protocol) && url.host === new URL(scope.origin).host ? sheetOfPath(url.pathname) : null;
    if (!sheet) return oembedError(c, 404, 'The url is not one of our fact sheets.');
    const subject = await sheetSubject(scope.store, sheet.section, sheet.slug);
    if (!subject) return oembedError(c, 404, 'The url is not one of our fact sheets.');
    const { id, title } = subject;
    const width = Math.min(EMBED_WIDTH, dimension(c.req.query('maxwidth')) ?? EMBED_WIDTH);
    const height = Math.min(EMBED_HEIGHT, dimension(c.req.query('maxheight')) ?? EMBED_HEIGHT);
    c.header('Cache-Control', 'public, max-age=300');
    return c.json({
      type: 'rich',
      version: '1.0',
      title,
      provider_name: PROVIDER_NAME,
      provider_url: absoluteUrl(scope.origin, '/'),
      cache_age: 300,
      html: iframeHtml(scope.origin, sheet.section, id, title, width, height),
      width,
      height,
    });
  });

  return app;
}
