// Actor and topic sheets as HTML, markdown and JSON, all three from one view model so they stay in step.

import { Hono } from 'hono';
import type { Actor, Topic } from '../../kb/types';
import { actorMeta, topicMeta, type SheetMeta } from '../../render/pageMeta';
import type { ChartView } from '../../render/views/timeline';
import { buildActorSheet } from '../../render/views/actorSheet';
import { buildTopicSheet } from '../../render/views/topicSheet';
import { notesMarkdown, withNotes } from '../../store/notes';
import { isWithdrawn, type PageScope, type StoreNotes } from '../../store/types';
import { pageNotFound } from '../errors';
import { parsePageParam, type PageFormat } from '../requestedPage';
import { cachedPage, kindLookup, withdrawnPage, type RequestScope, type SheetEnv, type SheetRouteDeps } from './sheetContext';

interface RenderedSheet {
  title: string;
  data: object;
  markdown: () => string;
  chart: ChartView;
  alternates: { markdownUrl: string; jsonUrl: string };
  meta: SheetMeta;
  notes: StoreNotes;
}

/** The JSON carries the embed code too, so every variant offers what the HTML page offers. */
function renderSheet({ renderer }: RequestScope, format: PageFormat, sheet: RenderedSheet): string {
  switch (format) {
    case 'json':
      return JSON.stringify(withNotes({ ...sheet.data, embed: sheet.meta.embed, oembedUrl: sheet.meta.head.oembedUrl }, sheet.notes));
    case 'md':
      return sheet.markdown() + notesMarkdown(sheet.notes);
    case 'html':
      return renderer.sheetPage(sheet.title, sheet.markdown() + notesMarkdown(sheet.notes), sheet.chart, sheet.alternates, sheet.meta);
  }
}

/**
 * An actor sheet's body in one format: what a cache miss costs once the store has handed out the actor (view model,
 * template fill, markdown → HTML with the chart, layout). The benchmark times this very function.
 */
export function actorSheetBody(scope: RequestScope, found: PageScope<Actor>, format: PageFormat): string {
  const sheet = buildActorSheet(found.index, found.item);
  return renderSheet(scope, format, {
    title: sheet.name,
    data: sheet,
    markdown: () => scope.renderer.actorMarkdown(sheet),
    chart: sheet.chart,
    alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
    meta: actorMeta(scope.origin, sheet, kindLookup(found.index)),
    notes: found.notes,
  });
}

/** A topic sheet's body in one format (see actorSheetBody). */
export function topicSheetBody(scope: RequestScope, found: PageScope<Topic>, format: PageFormat): string {
  const sheet = buildTopicSheet(found.index, found.item);
  return renderSheet(scope, format, {
    title: sheet.title,
    data: sheet,
    markdown: () => scope.renderer.topicMarkdown(sheet),
    chart: sheet.chart,
    alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
    meta: topicMeta(scope.origin, sheet, kindLookup(found.index)),
    notes: found.notes,
  });
}

export function sheetPageRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();

  app.get('/actors/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    return cachedPage(deps, c, format, `actor:${slug}:${format}`, async (scope) => {
      const found = await scope.store.getActorSheetData(slug);
      if (!found) throw pageNotFound('actor');
      if (isWithdrawn(found)) throw withdrawnPage('actor', found);
      return actorSheetBody(scope, found, format);
    });
  });

  app.get('/topics/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    return cachedPage(deps, c, format, `topic:${slug}:${format}`, async (scope) => {
      const found = await scope.store.getTopicSheetData(slug);
      if (!found) throw pageNotFound('topic');
      return topicSheetBody(scope, found, format);
    });
  });

  return app;
}
