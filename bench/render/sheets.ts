// Section 3: render cost of the largest actor and topic sheets of the 1,000-article KB against `marked` alone, and every sheet's median.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../corpus.ts';
import { extractKnowledgeBase } from '../extraction/pipelines.ts';
import { emitResult } from '../result.ts';
import { median, microsPerCall, percentile, timeRuns } from '../stats.ts';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import type { RenderResult, SheetCost } from '../results.ts';
import { largestActor, largestTopic } from './largest.ts';
import { actorStages, rendererFor, topicStages, type SheetStages } from './sheetRenderers.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const SHEET_RUNS = 5;
const KB_CACHE = join(import.meta.dirname, `../.cache/kb-${ARTICLES}.json`);

const kb = extractKnowledgeBase(generateCorpus(ARTICLES).files);
mkdirSync(join(import.meta.dirname, '../.cache'), { recursive: true });
writeFileSync(KB_CACHE, JSON.stringify(kb)); // for `bench/profile/run.ts render`
const indexStart = performance.now();
const index = buildKbIndex(kb);
const indexMs = performance.now() - indexStart;
const renderer = rendererFor(kb);

function cost(id: string, quotes: number, mentions: number, s: SheetStages): SheetCost {
  const fullUs = microsPerCall(s.full);
  const markedAloneUs = microsPerCall(s.markedAlone);
  return {
    id, quotes, mentions, markdownBytes: s.markdownBytes, htmlBytes: s.htmlBytes, fullUs,
    viewUs: microsPerCall(s.view), fillUs: microsPerCall(s.fill), markdownUs: microsPerCall(s.markdown), markedAloneUs,
    ratio: fullUs / markedAloneUs,
  };
}

const actor = largestActor(index);
const topic = largestTopic(kb);
const actorCost = cost(actor.id, index.quotesBySpeaker.get(actor.id)?.length ?? 0, actor.mentions.length, actorStages(index, renderer, actor));
const topicCost = cost(topic.id, topic.quotes.length, topic.sentences.length, topicStages(index, renderer, topic));

// every sheet: one warm-up pass over all of them, then the median of a few timed renders each
const all = [
  ...kb.actors.map((a) => ({ id: `actors/${a.id}`, render: actorStages(index, renderer, a).full })),
  ...kb.topics.map((t) => ({ id: `topics/${t.id}`, render: topicStages(index, renderer, t).full })),
];
for (const s of all) s.render();
const medians = all.map((s) => ({ id: s.id, ms: median(timeRuns(s.render, SHEET_RUNS, 0)) })).sort((a, b) => b.ms - a.ms);

const result: RenderResult = {
  articles: ARTICLES,
  actors: kb.actors.length,
  topics: kb.topics.length,
  indexMs,
  largestActor: actorCost,
  largestTopic: topicCost,
  sheets: medians.length,
  slowest: medians.slice(0, 3),
  p50Ms: percentile(medians.map((m) => m.ms), 50),
  over2ms: medians.filter((m) => m.ms >= 2).length,
};
emitResult(result);
