// Turns section results into the results table (markdown), printed at the end of the run and written into README.md.

import type { GrowthResult, RenderResult, ServingResult, StartupResult, ThroughputResult } from './results.ts';

export interface AllResults {
  date: string;
  cores: number;
  node: string;
  loadAverage: string;
  throughput: ThroughputResult | null;
  growth: GrowthResult | null;
  render: RenderResult | null;
  serving: ServingResult | null;
  startup: StartupResult | null;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? int(n) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const x = (n: number) => `${n.toFixed(2)}×`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Stage times are CPU milliseconds. */
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const met = (ok: boolean) => (ok ? 'yes' : '**no**');
const missing = (what: string) => `| ${what} | not measured (section failed) | | |`;

function throughputRows(t: ThroughputResult | null): string[] {
  if (!t) return [missing('Extraction throughput')];
  const pairs = (b: ThroughputResult['fullBaseline']) => `pairs ${Math.min(...b.pairRatios).toFixed(1)}–${Math.max(...b.pairRatios).toFixed(1)}×`;
  const f = t.fullBaseline;
  const e = t.entityBaseline;
  return [
    `| Extraction throughput, ${int(t.articles)} generated articles (${int(t.words)} words), one core, median of ${t.runs} (wall clock: ${int(t.oursWallWordsPerSec)}) | ${int(t.oursWordsPerSec)} words per CPU-second | ≥ 200,000 | ${met(t.oursWordsPerSec >= 200_000)} |`,
    `| … against compromise doing the same job: entities, quotes, dates and figures, with compromise-dates (${f.articles} of the same articles, median of ${f.runs}: ${int(f.wordsPerSec)} words per CPU-second; runs alternate, ratio is the median round, ${pairs(f)}) | ${x(f.ratio)} | ≥ 20× | ${met(f.ratio >= 20)} |`,
    `| … against compromise finding entities and quotes only, without the plugin (${e.articles} of the same articles, median of ${e.runs}: ${int(e.wordsPerSec)} words per CPU-second, ${pairs(e)}) | ${x(e.ratio)} | (reference) | |`,
  ];
}

function growthRows(g: GrowthResult | null): string[] {
  if (!g) return [missing('Extraction growth')];
  const ratios = g.rows.slice(1).map((r) => x(r.perArticleRatio!)).join(', ');
  const worst = Math.max(...g.rows.slice(1).map((r) => r.perArticleRatio!));
  return [
    `| Extraction growth ${g.rows.map((r) => int(r.articles)).join(' → ')} articles: time per article, each size over the previous | ${ratios} | about 1× (linear) | ${met(worst <= 1.3)} |`,
  ];
}

function renderRows(r: RenderResult | null): string[] {
  if (!r) return [missing('Render cost')];
  const row = (label: string, s: RenderResult['largestActor']) =>
    `| Render largest ${label} \`${s.id}\` (${int(s.quotes)} quotes, ${int(s.mentions)} ${label === 'topic' ? 'sentences' : 'mentions'}), cache miss, median of ${s.runs}: ${ms(s.renderUs / 1000)} ms; \`marked\` alone on its markdown ${ms(s.markedAloneUs / 1000)} ms (whole request with routing and ETag: ${ms(s.requestUs / 1000)} ms) | ${x(s.ratio)} marked alone | ≤ 1.5×, < 2 ms | ${met(s.ratio <= 1.5 && s.renderUs < 2000)} |`;
  return [
    row('actor', r.largestActor),
    row('topic', r.largestTopic),
    `| Every sheet of the ${int(r.articles)}-article KB (${r.sheetsMeasured === r.sheets ? `${int(r.sheets)} sheets` : `the ${int(r.sheetsMeasured)} largest of ${int(r.sheets)} sheets within the time budget`}), cache-miss render, median of ${r.sheetRuns} each | ${int(r.over2ms)} over 2 ms; slowest ${ms(r.slowest[0]?.ms ?? 0)} ms; median sheet ${ms(r.p50Ms)} ms | all < 2 ms | ${met(r.over2ms === 0)} |`,
  ];
}

function servingRows(s: ServingResult | null): string[] {
  if (!s) return [missing('Serving')];
  return [
    `| Serving \`${s.path}\` (built Worker, workerd via Miniflare direct socket, ${s.tool} ${s.connections} connections, ${s.rounds}×${s.seconds} s) | ${int(s.sheet.rps)} req/s, p50 ${ms(s.sheet.p50Ms)} ms, p99 ${ms(s.sheet.p99Ms)} ms | | |`,
    `| … against a static worker returning the same response (${int(s.static.rps)} req/s, p50 ${ms(s.static.p50Ms)} ms, p99 ${ms(s.static.p99Ms)} ms) | ${x(s.ratio)} | ≥ 0.7× | ${met(s.ratio >= 0.7)} |`,
  ];
}

function startupRows(s: StartupResult | null): string[] {
  if (!s) return [missing('Bundle and startup')];
  const z = s.size;
  const share = (100 * z.dataRawBytes) / z.rawBytes;
  return [
    `| Worker bundle: total ${kib(z.rawBytes)} raw, ${kib(z.gzipBytes)} gzip; embedded KB ${kib(z.dataRawBytes)} raw (${share.toFixed(0)} %), ${kib(z.dataGzipBytes)} gzip; templates ${kib(z.templatesGzipBytes)} gzip | code ${kib(z.codeRawBytes)} raw, ${kib(z.codeGzipBytes)} gzip | code gzip < 1 MiB | ${met(z.codeGzipBytes < 1024 * 1024)} |`,
    `| … largest parts of the bundle (raw): ${z.largestParts.map((p) => `${p.part} ${kib(p.rawBytes)}`).join(', ')} | | | |`,
    `| Startup: first response minus an empty worker's, workerd via Miniflare, median of ${s.runs} (Node import cross-check ${ms(s.nodeEvalMs)} ms) | ${ms(s.startupMs)} ms | < 100 ms | ${met(s.startupMs < 100)} |`,
  ];
}

export function resultsTable(all: AllResults): string {
  return [
    `Measured ${all.date} on ${all.cores} cores (nproc), Node ${all.node}, load average ${all.loadAverage} at start. Medians throughout; extraction and render quote CPU time of single-threaded V8.`,
    '',
    '| Measure | Result | Target | Met |',
    '|---|---|---|---|',
    ...throughputRows(all.throughput),
    ...growthRows(all.growth),
    ...renderRows(all.render),
    ...servingRows(all.serving),
    ...startupRows(all.startup),
  ].join('\n');
}

export function growthTable(g: GrowthResult | null): string {
  if (!g) return '';
  return [
    '| Articles | Words | Extraction CPU time | Wall time | Per article | × previous | KB (JSON) | KB per article | Actors | Quotes |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...g.rows.map((r) =>
      `| ${int(r.articles)} | ${int(r.words)} | ${ms(r.ms / 1000)} s${r.runs > 1 ? ` (median of ${r.runs})` : ' (1 run)'} | ${ms(r.wallMs / 1000)} s | ${ms(r.ms / r.articles)} ms | ${r.perArticleRatio === null ? '' : x(r.perArticleRatio)} | ${mb(r.kbBytes)} | ${kib(r.kbBytes / r.articles)} | ${int(r.actors)} | ${int(r.quotes)} |`),
  ].join('\n');
}

/** Where a sheet's render time goes: the stages of a cache-miss render, the markdown floor, and the whole request. */
export function renderTable(r: RenderResult | null): string {
  if (!r) return '';
  const row = (kind: string, c: RenderResult['largestActor']) =>
    `| ${kind} \`${c.id}\` | ${ms(c.viewUs / 1000)} | ${ms(c.fillUs / 1000)} | ${ms(c.chartUs / 1000)} | ${ms(c.markdownUs / 1000)} | ${ms(c.layoutUs / 1000)} | **${ms(c.renderUs / 1000)}** | ${ms(c.markedAloneUs / 1000)} | ${x(c.ratio)} | ${ms(c.requestUs / 1000)} | ${kib(c.markdownBytes)} → ${kib(c.htmlBytes)} |`;
  return [
    '| Sheet | View model (first build) | Mustache fill | Chart SVG | Our Marked | Head and layout | Render (cache miss) | `marked` alone | Ratio | Whole request (routing, ETag) | Markdown → HTML page |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('actor', r.largestActor),
    row('topic', r.largestTopic),
  ].join('\n');
}
