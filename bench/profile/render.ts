// Profiling target: cache-miss renders of the largest actor and topic sheets of the cached
// 1,000-article KB (written by bench/render/sheets.ts), as the render section times them.
//   npx tsx bench/profile/run.ts render

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { largestActor, largestTopic } from '../render/largest.ts';
import { actorTarget, SheetBench, topicTarget } from '../render/sheetRenderers.ts';

// run from the repository root: inside the bundle, import.meta.dirname is the bundle's folder
const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const bench = new SheetBench(kb);
const targets = [actorTarget(bench.store, largestActor(bench.store.index)), topicTarget(largestTopic(kb))];
const RUNS = Number(process.env.PROFILE_RUNS ?? 400);
// the report keeps only samples inside the sheet routes' render functions, so loading the KB is left out
for (let i = 0; i < RUNS; i++) {
  for (const t of targets) {
    bench.render(t);
  }
}
