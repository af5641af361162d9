// Section 3: cache-miss render of the largest actor and topic sheets of the 1,000-article KB against `marked` alone, and of every sheet.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { buildKbIndex } from '../../src/render/kbIndex.ts';
import { generateCorpus } from '../corpus.ts';
import { extractKnowledgeBase } from '../extraction/pipelines.ts';
import { emitResult } from '../result.ts';
import type { RenderResult, SheetCost } from '../results.ts';
import { median, microsPerCall, percentile } from '../stats.ts';
import { largestActor, largestTopic } from './largest.ts';
import { actorPath, actorStages, freshApps, rendererFor, requestCpuMs, topicPath, topicStages, type SheetStages } from './sheetRenderers.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
/** Cache-miss requests per largest sheet (one fresh app each), and per sheet in the every-sheet pass. */
const LARGEST_RUNS = 7;
const SHEET_RUNS = 3;
/** Wall-clock budget for the every-sheet pass; on a busy machine the smallest sheets may go unmeasured (reported). */
const SHEETS_BUDGET_S = Number(process.env.BENCH_SHEETS_BUDGET ?? 90);
const KB_CACHE = join(import.meta.dirname, `../.cache/kb-${ARTICLES}.json`);

const kb = extractKnowledgeBase(generateCorpus(ARTICLES).files);
mkdirSync(join(import.meta.dirname, '../.cache'), { recursive: true });
writeFileSync(KB_CACHE, JSON.stringify(kb)); // for `bench/profile/run.ts render`
const indexStart = performance.now();
const index = buildKbIndex(kb);
const indexMs = performance.now() - indexStart;
const renderer = rendererFor(kb);

const actor = largestActor(index);
const topic = largestTopic(kb);
const sheets = [
  ...kb.actors.map((a) => ({ path: actorPath(a), size: (index.quotesBySpeaker.get(a.id)?.length ?? 0) + a.mentions.length })),
  ...kb.topics.map((t) => ({ path: topicPath(t), size: t.quotes.length + t.sentences.length })),
].sort((a, b) => b.size - a.size);

// warm-up: one app renders the 30 largest sheets, so the JIT has seen every code path before anything is timed
const [warm] = await freshApps(kb, 1);
for (const s of sheets.slice(0, 30)) await requestCpuMs(warm!, s.path);

async function cost(id: string, path: string, quotes: number, mentions: number, stagesFor: (markdown: string) => SheetStages): Promise<SheetCost> {
  const apps = await freshApps(kb, LARGEST_RUNS);
  const runs: number[] = [];
  let htmlBytes = 0;
  for (const app of apps) {
    const { ms, body } = await requestCpuMs(app, path);
    runs.push(ms);
    htmlBytes = Buffer.byteLength(body);
  }
  const markdown = (await requestCpuMs(apps[0]!, `${path}.md`)).body;
  const s = stagesFor(markdown);
  const fullUs = median(runs) * 1000;
  const markedAloneUs = microsPerCall(s.markedAlone);
  return {
    id, quotes, mentions, markdownBytes: s.markdownBytes, htmlBytes, fullUs,
    viewUs: microsPerCall(s.view), fillUs: microsPerCall(s.fill), markdownUs: microsPerCall(s.markdown), markedAloneUs,
    ratio: fullUs / markedAloneUs,
  };
}

const actorCost = await cost(actor.id, actorPath(actor), index.quotesBySpeaker.get(actor.id)?.length ?? 0, actor.mentions.length, (md) => actorStages(index, renderer, actor, md));
const topicCost = await cost(topic.id, topicPath(topic), topic.quotes.length, topic.sentences.length, (md) => topicStages(index, renderer, topic, md));

// every sheet, largest first: one cache-miss request in each of a few fresh apps, until the time budget runs out
const apps: Hono[] = await freshApps(kb, SHEET_RUNS);
const deadline = performance.now() + SHEETS_BUDGET_S * 1000;
const medians: Array<{ id: string; ms: number }> = [];
for (const s of sheets) {
  if (performance.now() > deadline) break;
  const runs: number[] = [];
  for (const app of apps) runs.push((await requestCpuMs(app, s.path)).ms);
  medians.push({ id: s.path, ms: median(runs) });
}
medians.sort((a, b) => b.ms - a.ms);

const result: RenderResult = {
  articles: ARTICLES,
  actors: kb.actors.length,
  topics: kb.topics.length,
  indexMs,
  largestActor: actorCost,
  largestTopic: topicCost,
  sheets: sheets.length,
  sheetsMeasured: medians.length,
  slowest: medians.slice(0, 3),
  p50Ms: percentile(medians.map((m) => m.ms), 50),
  over2ms: medians.filter((m) => m.ms >= 2).length,
};
emitResult(result);
