// Builds and serves what the browser tests open: the real Worker over the seed articles, the same app over a KB
// extracted from hostile articles, and a publisher page on another origin that embeds a card.

import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import type { KnowledgeBase } from '../../../src/kb/types';
import { buildBundle, OFFLINE_ENV } from './bundle';
import { startHostPage } from './hostPage';
import { serveBundle } from './serve';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');

/** Articles the hostile KB is built from: the hostile-input fixture, a good article, and two of ours that make topics. */
const HOSTILE_ARTICLES = [
  'tests/fixtures/bad/hostile.md',
  'tests/fixtures/bad/good-1.txt',
  'tests/browser/fixtures/hostile-talks.md',
  'tests/browser/fixtures/hostile-talks-followup.md',
];

export interface BrowserTargets {
  seeds: string;
  hostile: string;
  host: string;
  /** Ids in the hostile KB, so its tests open every page kind. */
  hostileKb: { actors: string[]; topics: string[]; articles: { id: string; length: number }[] };
}

declare module 'vitest' {
  export interface ProvidedContext {
    targets: BrowserTargets;
  }
}

async function hostileKb(work: string): Promise<KnowledgeBase> {
  const articles = join(work, 'hostile-articles');
  mkdirSync(articles);
  for (const file of HOSTILE_ARTICLES) copyFileSync(join(ROOT, file), join(articles, file.split('/').at(-1)!));
  const out = join(work, 'hostile-kb.json');
  await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/extract.ts', articles, '--out', out], { cwd: ROOT, env: OFFLINE_ENV });
  return JSON.parse(readFileSync(out, 'utf8')) as KnowledgeBase;
}

/** The seed KB `npm test` builds first; built here when the browser tests run on their own. */
async function ensureSeedKb(): Promise<void> {
  if (existsSync(join(ROOT, 'src/generated/kb.json'))) return;
  await run(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/extract.ts', 'content', '--out', 'src/generated/kb.json'], { cwd: ROOT, env: OFFLINE_ENV });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = mkdtempSync(join(tmpdir(), 'factsheets-browser-'));
  await ensureSeedKb();
  const [seedsBundle, injectedBundle, kb] = await Promise.all([
    buildBundle(ROOT, join(work, 'seeds'), 'tests/browser/support/wrangler.seeds.toml'),
    buildBundle(ROOT, join(work, 'injected'), 'tests/browser/support/wrangler.injected-kb.toml'),
    hostileKb(work),
  ]);
  const [seeds, hostile] = await Promise.all([serveBundle(seedsBundle), serveBundle(injectedBundle, { KB: kb })]);
  const host = await startHostPage(seeds.url);
  project.provide('targets', {
    seeds: seeds.url,
    hostile: hostile.url,
    host: host.url,
    hostileKb: {
      actors: kb.actors.map((a) => a.id),
      topics: kb.topics.map((t) => t.id),
      articles: kb.articles.map((a) => ({ id: a.id, length: a.text.length })),
    },
  });
  return async () => {
    await Promise.all([seeds.dispose(), hostile.dispose(), host.close()]);
    rmSync(work, { recursive: true, force: true });
  };
}
