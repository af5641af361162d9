// Load test: the built Worker served by Miniflare on 127.0.0.1, keep-alive connections for a bounded time over every valid URL.
//   tsx bench/load.ts [--seconds 30] [--connections 64]   prints req/s, p50, p99, errors and non-2xx; exits 1 if any

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Miniflare } from 'miniflare';

export interface LoadOptions {
  seconds?: number;
  connections?: number;
}

export interface LoadResult {
  seconds: number;
  connections: number;
  /** How many distinct valid URLs the requests were spread over. */
  urls: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Requests that got no response: socket errors and timeouts. */
  errors: number;
  /** Responses outside 2xx, all of them failures since every URL is valid; `byStatus` says which. */
  non2xx: number;
  byStatus: Record<string, number>;
}

const ROOT = join(import.meta.dirname, '..');
/** Hard bounds, whatever the options say: at most 5 minutes, 256 connections, 20 million requests. */
const LIMITS = { seconds: 300, connections: 256, requests: 20_000_000 };
const REQUEST_TIMEOUT_MS = 10_000;
/** No metrics, no account lookups, no banner: nothing leaves the machine. */
const OFFLINE_ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true', CI: 'true' };

/** `wrangler deploy --dry-run --outdir`: the exact bundle a deploy would upload (its build step regenerates the KB). */
function buildWorker(outdir: string): { entry: string; textModules: string[] } {
  const args = [join(ROOT, 'node_modules/wrangler/bin/wrangler.js'), 'deploy', '--dry-run', '--outdir', outdir];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: OFFLINE_ENV, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${run.stdout}\n${run.stderr}`);
  const textModules = readdirSync(outdir).filter((file) => /\.(md|html)$/.test(file) && file !== 'README.md');
  return { entry: join(outdir, 'index.js'), textModules: textModules.map((file) => join(outdir, file)) };
}

/** The compatibility settings the Worker ships with, read from wrangler.toml. */
function compatibility(): { compatibilityDate: string; compatibilityFlags: string[] } {
  const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1] ?? '2026-04-01';
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1] ?? '';
  return { compatibilityDate: date, compatibilityFlags: [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) };
}

interface Reply {
  status: number | null;
  body: string;
  ms: number;
}

/** One GET over the shared keep-alive agent; never rejects: a socket error or timeout is `status: null`. */
function get(agent: Agent, port: number, path: string, keepBody = false): Promise<Reply> {
  return new Promise((resolve) => {
    const start = performance.now();
    let settled = false;
    const done = (status: number | null, body = '') => {
      if (settled) return;
      settled = true;
      resolve({ status, body, ms: performance.now() - start });
    };
    const req = request({ host: '127.0.0.1', port, path, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => keepBody && chunks.push(chunk));
      res.on('end', () => done(res.statusCode ?? null, keepBody ? Buffer.concat(chunks).toString('utf8') : ''));
      res.on('error', () => done(null));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => done(null));
    req.end();
  });
}

/** Every valid page, read from the served index: index in three formats, every actor and topic sheet in three, one source page. */
async function validUrls(agent: Agent, port: number): Promise<string[]> {
  const reply = await get(agent, port, '/index.json', true);
  if (reply.status !== 200) throw new Error(`GET /index.json answered ${reply.status ?? 'nothing'}`);
  const index = JSON.parse(reply.body) as {
    actorGroups: { actors: { pageUrl: string }[] }[];
    topics: { pageUrl: string }[];
    articles: { sourceUrl: string }[];
  };
  const sheets = [...index.actorGroups.flatMap((group) => group.actors.map((a) => a.pageUrl)), ...index.topics.map((t) => t.pageUrl)];
  const source = index.articles[0]?.sourceUrl;
  return ['/', '/index.md', '/index.json', ...sheets.flatMap((page) => [page, `${page}.md`, `${page}.json`]), ...(source ? [source] : [])];
}

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/**
 * Builds the Worker, serves it from workerd on an ephemeral loopback port (Miniflare with a direct
 * socket, so no proxy sits in front), then runs `connections` closed-loop clients for `seconds`,
 * each walking the URL list from its own offset. Everything it starts is stopped before it returns.
 */
export async function runLoad({ seconds = 30, connections = 64 }: LoadOptions = {}): Promise<LoadResult> {
  seconds = Math.min(Math.max(seconds, 1), LIMITS.seconds);
  connections = Math.min(Math.max(Math.floor(connections), 1), LIMITS.connections);
  const outdir = mkdtempSync(join(tmpdir(), 'factsheets-load-'));
  let mf: Miniflare | null = null;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  try {
    const bundle = buildWorker(outdir);
    mf = new Miniflare({
      ...compatibility(),
      modulesRoot: outdir,
      modules: [{ type: 'ESModule', path: bundle.entry }, ...bundle.textModules.map((path) => ({ type: 'Text' as const, path }))],
      unsafeDirectSockets: [{ host: '127.0.0.1', port: 0 }],
    });
    await mf.ready;
    const url = await mf.unsafeGetDirectURL();
    if (url.hostname !== '127.0.0.1') throw new Error(`refusing to load anything but loopback, got ${url.host}`);
    const port = Number(url.port);

    const urls = await validUrls(agent, port);
    for (const path of urls) await get(agent, port, path); // warm the isolate's page cache once

    let latencies = new Float64Array(1 << 16);
    let requests = 0;
    let errors = 0;
    const byStatus: Record<string, number> = {};
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const client = async (offset: number): Promise<void> => {
      for (let i = offset; performance.now() < deadline && requests < LIMITS.requests; i += connections) {
        const reply = await get(agent, port, urls[i % urls.length]!);
        if (requests === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[requests++] = reply.ms;
        if (reply.status === null) errors++;
        else if (reply.status < 200 || reply.status > 299) byStatus[reply.status] = (byStatus[reply.status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: connections }, (_, i) => client(i)));
    const elapsed = (performance.now() - started) / 1000;

    const sorted = latencies.slice(0, requests).sort();
    return {
      seconds: elapsed,
      connections,
      urls: urls.length,
      requests,
      requestsPerSecond: requests / elapsed,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
      maxMs: sorted[sorted.length - 1] ?? NaN,
      errors,
      non2xx: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
      byStatus,
    };
  } finally {
    agent.destroy();
    await mf?.dispose();
    rmSync(outdir, { recursive: true, force: true });
  }
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? NaN : Number(process.argv[at + 1]);
  return Number.isFinite(value) ? value : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const seconds = flag('seconds', 30);
  const connections = flag('connections', 64);
  // A backstop: if anything hangs, the process still ends on its own.
  setTimeout(() => {
    console.error('load: did not finish in time; giving up');
    process.exit(2);
  }, (Math.min(seconds, LIMITS.seconds) + 180) * 1000).unref();
  console.error(`load: building the Worker and serving it on 127.0.0.1; ${connections} connections for ${seconds} s`);
  const result = await runLoad({ seconds, connections });
  console.log(
    [
      `${result.requests} requests over ${result.urls} URLs in ${result.seconds.toFixed(1)} s with ${result.connections} connections`,
      `requests/s ${result.requestsPerSecond.toFixed(0)}   p50 ${result.p50Ms.toFixed(2)} ms   p99 ${result.p99Ms.toFixed(2)} ms   max ${result.maxMs.toFixed(1)} ms`,
      `errors ${result.errors}   non-2xx ${result.non2xx}${result.non2xx ? ` ${JSON.stringify(result.byStatus)}` : ''}`,
    ].join('\n'),
  );
  console.log(JSON.stringify(result));
  process.exitCode = result.errors + result.non2xx > 0 ? 1 : 0;
}
