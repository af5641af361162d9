// What the sheet, list, search, embed and oEmbed routes share: the store for a request, its renderer, the origin.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ActorKind, Article } from '../../kb/types';
import type { KbIndex } from '../../render/kbIndex';
import { PageRenderer } from '../../render/pages';
import type { Templates } from '../../render/templates';
import type { VersionedPageCache } from '../../store/pageCache';
import type { StoreEnv, StoreSelector } from '../../store/select';
import type { FactStore, StoreSummary, Withdrawn } from '../../store/types';

export type SheetEnv = { Bindings: StoreEnv };
export type SheetContext = Context<SheetEnv>;

export interface SheetRouteDeps {
  selectStore: StoreSelector;
  templates: Templates;
  /** The app's page cache, keyed by store version, so a write to the store drops these pages too. */
  cache: VersionedPageCache;
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

export function originOf(c: Context): string {
  return new URL(c.req.url).origin;
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

/** A page cached per store version and per origin (absolute URLs differ between hosts). */
export async function cachedPage(
  deps: SheetRouteDeps,
  c: SheetContext,
  type: BodyType,
  key: string,
  render: (scope: RequestScope) => Promise<string>,
): Promise<Response> {
  const scope = await requestScope(deps, c);
  const body = await deps.cache.get(scope.summary.version, `${scope.origin}\u0000${key}`, () => render(scope));
  return respond(c, type, body);
}

/** 410: the page's subject was retracted with the article that supported it. */
export function withdrawnPage(what: string, found: Withdrawn): HTTPException {
  return new HTTPException(410, { message: `The ${what} "${found.name}" was retracted on ${found.retractedAt.slice(0, 10)}: ${found.note}.` });
}

export function kindLookup(index: KbIndex): (id: string) => ActorKind | undefined {
  return (id) => index.actors.get(id)?.kind;
}
