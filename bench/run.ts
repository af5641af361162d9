// `npm run bench`: the five benchmark sections in one run, then the results table (printed and written into README.md).
//   BENCH_SECTIONS=render,serving npm run bench   runs only those sections and leaves README.md alone
//   BENCH_PIN=1 npm run bench                      also pins the one-core sections to core 0

import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { growthTable, renderTable, resultsTable, type AllResults } from './report.ts';
import { writePerformanceSection } from './readme.ts';
import { SECTIONS, runSection } from './sections.ts';

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
    'How each number is measured, and what it leaves out: [docs/benchmarks.md](docs/benchmarks.md).',
  ].join('\n');
  console.log(writePerformanceSection(section) ? 'bench: README.md Performance section updated' : 'bench: README.md has no perf markers; not updated');
}
