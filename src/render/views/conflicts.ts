// Conflicting reports, side by side: the same words attributed to different people, and figures that disagree.

import type { Quote, Span } from '../../kb/types';
import { findFigures } from '../facts/figures';
import { groupFigureReports, type FigureReading } from '../facts/figureGroups';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl } from '../urls';
import { citationOf, outletKeyOf, outletOf, plural } from './shared';

export interface CitationView {
  citation: string;
  evidenceUrl: string;
}

/** One side of a disputed attribution: who the words are given to, and by which outlets. */
export interface AttributionColumn {
  speakerName: string;
  speakerPageUrl: string | null;
  reports: CitationView[];
}

export interface QuoteConflictView {
  text: string;
  /** This sheet's attribution first, then the rivals (at most COLUMNS in all; `moreColumns` counts the rest). */
  columns: AttributionColumn[];
  moreColumns: number;
}

const COLUMNS = 4;

export interface FigureView {
  phrase: string;
  counts: string;
  outlets: number;
  outletsLabel: string;
  reports: CitationView[];
}

export interface FigureConflictView {
  counts: string;
  /** "troops", "battalion tactical groups": for "disagree on the number of …". */
  countsPlural: string;
  readings: FigureView[];
}

export interface FigureFactsView {
  figures: FigureView[];
  conflicts: FigureConflictView[];
}

const REPORTS_PER_CELL = 5;

function citation(index: KbIndex, span: Span): CitationView {
  const article = index.articles.get(span.article);
  return { citation: citationOf(outletOf(article), article?.date ?? null), evidenceUrl: evidenceUrl(span) };
}

function column(index: KbIndex, quote: Quote): AttributionColumn {
  const speaker = quote.speaker ? index.actors.get(quote.speaker) : undefined;
  return {
    speakerName: speaker?.name ?? quote.speakerLabel ?? 'unnamed speaker',
    speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
    reports: quote.sources.slice(0, REPORTS_PER_CELL).map((source) => citation(index, source)),
  };
}

/** Quotes whose words other outlets give to someone else. */
export function disputedQuotes(quotes: Quote[]): Quote[] {
  return quotes.filter((quote) => quote.conflict && quote.conflictsWith.length > 0);
}

/** A disputed quote with its rival attributions, side by side. */
export function quoteConflict(index: KbIndex, quote: Quote): QuoteConflictView {
  const rivals = quote.conflictsWith.flatMap((id) => index.quotes.get(id) ?? []);
  return {
    text: quote.text,
    columns: [quote, ...rivals].slice(0, COLUMNS).map((q) => column(index, q)),
    moreColumns: Math.max(0, rivals.length + 1 - COLUMNS),
  };
}

/** A plain English plural of a singular noun phrase's last word. */
export function pluralNoun(phrase: string): string {
  if (/(?:s|x|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}

function figureView(index: KbIndex, reading: FigureReading<Span>): FigureView {
  return {
    phrase: reading.phrase,
    counts: reading.counts,
    outlets: reading.outlets,
    outletsLabel: plural(reading.outlets, 'outlet'),
    reports: reading.reports.slice(0, REPORTS_PER_CELL).map((report) => citation(index, report.evidence)),
  };
}

/** How much text a sheet reads for figures on one render; the rest waits for figures in the knowledge base. */
const FIGURE_TEXT_BUDGET = 25_000;

/** Figures read from the given spans (quotes, sentences), grouped across outlets. */
export function figureFacts(index: KbIndex, spans: Iterable<Span>, limit: number): FigureFactsView {
  const reports = [];
  let budget = FIGURE_TEXT_BUDGET;
  for (const span of spans) {
    const article = index.articles.get(span.article);
    if (!article || budget <= 0) continue;
    const text = article.text.slice(span.start, span.end);
    budget -= text.length;
    for (const figure of findFigures(text)) {
      const evidence = { article: span.article, start: span.start + figure.start, end: span.start + figure.end };
      reports.push({ figure, outletKey: outletKeyOf(article, span.article), evidence });
    }
  }
  const { readings, conflicts } = groupFigureReports(reports);
  return {
    figures: readings.slice(0, limit).map((r) => figureView(index, r)),
    conflicts: conflicts.map((c) => ({ counts: c.counts, countsPlural: pluralNoun(c.counts), readings: c.readings.map((r) => figureView(index, r)) })),
  };
}
