// `npx tsx bench/profile/compare.ts <other-checkout>`: paired timing of two versions of the extractor in one process.
// Runs alternate (other, this, other, this …) on the same 1,000 generated articles, so machine noise lands on both;
// prints each side's median and the median of the per-pair ratios. The other checkout needs its own node_modules
// (a symlink to this one's will do), e.g. `git worktree add /tmp/base HEAD~5 && ln -s $PWD/node_modules /tmp/base/`.
//   RUNS=8 BENCH_ARTICLES=1000 npx tsx bench/profile/compare.ts /tmp/base

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from '../corpus.ts';
import { extractKnowledgeBase } from '../extraction/pipelines.ts';
import { median } from '../stats.ts';

const other = process.argv[2];
if (!other) {
  console.error('usage: npx tsx bench/profile/compare.ts <other-checkout>');
  process.exit(2);
}
const them = (await import(pathToFileURL(resolve(other, 'bench/extraction/pipelines.ts')).href)) as { extractKnowledgeBase: typeof extractKnowledgeBase };
const corpus = generateCorpus(Number(process.env.BENCH_ARTICLES ?? 1000));
for (let i = 0; i < 3; i++) {
  them.extractKnowledgeBase(corpus.files.slice(0, 300));
  extractKnowledgeBase(corpus.files.slice(0, 300));
}
const cpuMs = (f: () => unknown) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const theirs: number[] = [];
const ours: number[] = [];
const ratios: number[] = [];
for (let i = 0; i < Number(process.env.RUNS ?? 6); i++) {
  const t = cpuMs(() => them.extractKnowledgeBase(corpus.files));
  const o = cpuMs(() => extractKnowledgeBase(corpus.files));
  theirs.push(t);
  ours.push(o);
  ratios.push(o / t);
}
console.log(`${other}: ${median(theirs).toFixed(0)} ms; this checkout: ${median(ours).toFixed(0)} ms; this/other per pair, median ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(2)).join(' ')})`);
console.log(`this checkout: ${(corpus.words / (median(ours) / 1000)).toFixed(0)} words per CPU-second over ${corpus.words} words`);
