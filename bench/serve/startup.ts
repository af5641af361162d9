// Section 5: bundle size split into code and embedded KB, and startup: time to the first response in workerd, minus an empty worker's.

import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { emitResult } from '../result.ts';
import { median } from '../stats.ts';
import type { StartupResult } from '../results.ts';
import { bundleWorker, measureBundle, ROOT } from './bundle.ts';
import { builtWorker, emptyWorker } from './workers.ts';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 7);

interface Start {
  readyMs: number;
  firstResponseMs: number;
}

/** From `new Miniflare` (workerd spawned, config loaded, modules evaluated) to `ready`, and to the first response. */
async function startOnce(worker: WorkerOptions, path: string): Promise<Start> {
  const start = performance.now();
  const mf = new Miniflare({ workers: [worker] });
  await mf.ready;
  const readyMs = performance.now() - start;
  const res = await mf.dispatchFetch(`http://localhost${path}`);
  await res.text();
  const firstResponseMs = performance.now() - start;
  await mf.dispose();
  return { readyMs, firstResponseMs };
}

/** Cross-check in Node: a fresh process importing the bundle, minus one importing an empty module. */
function evalInNode(entry: string): number {
  const empty = join(ROOT, 'bench/.cache/empty-module.mjs');
  writeFileSync(empty, 'export default {};\n');
  const once = (file: string) => {
    const out = spawnSync(process.execPath, ['--import', './bench/loaders/text.mjs', 'bench/serve/evalInNode.mjs', pathToFileURL(file).href], { cwd: ROOT, encoding: 'utf8' });
    return Number(out.stdout);
  };
  const bundleMs: number[] = [];
  const emptyMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    emptyMs.push(once(empty));
    bundleMs.push(once(entry));
  }
  return median(bundleMs) - median(emptyMs);
}

const outdir = process.env.BENCH_BUNDLE_DIR ?? 'dist/bench';
const bundle = bundleWorker(outdir, process.env.BENCH_BUNDLE_SCRIPT);
const size = measureBundle(bundle, process.env.BENCH_BUNDLE_KB);

// alternate empty and real starts so drift in machine load affects both alike
await startOnce(emptyWorker('w'), '/'); // warm the workerd binary into the page cache
const empty: Start[] = [];
const real: Start[] = [];
for (let i = 0; i < RUNS; i++) {
  empty.push(await startOnce(emptyWorker('w'), '/'));
  real.push(await startOnce(builtWorker('w', bundle), '/healthz'));
}
const med = (xs: Start[], k: keyof Start) => median(xs.map((x) => x[k]));
const result: StartupResult = {
  outdir,
  size,
  runs: RUNS,
  emptyReadyMs: med(empty, 'readyMs'),
  emptyFirstMs: med(empty, 'firstResponseMs'),
  workerReadyMs: med(real, 'readyMs'),
  workerFirstMs: med(real, 'firstResponseMs'),
  startupMs: med(real, 'firstResponseMs') - med(empty, 'firstResponseMs'),
  readyDeltaMs: med(real, 'readyMs') - med(empty, 'readyMs'),
  nodeEvalMs: evalInNode(bundle.entry),
};
emitResult(result);
