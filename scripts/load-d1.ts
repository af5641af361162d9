// `tsx scripts/load-d1.ts [--kb <kb.json>] [--db factsheets] [--env d1] [--local | --remote] [--persist-to <dir>] [--if-empty] [--sql-dir <dir>] [--sql-only] [--dev-token]`
// Loads a knowledge base into D1 through `wrangler d1 execute --file`, in batches of SQL files (a large corpus does
// not fit one file): it REPLACES what the database holds. Applies the migrations first. --if-empty skips the load
// when the database already has articles (so `npm run start:d1` keeps what you ingested). --remote is never implied.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../src/kb/types.ts';
import { kbLoadSqlBatches } from '../src/store/sql/loadKb.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const kbPath = option('--kb', 'src/generated/kb.json');
const db = option('--db', 'factsheets');
const environment = option('--env', 'd1');
const sqlDir = option('--sql-dir', '.wrangler/d1-load');
const remote = args.includes('--remote');
const where = remote ? '--remote' : '--local';
const persistTo = args.includes('--persist-to') && !remote ? ['--persist-to', option('--persist-to', '.wrangler/state')] : [];

const wrangler = new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url).pathname;
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true' };

function run(wranglerArgs: string[], quiet = false): string {
  const result = spawnSync(process.execPath, [wrangler, ...wranglerArgs, '--env', environment, ...persistTo], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`wrangler ${wranglerArgs.slice(0, 3).join(' ')} failed with status ${result.status}`);
  }
  if (!quiet) process.stderr.write(result.stdout.split('\n').filter((l) => /executed|applied|No migrations/i.test(l)).join('\n') + '\n');
  return result.stdout;
}

function storedArticles(): number {
  const out = run(['d1', 'execute', db, where, '--json', '--command', 'SELECT articles FROM store_meta'], true);
  return (JSON.parse(out) as Array<{ results: Array<{ articles: number }> }>)[0]?.results[0]?.articles ?? 0;
}

/** Local only: a random ingest token in .dev.vars (gitignored), unless one is there already. */
function ensureDevToken(): void {
  const path = '.dev.vars';
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const found = /^INGEST_TOKEN=(.+)$/m.exec(current);
  if (found) return void console.error(`load-d1: ingest token is in ${path}`);
  const token = randomBytes(24).toString('base64url');
  writeFileSync(path, `${current}${current && !current.endsWith('\n') ? '\n' : ''}INGEST_TOKEN=${token}\n`);
  console.error(`load-d1: wrote a new INGEST_TOKEN to ${path}: send it as "Authorization: Bearer ${token}"`);
}
if (args.includes('--dev-token') && !remote) ensureDevToken();

let files: string[];
if (args.includes('--sql-dir') && !args.includes('--kb')) {
  files = readdirSync(sqlDir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(sqlDir, f));
} else {
  const kb = JSON.parse(readFileSync(kbPath, 'utf8')) as KnowledgeBase;
  rmSync(sqlDir, { recursive: true, force: true });
  mkdirSync(sqlDir, { recursive: true });
  files = kbLoadSqlBatches(kb).map((sql, i) => {
    const file = join(sqlDir, `${String(i + 1).padStart(4, '0')}.sql`);
    writeFileSync(file, sql);
    return file;
  });
  console.error(`load-d1: ${kb.articles.length} articles, ${kb.actors.length} actors, ${kb.quotes.length} quotes → ${files.length} SQL file(s) in ${sqlDir}`);
}
if (args.includes('--sql-only')) process.exit(0);

run(['d1', 'migrations', 'apply', db, where]);
if (args.includes('--if-empty') && storedArticles() > 0) {
  console.error(`load-d1: ${db} (${where.slice(2)}) already holds articles; not reloading (drop --if-empty to replace them)`);
  process.exit(0);
}
const started = performance.now();
for (const file of files) run(['d1', 'execute', db, where, '--file', file, '--yes']);
console.error(`load-d1: loaded into ${db} (${where.slice(2)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
