// createApp(kb or store selector, templates): the Hono app serving the index, actor and topic sheets (HTML, .md,
// .json) and source pages from a fact store (bundled KB or D1, see src/store/), plus the ingest API under /api;
// createPagesApp: the same without the API, for the bundled-KB Worker.

import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Article, KnowledgeBase } from '../kb/types';
import { buildKbIndex, type KbIndex } from '../render/kbIndex';
import { PageRenderer } from '../render/pages';
import type { Templates } from '../render/templates';
import { buildSourcePage } from '../render/views/sourcePage';
import { notesMarkdown, withNotes } from '../store/notes';
import { storeSelector, type StoreEnv, type StoreSelector } from '../store/select';
import { isWithdrawn, NO_NOTES, type FactStore, type StoreNotes, type StoreSummary, type Withdrawn } from '../store/types';
import { handleError, errorResponse, pageNotFound } from './errors';
import { parseHighlight, type PageFormat } from './requestedPage';
import { allowedMethods } from './middleware/allowedMethods';
import { cachePolicy } from './middleware/cachePolicy';
import { conditionalGet } from './middleware/conditionalGet';
import { safePath } from './middleware/safePath';
import { apiRoutes } from './routes/api';
import { sheetRoutes } from './routes/index';
import { RenderedPageCache } from './renderedPageCache';
import { sendPage } from './routes/sheetContext';
import { securityHeaders } from './securityHeaders';

/** A sheet, built only when its rendering is not cached yet. */
interface Sheet {
  title: string;
  data: object;
  markdown: () => string;
  alternates: { markdownUrl: string; jsonUrl: string };
  notes?: StoreNotes;
}

export type AppEnv = { Bindings: StoreEnv };

/** 410: the page's subject was retracted with the article that supported it. */
function withdrawnPage(what: string, found: Withdrawn): HTTPException {
  return new HTTPException(410, { message: `The ${what} "${found.name}" was retracted on ${found.retractedAt.slice(0, 10)}: ${found.note}.` });
}

/** The ingest API's routes, given the store selector and what to run after a write (drop this isolate's cached pages). */
export type ApiRoutes = typeof apiRoutes;

/** The pages and the ingest API: D1 mode's Worker (src/index-d1.ts) and the tests. */
export function createApp(source: KnowledgeBase | StoreSelector, templates: Templates): Hono<AppEnv> {
  return createPagesApp(source, templates, apiRoutes);
}

/**
 * The pages alone, or with the ingest API mounted under /api. The bundled-KB Worker (src/index.ts) has no API (its store
 * is read-only), so it calls this without one and its bundle leaves out the ingest code (extraction, zod, yaml).
 */
export function createPagesApp(source: KnowledgeBase | StoreSelector, templates: Templates, api: ApiRoutes | null = null): Hono<AppEnv> {
  const selectStore = typeof source === 'function' ? source : storeSelector(source);
  const cache = new RenderedPageCache();
  const emptyIndex = buildKbIndex({ version: 1, generatedAt: '', articles: [], actors: [], quotes: [], topics: [], problems: [] });
  const app = new Hono<AppEnv>();

  /** The layout shows the store's article count and date; a sparse array carries the count without the articles. */
  const rendererFor = (summary: StoreSummary): PageRenderer =>
    new PageRenderer(templates, { generatedAt: summary.generatedAt, articles: new Array<Article>(summary.articles) });

  const pageContext = async (c: Context<AppEnv>): Promise<{ store: FactStore; summary: StoreSummary; renderer: PageRenderer }> => {
    const store = selectStore(c.env);
    const summary = await store.summary();
    return { store, summary, renderer: rendererFor(summary) };
  };

  /** All three formats come from the same view model, so they stay in step. */
  const renderSheet = (renderer: PageRenderer, format: PageFormat, sheet: Sheet): string => {
    const notes = sheet.notes ?? NO_NOTES;
    switch (format) {
      case 'json':
        return JSON.stringify(withNotes(sheet.data, notes));
      case 'md':
        return sheet.markdown() + notesMarkdown(notes);
      case 'html':
        return renderer.markdownPage(sheet.title, sheet.markdown() + notesMarkdown(notes), sheet.alternates);
    }
  };

  /** Renders (or finds cached) the page `key` at the store's current version. */
  const page = async (c: Context<AppEnv>, format: PageFormat, key: string, render: (ctx: Awaited<ReturnType<typeof pageContext>>) => Promise<string>) => {
    const ctx = await pageContext(c);
    return sendPage(c, format, await cache.page(ctx.summary.version, key, () => render(ctx)));
  };

  const indexPage = (format: PageFormat) => (c: Context<AppEnv>) =>
    page(c, format, `index:${format}`, async ({ store, renderer }) => {
      const index = await store.getIndex();
      return renderSheet(renderer, format, {
        title: 'All actors, topics and articles',
        data: index,
        markdown: () => renderer.indexMarkdown(index),
        alternates: { markdownUrl: '/index.md', jsonUrl: '/index.json' },
      });
    });

  // Outermost first: every response, errors and 304s included, leaves through the header and caching layers.
  app.use('*', securityHeaders(templates));
  app.use('*', conditionalGet());
  app.use('*', cachePolicy());
  app.use('*', safePath());
  app.use('*', allowedMethods(app as unknown as Hono));

  app.get('/healthz', async (c) => {
    const store = selectStore(c.env);
    const summary = await store.summary();
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, store: store.kind, generatedAt: summary.generatedAt, articles: summary.articles, actors: summary.actors });
  });

  app.get('/', indexPage('html'));
  app.get('/index.md', indexPage('md'));
  app.get('/index.json', indexPage('json'));

  // Actor and topic sheets (HTML, .md, .json), their paginated lists and charts, search, embed cards, oEmbed.
  app.route('/', sheetRoutes({ selectStore, templates, cache }));

  app.get('/sources/:id', async (c) => {
    const { store, summary, renderer } = await pageContext(c);
    const id = c.req.param('id');
    const found = await store.getArticle(id);
    if (!found) throw pageNotFound('source article');
    if (isWithdrawn(found)) throw withdrawnPage('article', found);
    const article = found.item;
    const highlight = parseHighlight(c.req.query('start'), c.req.query('end'), article.text.length);
    const key = `source:${article.id}:${highlight ? `${highlight.start}-${highlight.end}` : ''}`;
    return sendPage(c, 'html', await cache.page(summary.version, key, async () => renderer.sourcePage(buildSourcePage(found.index, article, highlight))));
  });

  if (api) app.route('/api', api(selectStore, () => cache.clear()));

  /** What an error page needs: suggestions for a 404 (from the store's search), and the layout's counts. */
  const errorContext = async (c: Context<AppEnv>, status: number): Promise<{ index: KbIndex; renderer: PageRenderer }> => {
    try {
      const store = selectStore(c.env);
      const index = status === 404 ? await store.search(c.req.path.split('/').at(-1) ?? '') : emptyIndex;
      return { index, renderer: rendererFor(await store.summary()) };
    } catch (cause) {
      console.error(`error page context for ${c.req.path} could not be read from the store:`, cause);
      return { index: emptyIndex, renderer: rendererFor({ version: '', generatedAt: '', articles: 0, actors: 0, quotes: 0, topics: 0 }) };
    }
  };

  app.notFound(async (c) => {
    const { index, renderer } = await errorContext(c, 404);
    return errorResponse(c, index, renderer, 404, 'There is nothing at this address.');
  });
  app.onError(async (err, c) => {
    const { index, renderer } = await errorContext(c, err instanceof HTTPException ? err.status : 500);
    return handleError(index, renderer)(err, c);
  });
  return app;
}
