// A sheet's full lists as paginated JSON (/actors/:slug/quotes.json?page=2&per_page=50) and its chart as SVG.

import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Actor } from '../../kb/types';
import type { KbIndex } from '../../render/kbIndex';
import { timelineChartSvg } from '../../render/timelineChart';
import { actorChart } from '../../render/views/actorActivity';
import { ACTOR_LIST_PATHS, actorListViews, actorLists } from '../../render/views/actorSheet';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, pageOfList } from '../../render/views/lists';
import { topicChart } from '../../render/views/topicActivity';
import { TOPIC_LIST_PATHS, topicListViews, topicLists } from '../../render/views/topicSheet';
import { isWithdrawn } from '../../store/types';
import { pageNotFound } from '../errors';
import { cachedPage, withdrawnPage, type RequestScope, type SheetEnv, type SheetRouteDeps } from './sheetContext';

export interface Paging {
  page: number;
  perPage: number;
}

function badPaging(reason: string): HTTPException {
  return new HTTPException(400, { message: `The page asked for is not valid: ${reason}.` });
}

/** `page` from 1, `per_page` from 1 to MAX_PER_PAGE; both optional, whole numbers only. */
export function parsePaging(page: string | undefined, perPage: string | undefined): Paging {
  const read = (value: string | undefined, name: string, fallback: number, max: number): number => {
    if (value === undefined || value === '') return fallback;
    if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > max) throw badPaging(`${name} must be a whole number from 1 to ${max}`);
    return Number(value);
  };
  return { page: read(page, 'page', 1, 1_000_000), perPage: read(perPage, 'per_page', DEFAULT_PER_PAGE, MAX_PER_PAGE) };
}

/** `quotes.json` → `quotes`; anything but a .json or the chart is not a list. */
function listName(file: string): string | null {
  const match = /^([a-z]+)\.json$/.exec(file);
  return match ? match[1]! : null;
}

async function actorScope(scope: RequestScope, slug: string): Promise<{ index: KbIndex; actor: Actor }> {
  const found = await scope.store.getActorSheetData(slug);
  if (!found) throw pageNotFound('actor');
  if (isWithdrawn(found)) throw withdrawnPage('actor', found);
  return { index: found.index, actor: found.item };
}

export function sheetListRoutes(deps: SheetRouteDeps): Hono<SheetEnv> {
  const app = new Hono<SheetEnv>();

  app.get('/actors/:slug/:file', (c) => {
    const { slug, file } = c.req.param();
    if (file === 'timeline.svg') {
      return cachedPage(deps, c, 'svg', `actor-chart:${slug}`, async (scope) => {
        const { index, actor } = await actorScope(scope, slug);
        return timelineChartSvg(actorChart(index, actor));
      });
    }
    const list = ACTOR_LIST_PATHS.get(listName(file) ?? '');
    if (!list) throw pageNotFound('list');
    const { page, perPage } = parsePaging(c.req.query('page'), c.req.query('per_page'));
    return cachedPage(deps, c, 'json', `actor-list:${slug}:${file}:${page}:${perPage}`, async (scope) => {
      const { index, actor } = await actorScope(scope, slug);
      const all: readonly unknown[] = actorLists(index, actor)[list].all();
      const paged = pageOfList('actors', actor.id, listName(file)!, all, page, perPage, (item) => item);
      return JSON.stringify({ ...paged, items: actorListViews(index, actor.id, list, paged.items) });
    });
  });

  app.get('/topics/:slug/:file', (c) => {
    const { slug, file } = c.req.param();
    const load = async (scope: RequestScope) => {
      const found = await scope.store.getTopicSheetData(slug);
      if (!found) throw pageNotFound('topic');
      return { index: found.index, topic: found.item };
    };
    if (file === 'timeline.svg') {
      return cachedPage(deps, c, 'svg', `topic-chart:${slug}`, async (scope) => {
        const { index, topic } = await load(scope);
        return timelineChartSvg(topicChart(index, topic));
      });
    }
    const list = TOPIC_LIST_PATHS.get(listName(file) ?? '');
    if (!list) throw pageNotFound('list');
    const { page, perPage } = parsePaging(c.req.query('page'), c.req.query('per_page'));
    return cachedPage(deps, c, 'json', `topic-list:${slug}:${file}:${page}:${perPage}`, async (scope) => {
      const { index, topic } = await load(scope);
      const all: readonly unknown[] = topicLists(index, topic)[list].all();
      const paged = pageOfList('topics', topic.id, listName(file)!, all, page, perPage, (item) => item);
      return JSON.stringify({ ...paged, items: topicListViews(index, list, paged.items) });
    });
  });

  return app;
}
