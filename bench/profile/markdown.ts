// Profiling target: our Marked instance (src/render/markdown.ts) on the markdown of the largest actor and topic sheets,
// with their charts inlined, as a cache miss runs it. `PROFILE_MARKED=1` profiles plain `marked.parse` on the same.
//   npx tsx bench/profile/run.ts markdown          (PROFILE_ACTOR=<id>: that actor's sheet instead)

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { markdownToHtml } from '../../src/render/markdown.ts';
import { timelineChartSvg } from '../../src/render/timelineChart.ts';
import { buildActorSheet } from '../../src/render/views/actorSheet.ts';
import { buildTopicSheet } from '../../src/render/views/topicSheet.ts';
import { largestActor, largestTopic } from '../render/largest.ts';
import { markedAlone, SheetBench } from '../render/sheetRenderers.ts';

const kb = JSON.parse(readFileSync(join(process.cwd(), 'bench/.cache/kb-1000.json'), 'utf8')) as KnowledgeBase;
const bench = new SheetBench(kb);
const { index } = bench.store;
const actor = process.env.PROFILE_ACTOR ? index.actors.get(process.env.PROFILE_ACTOR)! : largestActor(index);
const topic = largestTopic(kb);
const charts = [buildActorSheet(index, actor).chart, buildTopicSheet(index, topic).chart];
const inputs = [
  { md: bench.render({ kind: 'actor', id: actor.id, path: '', size: 0 }, 'md'), inline: new Map([[charts[0]!.svgUrl, timelineChartSvg(charts[0]!)]]) },
  { md: bench.render({ kind: 'topic', id: topic.id, path: '', size: 0 }, 'md'), inline: new Map([[charts[1]!.svgUrl, timelineChartSvg(charts[1]!)]]) },
];
const RUNS = Number(process.env.PROFILE_RUNS ?? 2000);
const plain = process.env.PROFILE_MARKED === '1';
for (let i = 0; i < RUNS; i++) for (const { md, inline } of inputs) (plain ? markedAlone(md) : markdownToHtml(md, inline));
