// The routes that serve sheets and their extras, mounted by createApp: sheets, lists and charts, search, embeds, oEmbed.

import { Hono } from 'hono';
import { embedRoutes } from './embed';
import { oembedRoutes } from './oembed';
import { searchRoutes } from './search';
import type { SheetEnv, SheetRouteDeps } from './sheetContext';
import { sheetListRoutes } from './sheetLists';
import { sheetPageRoutes } from './sheetPages';

export type { SheetRouteDeps } from './sheetContext';

export function sheetRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();
  app.route('/', sheetPageRoutes(deps));
  app.route('/', sheetListRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', embedRoutes(deps));
  app.route('/', oembedRoutes(deps));
  return app;
}
