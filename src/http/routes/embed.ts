// Embedding: the compact cards at /embed/actors/:slug and /embed/topics/:slug, and the two scripts they need.

import { Hono, type Context } from 'hono';
import { EMBED_FRAME_SCRIPT, EMBED_HOST_SCRIPT } from '../../render/embedScripts';
import { buildActorSheet } from '../../render/views/actorSheet';
import { actorCard, topicCard } from '../../render/views/embedCard';
import { buildTopicSheet } from '../../render/views/topicSheet';
import { isWithdrawn } from '../../store/types';
import { pageNotFound } from '../errors';
import { cachedPage, CONTENT_TYPES, withdrawnPage, type SheetEnv, type SheetRouteDeps } from './sheetContext';

/** The scripts change only with a deploy; an hour keeps embedding pages fast without pinning old code for long. */
const SCRIPT_CACHE_CONTROL = 'public, max-age=3600';

export function embedRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();

  app.get('/embed/actors/:slug', (c) => {
    const slug = c.req.param('slug');
    return cachedPage(deps, c, 'html', `embed-actor:${slug}`, async ({ store, renderer, origin }) => {
      const found = await store.getActorSheetData(slug);
      if (!found) throw pageNotFound('actor');
      if (isWithdrawn(found)) throw withdrawnPage('actor', found);
      return renderer.embedPage(actorCard(origin, buildActorSheet(found.index, found.item)));
    });
  });

  app.get('/embed/topics/:slug', (c) => {
    const slug = c.req.param('slug');
    return cachedPage(deps, c, 'html', `embed-topic:${slug}`, async ({ store, renderer, origin }) => {
      const found = await store.getTopicSheetData(slug);
      if (!found) throw pageNotFound('topic');
      return renderer.embedPage(topicCard(origin, buildTopicSheet(found.index, found.item)));
    });
  });

  const script = (source: string) => (c: Context) => c.body(source, 200, { 'Content-Type': CONTENT_TYPES.js, 'Cache-Control': SCRIPT_CACHE_CONTROL });
  app.get('/embed.js', script(EMBED_HOST_SCRIPT));
  app.get('/embed-frame.js', script(EMBED_FRAME_SCRIPT));
  return app;
}
