// Section 2: extraction time and knowledge-base size at 100, 1,000 and 10,000 articles; writes docs/extraction-growth.svg.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../corpus.ts';
import { emitResult } from '../result.ts';
import { cpuMsSince, median, timeRuns } from '../stats.ts';
import { growthSvg } from './growthSvg.ts';
import { extractKnowledgeBase } from './pipelines.ts';
import type { GrowthResult, GrowthRow } from '../results.ts';

/** Runs per size: the 10,000-article corpus takes minutes, so it is timed once; smaller ones give medians. */
const PLAN = (process.env.BENCH_GROWTH ?? '100:5,1000:3,10000:1').split(',').map((s) => s.split(':').map(Number) as [number, number]);

// warm-up: the extractor takes a few runs to reach its steady speed, so the smallest size is not timed while cold
const warmUp = generateCorpus(300).files;
for (let i = 0; i < 4; i++) extractKnowledgeBase(warmUp);

const rows: GrowthRow[] = [];
for (const [articles, runs] of PLAN) {
  const corpus = generateCorpus(articles);
  // the first run gives the KB whose size is reported; it is the only timed run when runs is 1 (the process is warm
  // by then), and one more warm-up otherwise
  const cpu = process.cpuUsage();
  const start = performance.now();
  let kb = extractKnowledgeBase(corpus.files);
  const first = { wall: [performance.now() - start], cpu: [cpuMsSince(cpu)] };
  const kbBytes = Buffer.byteLength(JSON.stringify(kb));
  const counts = { actors: kb.actors.length, quotes: kb.quotes.length };
  kb = null!; // let the collector have it before the timed runs
  const times = runs === 1 ? first : timeRuns(() => extractKnowledgeBase(corpus.files), runs, 0);
  const ms = median(times.cpu);
  const prev = rows.at(-1);
  rows.push({ articles, words: corpus.words, runs, ms, wallMs: median(times.wall), kbBytes, ...counts, perArticleRatio: prev ? ms / articles / (prev.ms / prev.articles) : null });
  const list = (xs: number[]) => xs.map((t) => t.toFixed(0)).join(' ');
  console.error(`growth: ${articles} articles, CPU ${list(times.cpu)} ms, wall ${list(times.wall)} ms, KB ${(kbBytes / 1e6).toFixed(1)} MB`);
}

const svgPath = join(import.meta.dirname, '../../docs/extraction-growth.svg');
writeFileSync(svgPath, growthSvg(rows));
const result: GrowthResult = { rows, svg: 'docs/extraction-growth.svg' };
emitResult(result);
