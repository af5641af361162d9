// Section 1: extraction words/s on the 1,000-article corpus, against compromise on the same articles, medians of timed runs.

import { generateCorpus } from '../corpus.ts';
import { emitResult } from '../result.ts';
import { median, timeRuns } from '../stats.ts';
import { compromisePipeline, extractKnowledgeBase } from './pipelines.ts';
import { countWords } from '../../src/articles/parse.ts';
import type { ThroughputResult } from '../results.ts';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** compromise runs at ~9k words/s, so it gets every 10th article of the same corpus (about 60k words a run). */
const BASELINE_STRIDE = 10;
const BASELINE_RUNS = 3;

const corpus = generateCorpus(ARTICLES);
const oursMs = timeRuns(() => extractKnowledgeBase(corpus.files), RUNS, 1);
const oursWordsPerSec = corpus.words / (median(oursMs) / 1000);
console.error(`extraction: ${ARTICLES} articles, ${corpus.words} words, runs ${oursMs.map((t) => t.toFixed(0)).join(' ')} ms`);

const sample = corpus.files.filter((_, i) => i % BASELINE_STRIDE === 0);
const sampleWords = sample.reduce((n, f) => n + countWords(new TextDecoder().decode(f.bytes)), 0);
compromisePipeline(sample.slice(0, 10)); // warm-up: compromise builds its lexicon on first use
const baselineMs = timeRuns(() => compromisePipeline(sample), BASELINE_RUNS, 0);
const baselineWordsPerSec = sampleWords / (median(baselineMs) / 1000);
console.error(`compromise: ${sample.length} articles, ${sampleWords} words, runs ${baselineMs.map((t) => t.toFixed(0)).join(' ')} ms`);

const result: ThroughputResult = {
  articles: ARTICLES,
  words: corpus.words,
  runs: RUNS,
  oursMs,
  oursWordsPerSec,
  baselineArticles: sample.length,
  baselineWords: sampleWords,
  baselineRuns: BASELINE_RUNS,
  baselineMs,
  baselineWordsPerSec,
  ratio: oursWordsPerSec / baselineWordsPerSec,
};
emitResult(result);
