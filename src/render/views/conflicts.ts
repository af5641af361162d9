// Conflicting reports, side by side: the same words attributed to different people, and figures that disagree.

import type { Quote, Span } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl } from '../urls';
import { citationOf, outletOf } from './shared';

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

const COLUMNS = 3;

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

const REPORTS_PER_CELL = 2;

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

/** A disputed quote with its rival attributions, side by side. */
export function quoteConflict(index: KbIndex, quote: Quote): QuoteConflictView {
  const shown = [quote];
  let more = 0;
  for (const id of quote.conflictsWith) {
    const rival = index.quotes.get(id);
    if (!rival) continue;
    if (shown.length < COLUMNS) shown.push(rival);
    else more++;
  }
  return { text: quote.text, columns: shown.map((q) => column(index, q)), moreColumns: more };
}

/** A plain English plural of a singular noun phrase's last word. */
export function pluralNoun(phrase: string): string {
  if (/(?:s|x|ch|sh)$/.test(phrase)) return `${phrase}es`;
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  return `${phrase}s`;
}
