// Shared by the d1-* and api-* tests: the local D1 (migrated by d1-setup.ts), a knowledge base loaded into it, and
// the app called with the D1 store selected, as the Worker is with `--env d1`.

import { env } from 'cloudflare:workers';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { runInBatches } from '../../src/store/d1/session';
import type { StoreEnv } from '../../src/store/select';
import { kbLoadStatements } from '../../src/store/sql/loadKb';

export const db = (env as unknown as { DB: D1Database }).DB;
export const TOKEN = 'test-ingest-token';
export const d1Env: StoreEnv = { STORE: 'd1', DB: db, INGEST_TOKEN: TOKEN };

/** Replaces whatever the local D1 holds with `kb`. */
export async function loadIntoD1(kb: KnowledgeBase): Promise<void> {
  await runInBatches(db, kbLoadStatements(kb));
}

/** The app over `kb`: bundled unless the request carries the D1 environment. */
export function appsFor(kb: KnowledgeBase) {
  const app = createApp(kb, bundledTemplates);
  const origin = 'http://factsheets.test';
  return {
    bundled: (path: string, init: RequestInit = {}) => Promise.resolve(app.request(`${origin}${path}`, init)),
    d1: (path: string, init: RequestInit = {}, extra: Partial<StoreEnv> = {}) => Promise.resolve(app.request(`${origin}${path}`, init, { ...d1Env, ...extra })),
  };
}

export function emptyKb(): KnowledgeBase {
  return { version: 1, generatedAt: '2026-01-01T00:00:00.000Z', articles: [], actors: [], quotes: [], topics: [], problems: [] };
}

type Send = (path: string, init?: RequestInit, extra?: Partial<StoreEnv>) => Promise<Response>;

/** POST/PUT an article as JSON (objects) or markdown (strings), with the test token unless told otherwise. */
export function sendArticle(send: Send, method: 'POST' | 'PUT', path: string, body: object | string, headers: Record<string, string> = {}): Promise<Response> {
  const markdown = typeof body === 'string';
  return send(path, {
    method,
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': markdown ? 'text/markdown' : 'application/json', ...headers },
    body: markdown ? body : JSON.stringify(body),
  });
}

/** Everything a write changes, to prove a refused request wrote nothing. */
export async function storeSnapshot(): Promise<string> {
  const rows = await db.batch([
    db.prepare('SELECT * FROM store_meta'),
    db.prepare('SELECT COUNT(*) AS n FROM articles'),
    db.prepare('SELECT COUNT(*) AS n FROM article_revisions'),
    db.prepare('SELECT COUNT(*) AS n FROM quote_sources'),
    db.prepare('SELECT COUNT(*) AS n FROM mentions'),
  ]);
  return JSON.stringify(rows.map((r) => r.results));
}

/** Loads (and transforms) the extraction code once, so the first ingest in a file is not timed with it. */
export async function warmUpIngest(): Promise<void> {
  await Promise.all([import('../../src/ingest/ingest'), import('../../src/ingest/body')]);
}

/** The counters D1 keeps (store_meta, actor and topic counts) next to a recount of the live rows; equal when exact. */
export async function countersAndRecount(): Promise<{ counters: unknown; recount: unknown }> {
  const [meta, live, actors, topics] = await db.batch([
    db.prepare('SELECT articles, quotes, people, organizations, places FROM store_meta'),
    db.prepare(`SELECT (SELECT COUNT(*) FROM articles WHERE retracted_at IS NULL) AS articles,
                       (SELECT COUNT(*) FROM quotes WHERE retracted_at IS NULL) AS quotes,
                       (SELECT COUNT(*) FROM actors WHERE kind = 'person' AND retracted_at IS NULL) AS people,
                       (SELECT COUNT(*) FROM actors WHERE kind = 'organization' AND retracted_at IS NULL) AS organizations,
                       (SELECT COUNT(*) FROM actors WHERE kind = 'place' AND retracted_at IS NULL) AS places`),
    db.prepare(`SELECT id, mention_count, article_count,
                       (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id AND m.retracted_at IS NULL) AS mentions,
                       (SELECT COUNT(*) FROM actor_articles l WHERE l.actor_id = a.id AND l.retracted_at IS NULL) AS links
                  FROM actors a WHERE mention_count != mentions OR article_count != links`),
    db.prepare(`SELECT id, article_count, (SELECT COUNT(*) FROM topic_articles l WHERE l.topic_id = t.id AND l.retracted_at IS NULL) AS links
                  FROM topics t WHERE article_count != links`),
  ]);
  return {
    counters: { meta: meta!.results[0], actorsOff: [], topicsOff: [] },
    recount: { meta: live!.results[0], actorsOff: actors!.results, topicsOff: topics!.results },
  };
}
