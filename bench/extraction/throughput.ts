// Section 1: extraction words per CPU-second on the 1,000-article corpus, against two compromise baselines on samples of the
// same articles (each bytes → knowledge base): the full job (entities, dates and figures, the product ours makes) and
// entities only. Each pipeline runs in a child process of its own (pipelineChild.ts), so that none pays for collecting
// another's garbage; timed runs alternate (ours, entities only, full job, ours, …), and each ratio is the median of the
// per-round ratios.

import { countWords } from '../../src/articles/parse.ts';
import { generateCorpus } from '../corpus.ts';
import { emitResult } from '../result.ts';
import type { BaselineThroughput, ThroughputResult } from '../results.ts';
import { median, type Runs } from '../stats.ts';
import { pipelineProcess } from './pipelines.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The entity-only baseline runs at about 17,000 words/s: every 10th article of the corpus (about 56k words, 3.5 s a run). */
const ENTITY_STRIDE = 10;
/**
 * The full job runs at about 6,500–8,000 words/s: every 20th article (a subset of the entity sample, about 28k words,
 * 4 s a run), so the difference between the two baselines is the dates and figures, not the articles.
 */
const FULL_STRIDE = 20;
const BASELINE_RUNS = 5;

const corpus = generateCorpus(ARTICLES);
const decoder = new TextDecoder();
const sampleOf = (stride: number) => {
  const files = corpus.files.filter((_, i) => i % stride === 0);
  return { files, words: files.reduce((n, f) => n + countWords(decoder.decode(f.bytes)), 0) };
};
const entitySample = sampleOf(ENTITY_STRIDE);
const fullSample = sampleOf(FULL_STRIDE);

const [oursProcess, entityProcess, fullProcess] = await Promise.all([
  pipelineProcess('ours', corpus.files),
  pipelineProcess('entities', entitySample.files),
  pipelineProcess('full', fullSample.files),
]);
// warm-up, untimed and in all three processes at once (so that none has sat idle for long when the timed runs start):
// each pipeline takes a few runs to reach its steady speed. Ours: four runs on the first 300 articles, then three whole
// runs (its first two whole runs are still 1.2-1.3x slower than the rest); compromise: three whole runs on each sample
// (it builds its lexicon on first use; its first run is about 1.5x slower, its second 1.2x).
const [oursKb, entityKb, fullKb] = await Promise.all([
  oursProcess.warm(4, 300).then(() => oursProcess.warm(3)),
  entityProcess.warm(3),
  fullProcess.warm(3),
]);

// timed runs alternate: the machine's speed drifts over a minute on a shared host, and alternating puts the drift on
// every side of each round instead of into the ratios. One process runs at a time.
const ours: Runs = { wall: [], cpu: [] };
const entities: Runs = { wall: [], cpu: [] };
const fullJob: Runs = { wall: [], cpu: [] };
const entityRatios: number[] = [];
const fullRatios: number[] = [];
for (let i = 0; i < Math.max(RUNS, BASELINE_RUNS); i++) {
  const o = await oursProcess.run();
  const e = await entityProcess.run();
  const f = await fullProcess.run();
  ours.wall.push(o.wall);
  ours.cpu.push(o.cpu);
  entities.wall.push(e.wall);
  entities.cpu.push(e.cpu);
  fullJob.wall.push(f.wall);
  fullJob.cpu.push(f.cpu);
  const oursSpeed = corpus.words / o.cpu;
  entityRatios.push(oursSpeed / (entitySample.words / e.cpu));
  fullRatios.push(oursSpeed / (fullSample.words / f.cpu));
}
for (const p of [oursProcess, entityProcess, fullProcess]) p.stop();

const perSecond = (words: number, ms: number[]) => words / (median(ms) / 1000);
const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(' ');
const ratios = (xs: number[]) => xs.map((r) => r.toFixed(1)).join(' ');
const speed = (words: number, runs: Runs) => `${Math.round(perSecond(words, runs.cpu)).toLocaleString('en-US')} words/CPU-s`;
console.error(`extraction: ${ARTICLES} articles, ${corpus.words} words → ${oursKb.actors} actors, ${oursKb.quotes} quotes; CPU ${list(ours.cpu)} ms, wall ${list(ours.wall)} ms; ${speed(corpus.words, ours)}`);
console.error(
  `compromise, full job (entities + dates + figures): ${fullSample.files.length} articles, ${fullSample.words} words → ` +
    `${fullKb.actors} actors, ${fullKb.quotes} quotes, ${fullKb.dates} dates, ${fullKb.figures} figures; ` +
    `CPU ${list(fullJob.cpu)} ms, wall ${list(fullJob.wall)} ms; ${speed(fullSample.words, fullJob)}`,
);
console.error(
  `compromise, entities only: ${entitySample.files.length} articles, ${entitySample.words} words → ${entityKb.actors} actors, ` +
    `${entityKb.quotes} quotes; CPU ${list(entities.cpu)} ms, wall ${list(entities.wall)} ms; ${speed(entitySample.words, entities)}`,
);
console.error(`ratio to the full job (the target's ratio), per round: ${ratios(fullRatios)}; median ${median(fullRatios).toFixed(2)}x`);
console.error(`ratio to entities only, per round:                   ${ratios(entityRatios)}; median ${median(entityRatios).toFixed(2)}x`);

const baselineResult = (job: string, sample: { files: unknown[]; words: number }, times: Runs, pairRatios: number[]): BaselineThroughput => ({
  job,
  articles: sample.files.length,
  words: sample.words,
  runs: BASELINE_RUNS,
  times,
  wordsPerSec: perSecond(sample.words, times.cpu),
  wallWordsPerSec: perSecond(sample.words, times.wall),
  ratio: median(pairRatios),
  pairRatios,
});
const result: ThroughputResult = {
  articles: ARTICLES,
  words: corpus.words,
  runs: RUNS,
  ours,
  oursWordsPerSec: perSecond(corpus.words, ours.cpu),
  oursWallWordsPerSec: perSecond(corpus.words, ours.wall),
  fullBaseline: baselineResult('people, organisations, places, quotations, dates and figures (compromise + compromise-dates)', fullSample, fullJob, fullRatios),
  entityBaseline: baselineResult('people, organisations, places and quotations (compromise alone)', entitySample, entities, entityRatios),
};
emitResult(result);
