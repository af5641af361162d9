// `npm run bench`: the benchmark sections (five for the issue on benchmarks, plus load and D1 scale) in one run, then the results table (printed and written into README.md).
//   BENCH_SECTIONS=render,serving npm run bench   runs only those sections and leaves README.md alone
//   BENCH_PIN=1 npm run bench                      also pins the one-core sections to core 0

import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { growthTable, renderTable, resultsTable, type AllResults } from './report.ts';
import { writePerformanceSection } from './readme.ts';
import { SECTIONS, runSection } from './sections.ts';
import { d1ScaleTable, type D1ScaleRow } from './d1.ts';
import type { LoadResult } from './load.ts';

const only = process.env.BENCH_SECTIONS?.split(',').map((s) => s.trim());
const chosen = SECTIONS.filter((s) => !only || only.includes(s.name));

const all: AllResults = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  cores: Number(execSync('nproc').toString().trim()),
  node: process.versions.node,
  loadAverage: loadavg().map((l) => l.toFixed(1)).join(' '),
  throughput: null,
  growth: null,
  render: null,
  serving: null,
  startup: null,
};

const started = performance.now();
for (const section of chosen) {
  const { result, seconds, pinned } = await runSection(section);
  (all as unknown as Record<string, unknown>)[section.name] = result;
  console.error(`bench: ${section.name} took ${seconds.toFixed(0)} s${pinned ? ' (pinned to core 0)' : ''}`);
}
const minutes = (performance.now() - started) / 60000;

const table = resultsTable(all);
const growth = growthTable(all.growth);
const render = renderTable(all.render);
console.log(`\n${table}\n`);
if (growth) console.log(`Extraction growth (plot: docs/extraction-growth.svg):\n\n${growth}\n`);
if (render) console.log(`Render stages, CPU ms:\n\n${render}\n`);
const extra = all as unknown as { load?: LoadResult | null; d1?: { rows: D1ScaleRow[] } | null };
const loadLine = extra.load
  ? `Load test (built Worker on 127.0.0.1, ${extra.load.connections} connections, ${extra.load.seconds.toFixed(0)} s over ${extra.load.urls} valid URLs): ` +
    `${extra.load.requestsPerSecond.toFixed(0)} req/s, p50 ${extra.load.p50Ms.toFixed(2)} ms, p99 ${extra.load.p99Ms.toFixed(2)} ms, ` +
    `${extra.load.errors} errors, ${extra.load.non2xx} non-2xx.`
  : '';
const d1 = extra.d1 ? d1ScaleTable(extra.d1.rows) : '';
if (loadLine) console.log(`${loadLine}\n`);
if (d1) console.log(`D1 store as the corpus grows:\n\n${d1}\n`);
console.log(`bench: ${chosen.length} section(s) in ${minutes.toFixed(1)} min`);

const failed = chosen.filter((s) => !(all as unknown as Record<string, unknown>)[s.name]).map((s) => s.name);
if (failed.length) console.log(`bench: no result from ${failed.join(', ')}; README.md left as it was`);
else if (!only) {
  const section = [
    table,
    '',
    `Extraction growth ([plot](docs/extraction-growth.svg)):\n\n${growth}`,
    '',
    `Render stages of the largest sheets, CPU ms:\n\n${render}`,
    '',
    ...(loadLine ? [loadLine, ''] : []),
    ...(d1 ? [`D1 store as the corpus grows:\n\n${d1}`, ''] : []),
    'How each number is measured, and what it leaves out: [docs/benchmarks.md](docs/benchmarks.md).',
  ].join('\n');
  console.log(writePerformanceSection(section) ? 'bench: README.md Performance section updated' : 'bench: README.md has no perf markers; not updated');
}
