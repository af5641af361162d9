// `npx tsx bench/profile/run.ts extraction|render`: bundles a profiling target, runs it under `node --cpu-prof` on one core, prints hot spots.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { hotspots } from './hotspots.ts';

const target = process.argv[2] ?? 'extraction';
const root = join(import.meta.dirname, '../..');
const dir = join(root, 'bench/.cache/prof', target);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const bundle = join(dir, `${target}.mjs`);
await build({
  entryPoints: [join(import.meta.dirname, `${target}.ts`)],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  sourcemap: 'external',
  packages: 'external',
  loader: { '.md': 'text', '.html': 'text' },
  logLevel: 'warning',
});

const pin = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];
const cmd = [...pin, process.execPath, '--cpu-prof', `--cpu-prof-dir=${dir}`, bundle];
const run = spawnSync(cmd[0]!, cmd.slice(1), { stdio: 'inherit', env: process.env });
if (run.status !== 0) process.exit(run.status ?? 1);

const profile = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0]!;
/** The frames each target is about; samples without one (corpus generation, index building) are left out. */
const WITHIN: Record<string, string> = {
  extraction: 'extractKnowledgeBase bench/', render: 'src/http/routes/sheetPages.ts', markdown: process.env.PROFILE_MARKED === '1' ? 'markedAlone bench/' : 'markdownToHtml src/render/markdown.ts',
  stages: 'stagesButMarked bench/', chart: 'charts bench/', sheetFacts: 'derive bench/', sheetFacts50: 'derive bench/',
};
const { sampledMs, spots, lines } = hotspots(profile, `${bundle}.map`, root, WITHIN[target]);
const show = (title: string, list: typeof spots, key: 'selfPct' | 'totalPct') => {
  console.log(`\n${title}`);
  for (const s of list.sort((a, b) => b[key] - a[key]).slice(0, Number(process.env.PROFILE_TOP ?? 25))) console.log(`${s[key].toFixed(1).padStart(5)}%  ${s.where}`);
};
console.log(`${profile}: ${sampledMs.toFixed(0)} ms sampled inside ${WITHIN[target] ?? 'the whole run'}`);
show('self time', [...spots], 'selfPct');
show('total time, src/ only', spots.filter((s) => s.where.includes(' src/')), 'totalPct');
console.log('\nhottest source lines (self samples)');
for (const l of lines) console.log(`${l.pct.toFixed(1).padStart(5)}%  ${l.where}`);
