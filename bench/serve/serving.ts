// Section 4: req/s and p50/p99 of the largest actor sheet served by the built Worker in workerd (Miniflare, direct sockets), against a static worker with the same response.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import { largestActor } from '../render/largest.ts';
import { emitResult } from '../result.ts';
import { median } from '../stats.ts';
import type { LoadSummary, ServingResult } from '../results.ts';
import { ROOT, bundleWorker } from './bundle.ts';
import { runLoad, type LoadResult } from './load.ts';
import { builtWorker, staticWorker } from './workers.ts';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_LOAD_ROUNDS ?? 3);
const CONNECTIONS = 32;
/** Headers Miniflare or workerd add on their own; the static worker must not send them twice. */
const DROP = new Set(['content-length', 'date', 'transfer-encoding', 'connection', 'keep-alive']);

const bundle = bundleWorker();
const kb = JSON.parse(readFileSync(join(ROOT, 'src/generated/kb.json'), 'utf8')) as KnowledgeBase;
const path = `/actors/${largestActor(buildKbIndex(kb)).id}`;

// the real response first, so the static worker can return the very same bytes and headers
const probe = new Miniflare({ workers: [builtWorker('sheets', bundle)] });
const probeUrl = await probe.unsafeGetDirectURL('sheets');
const real = await fetch(new URL(path, probeUrl));
const body = await real.text();
if (real.status !== 200) throw new Error(`${path} answered ${real.status}`);
const headers = Object.fromEntries([...real.headers].filter(([k]) => !DROP.has(k)));
await probe.dispose();

const mf = new Miniflare({ workers: [builtWorker('sheets', bundle), staticWorker('static', body, headers)] });
const sheetUrl = new URL(path, await mf.unsafeGetDirectURL('sheets')).href;
const staticUrl = new URL(path, await mf.unsafeGetDirectURL('static')).href;
const check = await fetch(staticUrl);
if ((await check.text()) !== body) throw new Error('static worker does not return the sheet bytes');

// first request to the sheet renders it (cache miss); after that the Worker serves its rendered-page cache
const coldStart = performance.now();
await (await fetch(sheetUrl)).text();
const firstRequestMs = performance.now() - coldStart;

// rounds alternate sheet and static, so drift in machine load affects both alike
const sheet: LoadResult[] = [];
const fixed: LoadResult[] = [];
try {
  for (let r = 0; r < ROUNDS; r++) {
    sheet.push(await runLoad(sheetUrl, { seconds: SECONDS, connections: CONNECTIONS }));
    fixed.push(await runLoad(staticUrl, { seconds: SECONDS, connections: CONNECTIONS }));
    console.error(`serving round ${r + 1}: sheet ${sheet.at(-1)!.rps.toFixed(0)} req/s, static ${fixed.at(-1)!.rps.toFixed(0)} req/s`);
  }
} finally {
  await mf.dispose();
}

const summary = (runs: LoadResult[]): LoadSummary => ({
  rps: median(runs.map((r) => r.rps)),
  p50Ms: median(runs.map((r) => r.p50Ms)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  requests: runs.reduce((n, r) => n + r.requests, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});
const s = summary(sheet);
const f = summary(fixed);
const result: ServingResult = {
  path,
  bodyBytes: Buffer.byteLength(body),
  tool: sheet[0]?.tool ?? 'none',
  seconds: SECONDS,
  rounds: ROUNDS,
  connections: CONNECTIONS,
  firstRequestMs,
  sheet: s,
  static: f,
  ratio: s.rps / f.rps,
};
emitResult(result);
