// D1 scale benchmark: generated corpora of 100, 1,000 and 10,000 articles loaded into a local D1; for each, the
// median latency of sheets served by the built Worker (D1 store, every request a fresh render) and the D1 rows each
// sheet reads (D1's own meta.rows_read). Standalone: `tsx bench/d1.ts [sizes]`; or call benchD1Scale() from bench/run.ts.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import { readCorpus } from '../src/articles/corpus.ts';
import { buildKnowledgeBase } from '../src/extract/index.ts';
import type { KnowledgeBase } from '../src/kb/types.ts';
import { D1Store } from '../src/store/d1/store.ts';
import { WINDOW } from '../src/store/d1/window.ts';
import { kbLoadSqlStatements } from '../src/store/sql/loadKb.ts';
import { generateCorpus } from './corpus.ts';
import { bundleWorker, ROOT } from './serve/bundle.ts';
import { builtWorker } from './serve/workers.ts';
import { median, percentile } from './stats.ts';

export interface SheetCost {
  page: string;
  path: string;
  /** Articles the sheet's subject appears in (its window holds at most WINDOW of them). */
  articles: number;
  medianMs: number;
  p95Ms: number;
  rowsRead: number;
  roundTrips: number;
}

/** One write through the API against the loaded corpus: a new generated article posted, then retracted. */
export interface WriteCost {
  action: 'POST' | 'DELETE';
  ms: number;
  rowsRead: number;
  rowsWritten: number;
}

export interface D1ScaleRow {
  articles: number;
  actors: number;
  quotes: number;
  /** Rows written by the bulk load, and how long it took through the D1 binding. */
  loadSeconds: number;
  sheets: SheetCost[];
  writes: WriteCost[];
}

const CACHE = join(ROOT, 'bench/.cache/d1');

