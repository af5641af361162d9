// What the sheet, list, search, embed and oEmbed routes share: the store for a request, its renderer, the origin.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ActorKind, Article } from '../../kb/types';
import type { KbIndex } from '../../render/kbIndex';
import { PageRenderer } from '../../render/pages';
import type { Templates } from '../../render/templates';
import { ifNoneMatchHits } from '../middleware/conditionalGet/entityTags';
import type { RenderedPage, RenderedPageCache } from '../renderedPageCache';
import type { StoreEnv, StoreSelector } from '../../store/select';
import type { FactStore, StoreSummary, Withdrawn } from '../../store/types';

export type SheetEnv = { Bindings: StoreEnv };
export type SheetContext = Context<SheetEnv>;

export interface SheetRouteDeps {
  selectStore: StoreSelector;
  templates: Templates;
  /** The app's page cache, keyed by store version, so a write to the store drops these pages too. */
  cache: RenderedPageCache;
}

export interface RequestScope {
  store: FactStore;
  summary: StoreSummary;
  renderer: PageRenderer;
  /** Scheme, host and port of this request: absolute URLs (og:url, oEmbed, embed code) are built from it. */
  origin: string;
}

/** Pages change only when the knowledge base does; ETags (a hash of the body) revalidate them. */
export const PAGE_CACHE_CONTROL = 'public, max-age=300';

export const CONTENT_TYPES = {
  html: 'text/html; charset=UTF-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  js: 'text/javascript; charset=utf-8',
} as const;

export type BodyType = keyof typeof CONTENT_TYPES;

/** Scheme, host and port of the request URL: everything before the path (the URL is absolute, so no parse is needed). */
export function originOf(c: Context): string {
  const url = c.req.url;
  const path = url.indexOf('/', url.indexOf('://') + 3);
  return path < 0 ? url : url.slice(0, path);
}

/** The layout shows the store's article count and date; a sparse array carries the count without the articles. */
export function rendererFor(templates: Templates, summary: StoreSummary): PageRenderer {
  return new PageRenderer(templates, { generatedAt: summary.generatedAt, articles: new Array<Article>(summary.articles) });
}

export async function requestScope(deps: SheetRouteDeps, c: SheetContext): Promise<RequestScope> {
  const store = deps.selectStore(c.env);
  const summary = await store.summary();
  return { store, summary, renderer: rendererFor(deps.templates, summary), origin: originOf(c) };
}

export function respond(c: Context, type: BodyType, body: string): Response {
  c.header('Cache-Control', PAGE_CACHE_CONTROL);
  return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[type] });
}

/**
 * Sends a rendered page with its ETag and Cache-Control; a matching If-None-Match gets a bodiless 304 at once. The
 * conditional-GET middleware then finds the tag already set and hashes nothing.
 */
export function sendPage(c: Context, type: BodyType, page: RenderedPage): Response {
  const headers = { 'Cache-Control': PAGE_CACHE_CONTROL, ETag: page.etag };
  if (ifNoneMatchHits(c.req.header('If-None-Match'), page.etag)) return c.body(null, 304, headers);
  return c.body(page.bytes, 200, { ...headers, 'Content-Type': CONTENT_TYPES[type] });
}

/**
 * A page cached per store version and per origin (absolute URLs differ between hosts), with its ETag. Only a miss
 * builds a renderer; a hit costs the store's version (no read at all for the bundled store) and one lookup.
 */
export async function cachedPage(
  deps: SheetRouteDeps,
  c: SheetContext,
  type: BodyType,
  key: string,
  render: (scope: RequestScope) => Promise<string>,
): Promise<Response> {
  const store = deps.selectStore(c.env);
  const summary = await store.summary();
  const origin = originOf(c);
  const page = await deps.cache.page(summary.version, `${origin}\u0000${key}`, () =>
    render({ store, summary, renderer: rendererFor(deps.templates, summary), origin }),
  );
  return sendPage(c, type, page);
}

/** 410: the page's subject was retracted with the article that supported it. */
export function withdrawnPage(what: string, found: Withdrawn): HTTPException {
  return new HTTPException(410, { message: `The ${what} "${found.name}" was retracted on ${found.retractedAt.slice(0, 10)}: ${found.note}.` });
}

export function kindLookup(index: KbIndex): (id: string) => ActorKind | undefined {
  return (id) => index.actors.get(id)?.kind;
}
