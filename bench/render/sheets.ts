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
import { actorRender, actorStages, rendererFor, topicRender, topicStages, type SheetStages } from './sheetRenderers.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const SHEET_RUNS = 3;
const WARMUP_SHEETS = 30;
/** Wall-clock budget for timing every sheet; on a busy machine the smallest sheets may go unmeasured (reported). */
const SHEETS_BUDGET_S = Number(process.env.BENCH_SHEETS_BUDGET ?? 90);
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

// every sheet, largest first: a warm-up on the largest (the code paths are the same for all), then the median of a
// few timed renders each, until the time budget runs out; whatever is left unmeasured are the smallest sheets
const all = [
  ...kb.actors.map((a) => ({ id: `actors/${a.id}`, size: (index.quotesBySpeaker.get(a.id)?.length ?? 0) + a.mentions.length, render: actorRender(index, renderer, a) })),
  ...kb.topics.map((t) => ({ id: `topics/${t.id}`, size: t.quotes.length + t.sentences.length, render: topicRender(index, renderer, t) })),
].sort((a, b) => b.size - a.size);
for (const s of all.slice(0, WARMUP_SHEETS)) s.render();
const deadline = performance.now() + SHEETS_BUDGET_S * 1000;
const medians: Array<{ id: string; ms: number }> = [];
for (const s of all) {
  if (performance.now() > deadline) break;
  medians.push({ id: s.id, ms: median(timeRuns(s.render, SHEET_RUNS, 0, false).cpu) });
}
medians.sort((a, b) => b.ms - a.ms);

const result: RenderResult = {
  articles: ARTICLES,
  actors: kb.actors.length,
  topics: kb.topics.length,
  indexMs,
  largestActor: actorCost,
  largestTopic: topicCost,
  sheets: all.length,
  sheetsMeasured: medians.length,
  slowest: medians.slice(0, 3),
  p50Ms: percentile(medians.map((m) => m.ms), 50),
  over2ms: medians.filter((m) => m.ms >= 2).length,
};
emitResult(result);