/** The generated corpus extracted once per size and kept, since 10,000 articles take minutes. */
function corpusKb(size: number): KnowledgeBase {
  const file = join(CACHE, `kb-${size}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KnowledgeBase;
  const started = performance.now();
  const { articles, problems } = readCorpus(generateCorpus(size).files);
  const kb = buildKnowledgeBase(articles, problems, { generatedAt: '2026-01-01T00:00:00.000Z' });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, JSON.stringify(kb));
  console.error(`d1 bench: extracted ${size} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return kb;
}

function migrationStatements(): string[] {
  const dir = join(ROOT, 'migrations');
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort()
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').replace(/^--.*$/gm, '').split(/;\s*$/m))
    .map((s) => s.trim()).filter(Boolean);
}

/** With D1_BENCH_PERSIST=1 the loaded databases are kept (per schema) and reused: the 10,000 load takes minutes. */
const PERSIST = process.env.D1_BENCH_PERSIST === '1'
  ? join(CACHE, `state-${createHash('sha1').update(migrationStatements().join(';')).digest('hex').slice(0, 10)}`)
  : undefined;

async function alreadyLoaded(db: D1Database, kb: KnowledgeBase): Promise<boolean> {
  try {
    return (await db.prepare('SELECT articles FROM store_meta').first<number>('articles')) === kb.articles.length;
  } catch {
    return false;
  }
}

async function loadKb(db: D1Database, kb: KnowledgeBase): Promise<number> {
  if (PERSIST && (await alreadyLoaded(db, kb))) return 0;
  const started = performance.now();
  // a kept database that was not fully loaded (an interrupted run) starts again from nothing
  const tables = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>();
  for (const { name } of tables.results) await db.prepare(`DROP TABLE ${name}`).run();
  for (const s of migrationStatements()) await db.prepare(s).run();
  const statements = kbLoadSqlStatements(kb);
  // about 4 MB per round trip through Miniflare's binding proxy
  for (let i = 0, bytes = 0, batch: string[] = []; i <= statements.length; i++) {
    const s = statements[i];
    if (s === undefined || (bytes + s.length > 4_000_000 && batch.length)) {
      await db.batch(batch.map((b) => db.prepare(b)));
      batch = [];
      bytes = 0;
    }
    if (s !== undefined) {
      batch.push(s);
      bytes += s.length;
    }
  }
  return (performance.now() - started) / 1000;
}

/** The pages measured at each size: the busiest and a typical actor, the busiest topic, the index, a source page. */
function samplePages(kb: KnowledgeBase): Array<{ page: string; path: string; articles: number }> {
  const articlesOf = new Map<string, Set<string>>();
  const add = (actor: string, article: string) => (articlesOf.get(actor) ?? articlesOf.set(actor, new Set()).get(actor)!).add(article);
  for (const a of kb.actors) for (const m of a.mentions) add(a.id, m.article);
  for (const q of kb.quotes) if (q.speaker) for (const s of q.sources) add(q.speaker, s.article);
  const people = kb.actors.filter((a) => a.kind === 'person').map((a) => ({ id: a.id, n: articlesOf.get(a.id)?.size ?? 0 })).sort((a, b) => b.n - a.n);
  const top = people[0]!;
  const typical = people[Math.floor(people.length / 2)]!;
  const topic = [...kb.topics].sort((a, b) => b.articles.length - a.articles.length)[0]!;
  const article = kb.articles[Math.floor(kb.articles.length / 2)]!;
  return [
    { page: 'actor (most articles)', path: `/actors/${top.id}`, articles: top.n },
    { page: 'actor (median person)', path: `/actors/${typical.id}`, articles: typical.n },
    { page: 'topic (most articles)', path: `/topics/${topic.id}`, articles: new Set(topic.articles).size },
    { page: 'index', path: '/', articles: kb.articles.length },
    { page: 'source page', path: `/sources/${article.id}`, articles: 1 },
  ];
}

/** What the store reads for a page: the same queries the Worker runs, counted by D1. */
async function rowsFor(db: D1Database, path: string): Promise<{ rowsRead: number; roundTrips: number }> {
  const store = new D1Store(db);
  await store.summary();
  const [, section, id] = path.split('/');
  if (section === 'actors') await store.getActorSheetData(id!);
  else if (section === 'topics') await store.getTopicSheetData(id!);
  else if (section === 'sources') await store.getArticle(id!);
  else await store.getIndex();
  return { rowsRead: store.session.rowsRead, roundTrips: store.session.roundTrips };
}

export async function benchD1Scale(sizes = [100, 1000, 10000], runs = Number(process.env.D1_BENCH_RUNS ?? 15)): Promise<D1ScaleRow[]> {
  // the D1 Worker: the only one with the ingest API
  const bundle = bundleWorker('dist/bench-d1', 'src/index-d1.ts');
  const out: D1ScaleRow[] = [];
  for (const size of sizes) {
    const kb = corpusKb(size);
    const worker = { ...builtWorker('factsheets', bundle), bindings: { STORE: 'd1', INGEST_TOKEN: TOKEN }, d1Databases: { DB: `bench-${size}` } };
    const mf = new Miniflare({ workers: [worker], ...(PERSIST ? { d1Persist: PERSIST } : {}) });
    try {
      const db = (await mf.getD1Database('DB')) as unknown as D1Database;
      const loadSeconds = await loadKb(db, kb);
      console.error(`d1 bench: loaded ${size} articles in ${loadSeconds.toFixed(1)} s`);
      const base = await mf.unsafeGetDirectURL('factsheets');
      const sheets: SheetCost[] = [];
      for (const sample of samplePages(kb)) {
        const times: number[] = [];
        for (let i = 0; i <= runs; i++) {
          // a new store version before each request: the page cache cannot answer, every request renders afresh
          await db.prepare('UPDATE store_meta SET version = version + 1').run();
          const started = performance.now();
          const res = await fetch(new URL(sample.path, base));
          await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${sample.path} answered ${res.status} at ${size} articles`);
          if (i > 0) times.push(performance.now() - started);
        }
        sheets.push({ ...sample, medianMs: median(times), p95Ms: percentile(times, 95), ...(await rowsFor(db, sample.path)) });
        console.error(`d1 bench: ${size} articles, ${sample.page}: median ${median(times).toFixed(1)} ms, ${sheets.at(-1)!.rowsRead} rows read`);
      }
      const writes = await measureWrites(mf, size);
      out.push({ articles: kb.articles.length, actors: kb.actors.length, quotes: kb.quotes.length, loadSeconds, sheets, writes });
    } finally {
      await mf.dispose();
    }
  }
  return out;
}

const TOKEN = 'bench-ingest-token';

/** Posts the next generated article (same world, new story) and retracts it again, so the stored corpus is unchanged. */
async function measureWrites(mf: Miniflare, size: number): Promise<WriteCost[]> {
  const next = generateCorpus(size + 1).files.at(-1)!;
  const headers = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };
  // a run-specific id and closing line: the store keeps retracted articles, and refuses the same text twice
  const id = `bench-${size + 1}-${Date.now().toString(36)}`;
  const body = JSON.stringify({ file: `${id}.txt`, text: `${new TextDecoder().decode(next.bytes)}\nFiled by benchmark run ${id}.\n` });
  const out: WriteCost[] = [];
  for (const [action, path, init] of [
    ['POST', '/api/articles', { method: 'POST', headers, body }],
    ['DELETE', `/api/articles/${id}`, { method: 'DELETE', headers }],
  ] as const) {
    const started = performance.now();
    // through Miniflare's entry, not the pooled direct socket: a pooled connection the worker has since closed
    // would fail a POST, which is never retried
    const res = await mf.dispatchFetch(new URL(path, 'http://factsheets.test').href, init);
    const report = (await res.json()) as { cost?: { rowsRead: number; rowsWritten: number } };
    if (!res.ok || !report.cost) throw new Error(`${action} ${path} answered ${res.status}: ${JSON.stringify(report).slice(0, 300)}`);
    out.push({ action, ms: performance.now() - started, rowsRead: report.cost.rowsRead, rowsWritten: report.cost.rowsWritten });
    console.error(`d1 bench: ${size} articles, ${action}: ${out.at(-1)!.ms.toFixed(0)} ms, ${report.cost.rowsRead} rows read, ${report.cost.rowsWritten} written`);
  }
  return out;
}

export function d1ScaleTable(rows: D1ScaleRow[]): string {
  const lines = [
    `| corpus | page | subject's articles | median ms | p95 ms | D1 rows read | round trips |`,
    `|---|---|---:|---:|---:|---:|---:|`,
  ];
  for (const r of rows) {
    for (const s of r.sheets) {
      lines.push(`| ${r.articles.toLocaleString('en')} articles | ${s.page} | ${s.articles.toLocaleString('en')} | ${s.medianMs.toFixed(1)} | ${s.p95Ms.toFixed(1)} | ${s.rowsRead.toLocaleString('en')} | ${s.roundTrips} |`);
    }
  }
  lines.push('', '| corpus | write | ms | D1 rows read | D1 rows written |', '|---|---|---:|---:|---:|');
  for (const r of rows) for (const w of r.writes) lines.push(`| ${r.articles.toLocaleString('en')} articles | ${w.action} one article | ${w.ms.toFixed(0)} | ${w.rowsRead.toLocaleString('en')} | ${w.rowsWritten.toLocaleString('en')} |`);
  return `${lines.join('\n')}\n\nSheets are built from at most ${WINDOW} articles (the newest); loads: ${rows.map((r) => `${r.articles.toLocaleString('en')} articles in ${r.loadSeconds.toFixed(1)} s`).join(', ')}.`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv[2] ? process.argv[2].split(',').map(Number) : undefined;
  const rows = await benchD1Scale(sizes);
  console.log(d1ScaleTable(rows));
}
