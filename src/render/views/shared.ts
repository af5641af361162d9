// View-model pieces shared by every sheet: article references, evidence links, quote cards, capped lists.

import type { ActorKind, Article, Quote, Span } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, externalHttpUrl, sourceUrl } from '../urls';
import type { ArticleSet } from '../articleSet';
import { firstReported } from './quoteRanking';
import type { OrderedList } from './ranked';

/** An article as a sheet cites it. */
export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
  outlet: string;
  /** "Bloomberg, 2021-12-23" */
  citation: string;
  sourceUrl: string;
}

/** One place in one article that backs a fact. */
export interface EvidenceRef {
  article: string;
  start: number;
  end: number;
  outlet: string;
  date: string | null;
  citation: string;
  evidenceUrl: string;
}

export interface QuoteSourceView extends EvidenceRef {
  articleTitle: string;
  /** The article's own http(s) address, when the build knows it. */
  originalUrl: string | null;
  /** This outlet's wording when it differs from the quote's canonical text, else null. */
  wording: string | null;
}

/** Another quote holding the same words under a different speaker. */
export interface ConflictingAttributionView {
  quoteId: string;
  speakerName: string;
  /** The speaker's page, or the evidence when the speaker is unnamed. */
  linkUrl: string;
}

export interface QuoteView {
  id: string;
  text: string;
  kind: Quote['kind'];
  speakerId: string | null;
  speakerName: string;
  speakerPageUrl: string | null;
  corroboration: number;
  corroborationLabel: string;
  conflict: boolean;
  /** The first few other speakers given these words; `moreAttributions` counts the rest. */
  alsoAttributedTo: ConflictingAttributionView[];
  moreAttributions: number;
  firstDate: string | null;
  /** The first few outlets' reports; `moreSources` counts the rest. */
  sources: QuoteSourceView[];
  sourceCount: number;
  moreSources: number;
}

/** A quote card lists this many outlets' reports; the corroboration chip still counts them all. */
export const QUOTE_SOURCE_LIMIT = 2;
/** A quote card names this many other speakers the words are given to. */
export const ATTRIBUTION_LIMIT = 3;

export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
};

/** A list cut to what a page shows; the JSON variant always carries everything. */
export interface Capped<T> {
  items: T[];
  total: number;
  /** How many were left off the page (0 when none: mustache then skips the "more" line). */
  hidden: number;
}

export const SECTION_LIMIT = 50;

export function capList<T>(items: T[], limit = SECTION_LIMIT): Capped<T> {
  return { items: items.slice(0, limit), total: items.length, hidden: Math.max(0, items.length - limit) };
}

/** "1 article", "3 articles". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function citationOf(outlet: string, date: string | null): string {
  return `${outlet}, ${date ?? 'undated'}`;
}

export function outletOf(article: Article | undefined): string {
  return article?.source ?? 'unknown outlet';
}

/** What counts as one source: the outlet, or the article itself when its outlet is unknown. */
export function outletKeyOf(article: Article | undefined, articleId: string): string {
  return article?.source ?? `article:${articleId}`;
}

/** The article's title, or an honest placeholder naming its file when the build found none. */
export function titleOf(article: Article | undefined): string {
  const title = article?.title?.trim();
  if (title) return title;
  const file = article?.file.slice(article.file.lastIndexOf('/') + 1);
  return file ? `Untitled article (${file})` : 'Untitled article';
}

/** Chronological, undated last, then by title, so lists are stable across builds. */
export function compareArticles(a: ArticleRef, b: ArticleRef): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}

export function articleRef(index: KbIndex, articleId: string): ArticleRef {
  const article = index.articles.get(articleId);
  return {
    id: articleId,
    title: titleOf(article),
    date: article?.date ?? null,
    outlet: outletOf(article),
    citation: citationOf(outletOf(article), article?.date ?? null),
    sourceUrl: sourceUrl(articleId),
  };
}

export function articleRefs(index: KbIndex, articleIds: Iterable<string>): ArticleRef[] {
  return [...new Set(articleIds)].map((id) => articleRef(index, id)).sort(compareArticles);
}

