// What each section reports: the contract between the section scripts and the report (bench/report.ts).

import type { BundleSize } from './serve/bundle.ts';
import type { Runs } from './stats.ts';

/** One compromise baseline in the throughput section: what it builds, on which sample, and how fast. */
export interface BaselineThroughput {
  job: string;
  /** Its sample of the corpus (every nth article). */
  articles: number;
  words: number;
  runs: number;
  times: Runs;
  /** Words per CPU-second (median run); the wall-clock figure beside it. */
  wordsPerSec: number;
  wallWordsPerSec: number;
  /** Median over the alternating rounds of our CPU words/s over its CPU words/s. */
  ratio: number;
  /** Each round's ratio, in run order. */
  pairRatios: number[];
}

export interface ThroughputResult {
  articles: number;
  words: number;
  runs: number;
  ours: Runs;
  /** Words per CPU-second (median run); the wall-clock figure beside it. */
  oursWordsPerSec: number;
  oursWallWordsPerSec: number;
  /**
   * compromise doing the same job as ours (people, organisations, places, quotations, dates and figures, with the
   * compromise-dates plugin loaded): its ratio is the one the 20× target is checked against.
   */
  fullBaseline: BaselineThroughput;
  /** compromise's people, organisations, places and quotations only, without the plugin: reported beside it. */
  entityBaseline: BaselineThroughput;
}

export interface GrowthRow {
  articles: number;
  words: number;
  runs: number;
  /** Median CPU milliseconds, and wall milliseconds of the same runs. */
  ms: number;
  wallMs: number;
  kbBytes: number;
  actors: number;
  quotes: number;
  /** Per-article time divided by the previous row's per-article time: 1.0 is linear growth. */
  perArticleRatio: number | null;
}

export interface GrowthResult {
  rows: GrowthRow[];
  svg: string;
}

export interface SheetCost {
  id: string;
  quotes: number;
  mentions: number;
  markdownBytes: number;
  htmlBytes: number;
  /** Timed runs of each measure (they take turns). */
  runs: number;
  /**
   * Median CPU microseconds (single-threaded V8, a minor GC before each run). `render` is what a cache miss renders
   * (`actorSheetBody`/`topicSheetBody`: view model as a first build, fill, chart, our Marked, head and layout);
   * `request` is a whole cache-miss GET through the app on top of it (routing, middleware, bytes, ETag).
   */
  renderUs: number;
  markedAloneUs: number;
  /** Render over `marked` alone on the same markdown. */
  ratio: number;
  requestUs: number;
  /** The render's stages, each timed on its own. */
  viewUs: number;
  fillUs: number;
  chartUs: number;
  markdownUs: number;
  layoutUs: number;
  /** Wall-clock medians of the same runs, for comparison. */
  wall: { renderUs: number; markedAloneUs: number; ratio: number; requestUs: number };
}

export interface RenderResult {
  articles: number;
  actors: number;
  topics: number;
  indexMs: number;
  largestActor: SheetCost;
  largestTopic: SheetCost;
  sheets: number;
  /** Renders per sheet in the every-sheet pass (its median is compared with 2 ms). */
  sheetRuns: number;
  /** Sheets timed before the time budget ran out, largest first. */
  sheetsMeasured: number;
  /** Median CPU milliseconds of a render per sheet, slowest first. */
  slowest: Array<{ id: string; ms: number }>;
  p50Ms: number;
  over2ms: number;
}

export interface LoadSummary {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

export interface ServingResult {
  path: string;
  bodyBytes: number;
  tool: string;
  seconds: number;
  rounds: number;
  connections: number;
  firstRequestMs: number;
  sheet: LoadSummary;
  static: LoadSummary;
  ratio: number;
}

export interface StartupResult {
  outdir: string;
  size: BundleSize;
  runs: number;
  emptyReadyMs: number;
  emptyFirstMs: number;
  workerReadyMs: number;
  workerFirstMs: number;
  /** Median first response of the Worker minus that of an empty worker. */
  startupMs: number;
  readyDeltaMs: number;
  /** Cross-check: importing the bundle in a fresh Node process, minus an empty module. */
  nodeEvalMs: number;
}
