// createApp(kb, templates): the Hono app serving the index, actor and topic sheets (HTML, .md, .json) and source pages.

import { Hono, type Context } from 'hono';
import type { KnowledgeBase } from '../kb/types';
import { buildKbIndex } from '../render/kbIndex';
import { PageRenderer } from '../render/pages';
import type { Templates } from '../render/templates';
import { buildActorSheet } from '../render/views/actorSheet';
import { buildIndexPage } from '../render/views/indexPage';
import { buildSourcePage } from '../render/views/sourcePage';
import { buildTopicSheet } from '../render/views/topicSheet';
import { handleError, errorResponse, pageNotFound } from './errors';
import { RenderedPageCache } from './renderedPageCache';
import { parseHighlight, parsePageParam, type PageFormat } from './requestedPage';
import { allowedMethods } from './middleware/allowedMethods';
import { cachePolicy } from './middleware/cachePolicy';
import { conditionalGet } from './middleware/conditionalGet';
import { safePath } from './middleware/safePath';
import { securityHeaders } from './securityHeaders';

/** Pages change only when the Worker is redeployed with a new knowledge base. */
const PAGE_CACHE_CONTROL = 'public, max-age=300';

const CONTENT_TYPES: Record<PageFormat, string> = {
  html: 'text/html; charset=UTF-8',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json',
};

/** A sheet, built only when its rendering is not cached yet. */
interface Sheet {
  title: string;
  data: object;
  markdown: () => string;
  alternates: { markdownUrl: string; jsonUrl: string };
}

export function createApp(kb: KnowledgeBase, templates: Templates): Hono {
  const index = buildKbIndex(kb);
  const renderer = new PageRenderer(templates, kb);
  const cache = new RenderedPageCache();
  const app = new Hono();

  /** All three formats come from the same view model, so they stay in step. */
  const renderSheet = (format: PageFormat, sheet: Sheet): string => {
    switch (format) {
      case 'json':
        return JSON.stringify(sheet.data);
      case 'md':
        return sheet.markdown();
      case 'html':
        return renderer.markdownPage(sheet.title, sheet.markdown(), sheet.alternates);
    }
  };

  const respond = (c: Context, format: PageFormat, body: string): Response => {
    c.header('Cache-Control', PAGE_CACHE_CONTROL);
    return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[format] });
  };

  const indexSheet = (): Sheet => {
    const page = buildIndexPage(index);
    return {
      title: 'All actors, topics and articles',
      data: page,
      markdown: () => renderer.indexMarkdown(page),
      alternates: { markdownUrl: '/index.md', jsonUrl: '/index.json' },
    };
  };

  // Outermost first: every response, errors and 304s included, leaves through the header and caching layers.
  app.use('*', securityHeaders(templates.layout));
  app.use('*', conditionalGet());
  app.use('*', cachePolicy());
  app.use('*', safePath());
  app.use('*', allowedMethods(app));

  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, generatedAt: kb.generatedAt, articles: kb.articles.length, actors: kb.actors.length });
  });

  app.get('/', (c) => respond(c, 'html', cache.get('index:html', () => renderSheet('html', indexSheet()))));
  app.get('/index.md', (c) => respond(c, 'md', cache.get('index:md', () => renderSheet('md', indexSheet()))));
  app.get('/index.json', (c) => respond(c, 'json', cache.get('index:json', () => renderSheet('json', indexSheet()))));

  app.get('/actors/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    const actor = index.actors.get(slug);
    if (!actor) throw pageNotFound('actor');
    const body = cache.get(`actor:${slug}:${format}`, () => {
      const sheet = buildActorSheet(index, actor);
      return renderSheet(format, {
        title: sheet.name,
        data: sheet,
        markdown: () => renderer.actorMarkdown(sheet),
        alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
      });
    });
    return respond(c, format, body);
  });

  app.get('/topics/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    const topic = index.topics.get(slug);
    if (!topic) throw pageNotFound('topic');
    const body = cache.get(`topic:${slug}:${format}`, () => {
      const sheet = buildTopicSheet(index, topic);
      return renderSheet(format, {
        title: sheet.title,
        data: sheet,
        markdown: () => renderer.topicMarkdown(sheet),
        alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
      });
    });
    return respond(c, format, body);
  });

  app.get('/sources/:id', (c) => {
    const article = index.articles.get(c.req.param('id'));
    if (!article) throw pageNotFound('source article');
    const highlight = parseHighlight(c.req.query('start'), c.req.query('end'), article.text.length);
    const key = `source:${article.id}:${highlight ? `${highlight.start}-${highlight.end}` : ''}`;
    return respond(c, 'html', cache.get(key, () => renderer.sourcePage(buildSourcePage(index, article, highlight))));
  });

  app.notFound((c) => errorResponse(c, index, renderer, 404, 'There is nothing at this address.'));
  app.onError(handleError(index, renderer));
  return app;
}
