// createApp(kb, templates): the Hono app serving the index, actor and topic sheets (HTML, .md, .json) and source pages.

import { Hono, type Context } from 'hono';
import type { KnowledgeBase } from '../kb/types';
import { buildKbIndex } from '../render/kbIndex';
import { PageRenderer } from '../render/pages';
import type { Templates } from '../render/templates';
import { buildActorSheet } from '../render/views/actorSheet';
import { buildIndexPage, type IndexPage } from '../render/views/indexPage';
import { buildSourcePage } from '../render/views/sourcePage';
import { buildTopicSheet } from '../render/views/topicSheet';
import { errorResponse, handleError, pageNotFound } from './errors';
import { parseHighlight, parsePageParam, type PageFormat } from './requestedPage';
import { securityHeaders } from './securityHeaders';

/** Pages change only when the Worker is redeployed with a new knowledge base. */
const PAGE_CACHE = 'public, max-age=300';

interface SheetVariants {
  title: string;
  data: object;
  markdown: () => string;
  alternates: { markdownUrl: string; jsonUrl: string };
}

/** One sheet in the format asked for; all three come from the same view model, so they stay in step. */
function sheetResponse(c: Context, renderer: PageRenderer, format: PageFormat, sheet: SheetVariants): Response {
  c.header('Cache-Control', PAGE_CACHE);
  switch (format) {
    case 'json':
      return c.json(sheet.data);
    case 'md':
      return c.body(sheet.markdown(), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    case 'html':
      return c.html(renderer.markdownPage(sheet.title, sheet.markdown(), sheet.alternates));
  }
}

export function createApp(kb: KnowledgeBase, templates: Templates): Hono {
  const index = buildKbIndex(kb);
  const renderer = new PageRenderer(templates, kb);
  const app = new Hono();

  app.use('*', securityHeaders(templates.layout));

  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true, generatedAt: kb.generatedAt, articles: kb.articles.length, actors: kb.actors.length });
  });

  // The knowledge base never changes inside one deployment, so the index data is built once.
  let indexPage: IndexPage | null = null;
  const indexVariants = (): SheetVariants => {
    const page = (indexPage ??= buildIndexPage(index));
    return {
      title: 'All actors, topics and articles',
      data: page,
      markdown: () => renderer.indexMarkdown(page),
      alternates: { markdownUrl: '/index.md', jsonUrl: '/index.json' },
    };
  };
  app.get('/', (c) => sheetResponse(c, renderer, 'html', indexVariants()));
  app.get('/index.md', (c) => sheetResponse(c, renderer, 'md', indexVariants()));
  app.get('/index.json', (c) => sheetResponse(c, renderer, 'json', indexVariants()));

  app.get('/actors/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    const actor = index.actors.get(slug);
    if (!actor) throw pageNotFound('actor');
    const sheet = buildActorSheet(index, actor);
    return sheetResponse(c, renderer, format, {
      title: sheet.name,
      data: sheet,
      markdown: () => renderer.actorMarkdown(sheet),
      alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
    });
  });

  app.get('/topics/:file', (c) => {
    const { slug, format } = parsePageParam(c.req.param('file'));
    const topic = index.topics.get(slug);
    if (!topic) throw pageNotFound('topic');
    const sheet = buildTopicSheet(index, topic);
    return sheetResponse(c, renderer, format, {
      title: sheet.title,
      data: sheet,
      markdown: () => renderer.topicMarkdown(sheet),
      alternates: { markdownUrl: sheet.markdownUrl, jsonUrl: sheet.jsonUrl },
    });
  });

  app.get('/sources/:id', (c) => {
    const article = index.articles.get(c.req.param('id'));
    if (!article) throw pageNotFound('source article');
    const highlight = parseHighlight(c.req.query('start'), c.req.query('end'), article.text.length);
    c.header('Cache-Control', PAGE_CACHE);
    return c.html(renderer.sourcePage(buildSourcePage(index, article, highlight)));
  });

  app.notFound((c) => errorResponse(c, index, renderer, 404, 'There is nothing at this address.'));
  app.onError(handleError(index, renderer));
  return app;
}
