// Profiling target: renders the largest actor and topic sheets of the cached 1,000-article KB (written by bench/render/sheets.ts) many times.
//   npx tsx bench/profile/run.ts render

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import { largestActor, largestTopic } from '../render/largest.ts';
import { actorStages, rendererFor, topicStages } from '../render/sheetRenderers.ts';

// run from the repository root: inside the bundle, import.meta.dirname is the bundle's folder
const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const index = buildKbIndex(kb);
const renderer = rendererFor(kb);
const actor = actorStages(index, renderer, largestActor(index));
const topic = topicStages(index, renderer, largestTopic(kb));
/** Named, so the hot-spot report can leave out parsing the KB and building its index. */
function renderSheets(): void {
  for (let i = 0; i < 100; i++) {
    actor.full();
    topic.full();
  }
}
renderSheets();
