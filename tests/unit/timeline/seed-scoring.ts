// Scores the timeline extractors against hand-made gold (seeds_timeline.json): dates by phrase + resolved,
// figures by value + counts. Optional gold items neither reward nor penalise.
import { extractDates } from '../../../src/extract/timeline/dates/index.ts';
import { extractFigures } from '../../../src/extract/timeline/figures/index.ts';
import type { DateMention, FigureMention, ResolvedDate } from '../../../src/extract/timeline/types.ts';

interface GoldItem {
  phrase: string;
  offset: number;
}
interface GoldDate extends GoldItem {
  resolved: ResolvedDate | null;
}
interface GoldFigure extends GoldItem {
  value: number;
  counts: string | null;
}
export interface GoldArticle {
  file: string;
  article_date: string | null;
  dates: GoldDate[];
  dates_optional?: GoldDate[];
  figures: GoldFigure[];
  figures_optional?: GoldFigure[];
}
export interface GoldFile {
  articles: GoldArticle[];
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
  falsePositives: string[];
}

/** The ` date YYYY-MM-DD` stamp some article files open with: its date, and where the prose starts. */
const DATE_STAMP = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
export function readStamp(text: string): { date: string | null; bodyStart: number } {
  const m = DATE_STAMP.exec(text);
  return m ? { date: m[1]!, bodyStart: m[0].length } : { date: null, bodyStart: 0 };
}

const sameResolved = (a: ResolvedDate | null, b: ResolvedDate | null): boolean => JSON.stringify(a) === JSON.stringify(b);
const overlaps = (aStart: number, aEnd: number, b: GoldItem): boolean => aStart < b.offset + b.phrase.length && b.offset < aEnd;

function tally(
  predictions: Array<{ start: number; end: number; label: string }>,
  gold: GoldItem[],
  optional: GoldItem[],
  matches: (predIndex: number, g: GoldItem) => boolean,
  score: Score,
): void {
  const used = new Set<GoldItem>();
  predictions.forEach((p, i) => {
    const hit = gold.find((g) => !used.has(g) && matches(i, g));
    if (hit) {
      used.add(hit);
      score.truePositives++;
      score.predicted++;
      return;
    }
    if (optional.some((g) => overlaps(p.start, p.end, g))) return;
    score.predicted++;
    score.falsePositives.push(p.label);
  });
  score.gold += gold.length;
  for (const g of gold) if (!used.has(g)) score.misses.push(`${g.offset} ${JSON.stringify(g.phrase)}`);
}

function finish(score: Score): Score {
  score.precision = score.predicted ? score.truePositives / score.predicted : 1;
  score.recall = score.gold ? score.truePositives / score.gold : 1;
  score.f1 = score.precision + score.recall ? (2 * score.precision * score.recall) / (score.precision + score.recall) : 0;
  return score;
}

const emptyScore = (): Score => ({
  truePositives: 0, predicted: 0, gold: 0, precision: 0, recall: 0, f1: 0, misses: [], falsePositives: [],
});

/** A date or figure some extractor found, with offsets into the whole article file. */
export interface DatePrediction {
  phrase: string;
  start: number;
  end: number;
  resolved: ResolvedDate | null;
}
export interface FigurePrediction {
  phrase: string;
  start: number;
  end: number;
  value: number;
  counts: string | null;
}
export interface TimelinePredictions {
  dates: DatePrediction[];
  figures: FigurePrediction[];
}

/** Scores any extractor's dates and figures against the gold, article by article; `predict` gives what it found in one. */
export function scoreTimeline(gold: GoldFile, predict: (article: GoldArticle) => TimelinePredictions): { dates: Score; figures: Score } {
  const dates = emptyScore();
  const figures = emptyScore();
  for (const article of gold.articles) {
    const { dates: found, figures: figs } = predict(article);
    tally(
      found.map((d) => ({ start: d.start, end: d.end, label: `${article.file} ${d.start} ${JSON.stringify(d.phrase)} ${JSON.stringify(d.resolved)}` })),
      article.dates,
      article.dates_optional ?? [],
      (i, g) => found[i]!.start === g.offset && found[i]!.phrase === g.phrase && sameResolved(found[i]!.resolved, (g as GoldDate).resolved),
      dates,
    );
    tally(
      figs.map((f) => ({ start: f.start, end: f.end, label: `${article.file} ${f.start} ${JSON.stringify(f.phrase)} ${f.value} ${f.counts}` })),
      article.figures,
      article.figures_optional ?? [],
      (i, g) => overlaps(figs[i]!.start, figs[i]!.end, g) && figs[i]!.value === (g as GoldFigure).value && figs[i]!.counts === (g as GoldFigure).counts,
      figures,
    );
  }
  return { dates: finish(dates), figures: finish(figures) };
}

/** Runs both of our extractors over every gold article; `texts` maps file name to the whole file. */
export function scoreSeeds(gold: GoldFile, texts: Record<string, string>): { dates: Score; figures: Score } {
  return scoreTimeline(gold, (article) => {
    const text = texts[article.file];
    if (text === undefined) throw new Error(`no text for ${article.file}`);
    const stamp = readStamp(text);
    const dates: DateMention[] = extractDates(text, stamp.date, { bodyStart: stamp.bodyStart });
    const figures: FigureMention[] = extractFigures(text.slice(0)).filter((f) => f.start >= stamp.bodyStart);
    return { dates, figures };
  });
}
