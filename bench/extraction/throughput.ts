// Section 1: extraction words per CPU-second on the 1,000-article corpus, against the compromise baseline (bytes → knowledge base) on the same articles; timed runs alternate between the two, and the ratio is the median of the per-pair ratios.

import { countWords } from '../../src/articles/parse.ts';
import { generateCorpus } from '../corpus.ts';
import { emitResult } from '../result.ts';
import type { ThroughputResult } from '../results.ts';
import { median, timeRuns, type Runs } from '../stats.ts';
import { compromisePipeline, extractKnowledgeBase } from './pipelines.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The compromise baseline runs at about 15k words/s, so it gets every 10th article of the same corpus (about 56k words, 3.5 s a run). */
const BASELINE_STRIDE = 10;
const BASELINE_RUNS = 5;

const corpus = generateCorpus(ARTICLES);
const sample = corpus.files.filter((_, i) => i % BASELINE_STRIDE === 0);
const decoder = new TextDecoder();
const sampleWords = sample.reduce((n, f) => n + countWords(decoder.decode(f.bytes)), 0);

// warm-up: the extractor takes a few runs to reach its steady speed (the same code paths on a smaller slice);
// compromise three whole runs (it builds its lexicon on first use; its first run is about 1.5x slower, its second 1.2x)
for (let i = 0; i < 4; i++) extractKnowledgeBase(corpus.files.slice(0, 300));
for (let i = 0; i < 2; i++) extractKnowledgeBase(corpus.files); // and whole runs, as compromise gets
let baselineKb = compromisePipeline(sample);
for (let i = 0; i < 2; i++) baselineKb = compromisePipeline(sample);

// timed runs alternate (ours, compromise, ours, …): the machine's speed drifts over a minute on a shared host, and
// alternating puts the drift on both sides of each pair instead of into the ratio
const ours: Runs = { wall: [], cpu: [] };
const baseline: Runs = { wall: [], cpu: [] };
const pairRatios: number[] = [];
for (let i = 0; i < Math.max(RUNS, BASELINE_RUNS); i++) {
  const o = timeRuns(() => extractKnowledgeBase(corpus.files), 1, 0);
  const b = timeRuns(() => compromisePipeline(sample), 1, 0);
  ours.wall.push(...o.wall);
  ours.cpu.push(...o.cpu);
  baseline.wall.push(...b.wall);
  baseline.cpu.push(...b.cpu);
  pairRatios.push((corpus.words / o.cpu[0]!) / (sampleWords / b.cpu[0]!));
}
const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(' ');
console.error(`extraction: ${ARTICLES} articles, ${corpus.words} words, CPU ${list(ours.cpu)} ms, wall ${list(ours.wall)} ms`);
console.error(
  `compromise: ${sample.length} articles, ${sampleWords} words → ${baselineKb.actors.length} actors, ${baselineKb.quotes.length} quotes; ` +
    `CPU ${list(baseline.cpu)} ms, wall ${list(baseline.wall)} ms`,
);
console.error(`ratio per alternating pair: ${pairRatios.map((r) => r.toFixed(1)).join(' ')}`);

const perSecond = (words: number, ms: number[]) => words / (median(ms) / 1000);
const result: ThroughputResult = {
  articles: ARTICLES,
  words: corpus.words,
  runs: RUNS,
  ours,
  oursWordsPerSec: perSecond(corpus.words, ours.cpu),
  oursWallWordsPerSec: perSecond(corpus.words, ours.wall),
  baselineArticles: sample.length,
  baselineWords: sampleWords,
  baselineRuns: BASELINE_RUNS,
  baseline,
  baselineWordsPerSec: perSecond(sampleWords, baseline.cpu),
  baselineWallWordsPerSec: perSecond(sampleWords, baseline.wall),
  ratio: median(pairRatios),
  pairRatios,
};
emitResult(result);