/** Article ids in `compareArticles` order (oldest first): the lowest ranks of the set, so nothing is sorted. */
export function articleList(index: KbIndex, set: ArticleSet): OrderedList<string> {
  const ids = (limit?: number) => set.ranks(limit).map((rank) => index.articlesInOrder[rank]!.id);
  return { total: set.size, head: (k) => ids(k), all: () => ids() };
}

export function evidenceRef(index: KbIndex, span: Span): EvidenceRef {
  const article = index.articles.get(span.article);
  return {
    article: span.article,
    start: span.start,
    end: span.end,
    outlet: outletOf(article),
    date: article?.date ?? null,
    citation: citationOf(outletOf(article), article?.date ?? null),
    evidenceUrl: evidenceUrl(span),
  };
}

/** Whitespace the collapse would change: anything but a single space. */
const NOT_A_SINGLE_SPACE = /[^\S ]| {2}/;

/** The text a span points at, whitespace-collapsed for display; '' when the span is out of range. */
export function spanText(index: KbIndex, span: Span): string {
  const text = (index.articles.get(span.article)?.text ?? '').slice(span.start, span.end);
  return (NOT_A_SINGLE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

function normalisedWords(text: string): string {
  return text.replace(/[\s\u201c\u201d"]+/g, ' ').trim().toLowerCase();
}

function speakerNameOf(index: KbIndex, quote: Quote): string {
  const speaker = quote.speaker ? index.actors.get(quote.speaker) : undefined;
  return speaker?.name ?? quote.speakerLabel ?? 'unnamed speaker';
}

/** The other speakers given the quote's words: the first ATTRIBUTION_LIMIT as views, the rest counted. */
function conflictingAttributions(index: KbIndex, quote: Quote): { shown: ConflictingAttributionView[]; more: number } {
  const shown: ConflictingAttributionView[] = [];
  let more = 0;
  for (const id of quote.conflictsWith ?? []) {
    const other = index.quotes.get(id);
    if (!other) continue;
    const firstSource = other.sources[0];
    if (!(other.speaker && index.actors.has(other.speaker)) && !firstSource) continue;
    if (shown.length === ATTRIBUTION_LIMIT) {
      more++;
      continue;
    }
    const linkUrl = other.speaker && index.actors.has(other.speaker) ? actorUrl(other.speaker) : evidenceUrl(firstSource!);
    shown.push({ quoteId: id, speakerName: speakerNameOf(index, other), linkUrl });
  }
  return { shown, more };
}

export function quoteView(index: KbIndex, quote: Quote): QuoteView {
  const speaker = quote.speaker ? index.actors.get(quote.speaker) : undefined;
  let quoteWords: string | null = null;
  const sources = quote.sources.slice(0, QUOTE_SOURCE_LIMIT).map((source): QuoteSourceView => {
    const wording = spanText(index, source);
    const article = index.articles.get(source.article);
    const outlet = outletOf(article);
    const date = source.date ?? article?.date ?? null;
    // the fields in the order evidenceRef gives them, then the report's own
    return {
      article: source.article,
      start: source.start,
      end: source.end,
      outlet,
      date,
      citation: citationOf(outlet, date),
      evidenceUrl: evidenceUrl(source),
      articleTitle: titleOf(article),
      originalUrl: externalHttpUrl(article?.url ?? null),
      wording: wording && wording !== quote.text && normalisedWords(wording) !== (quoteWords ??= normalisedWords(quote.text)) ? wording : null,
    };
  });
  const attributions = conflictingAttributions(index, quote);
  return {
    id: quote.id,
    text: quote.text,
    kind: quote.kind,
    speakerId: speaker?.id ?? null,
    speakerName: speakerNameOf(index, quote),
    speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
    corroboration: quote.corroboration,
    corroborationLabel: plural(quote.corroboration, 'outlet'),
    conflict: quote.conflict,
    alsoAttributedTo: attributions.shown,
    moreAttributions: attributions.more,
    firstDate: firstReported(index, quote),
    sources,
    sourceCount: quote.sources.length,
    moreSources: Math.max(0, quote.sources.length - QUOTE_SOURCE_LIMIT),
  };
}
