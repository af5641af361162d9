// Profiling target: the stages of a cache-miss render other than Marked (view model, template fill, chart, head and
// layout) for the largest actor and topic sheets of the cached 1,000-article KB.
//   npx tsx bench/profile/run.ts stages          (PROFILE_STAGE=fill: one stage alone; PROFILE_ACTOR=<id>)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { largestActor, largestTopic } from '../render/largest.ts';
import { actorTarget, SheetBench, topicTarget, type SheetStages } from '../render/sheetRenderers.ts';

const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const bench = new SheetBench(kb);
const actor = process.env.PROFILE_ACTOR ? bench.store.index.actors.get(process.env.PROFILE_ACTOR)! : largestActor(bench.store.index);
const all = [actorTarget(bench.store, actor), topicTarget(largestTopic(kb))].map((t) => bench.stages(t));
const RUNS = Number(process.env.PROFILE_RUNS ?? 3000);

/** `PROFILE_STAGE=fill` (or view, chart, layout) profiles that stage alone. */
const only = process.env.PROFILE_STAGE as 'view' | 'fill' | 'chart' | 'layout' | undefined;

/** The frame the report keeps samples under (bench/profile/run.ts). */
function stagesButMarked(stages: SheetStages): void {
  if (only) {
    stages[only]();
    return;
  }
  stages.view();
  stages.fill();
  stages.chart();
  stages.layout();
}

for (const stages of all) {
  stages.view();
  stages.fill();
  stages.chart();
  stages.markdown(); // once, untimed by the filter, so the layout has the page's HTML
}
for (let i = 0; i < RUNS; i++) for (const stages of all) stagesButMarked(stages);
