// Section 5: bundle size split into code and embedded KB, and startup: time to the first response in workerd, minus an empty worker's.

import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Miniflare, type WorkerOptions } from 'miniflare';
import { emitResult } from '../result.ts';
import { median } from '../stats.ts';
import type { StartupResult } from '../results.ts';
import { bundleWorker, measureBundle, ROOT, type Bundle } from './bundle.ts';
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

/**
 * Cross-check in Node: a fresh process importing the bundle, minus one importing an empty module. The template
 * imports are inlined as string constants first, so no loader hooks (which run on another thread) are timed.
 */
function evalInNode(bundle: Bundle): number {
  const empty = join(ROOT, 'bench/.cache/empty-module.mjs');
  writeFileSync(empty, 'export default {};\n');
  const inlined = join(ROOT, 'bench/.cache/bundle-inlined.mjs');
  const code = readFileSync(bundle.entry, 'utf8').replace(/^import (\w+) from "\.\/([^"]+\.(?:md|html))";$/gm, (_, name: string, file: string) =>
    `const ${name} = ${JSON.stringify(readFileSync(join(bundle.dir, file), 'utf8'))};`);
  writeFileSync(inlined, code);
  const once = (file: string) => {
    const out = spawnSync(process.execPath, ['bench/serve/evalInNode.mjs', pathToFileURL(file).href], { cwd: ROOT, encoding: 'utf8' });
    return Number(out.stdout);
  };
  const bundleMs: number[] = [];
  const emptyMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    emptyMs.push(once(empty));
    bundleMs.push(once(inlined));
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
  nodeEvalMs: evalInNode(bundle),
};
emitResult(result);
