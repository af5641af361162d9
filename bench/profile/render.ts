// Profiling target: cache-miss requests for the largest actor and topic sheets of the cached 1,000-article KB (written by bench/render/sheets.ts).
//   npx tsx bench/profile/run.ts render

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import { largestActor, largestTopic } from '../render/largest.ts';
import { actorPath, freshApp, requestCpuMs, topicPath } from '../render/sheetRenderers.ts';

// run from the repository root: inside the bundle, import.meta.dirname is the bundle's folder
const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const index = buildKbIndex(kb);
const paths = [actorPath(largestActor(index)), topicPath(largestTopic(kb))];
// one fresh app at a time; the report keeps only samples inside the sheet routes, so building each app's index is left out
for (let i = 0; i < 40; i++) {
  const app = await freshApp(kb);
  for (const p of paths) await requestCpuMs(app, p);
}
