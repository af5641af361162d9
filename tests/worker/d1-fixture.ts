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
