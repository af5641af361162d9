// Orders quotes before any view is built, so a sheet only builds views for the quotes it shows.

import type { Quote } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { RankedList, type Compare } from './ranked';

/** Whole sentences before fragments: a one-word partial quote is rarely the key one. */
const KIND_ORDER: Record<Quote['kind'], number> = { direct: 0, partial: 1, indirect: 2 };

/** Earliest date any outlet reported the quote (its own date, else its article's). */
export function firstReported(index: KbIndex, quote: Quote): string | null {
  let first: string | null = null;
  for (const source of quote.sources) {
    const date = source.date ?? index.articles.get(source.article)?.date ?? null;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/**
 * Best-backed first: more outlets, then direct before partial, then earliest report (undated last); a stable sort keeps
 * knowledge-base order among equals. The first report's date is read only when the first two keys tie, and kept.
 */
export function quoteOrder(index: KbIndex): Compare<Quote> {
  const dates = index.memo('quote-first-reported', () => new Map<Quote, string>());
  const dateOf = (quote: Quote): string => {
    let date = dates.get(quote);
    if (date === undefined) dates.set(quote, (date = firstReported(index, quote) ?? '9999'));
    return date;
  };
  return (a, b) => {
    const byBacking = b.corroboration - a.corroboration || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (byBacking) return byBacking;
    const x = dateOf(a);
    const y = dateOf(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

export function rankedQuotes(index: KbIndex, quotes: readonly Quote[]): RankedList<Quote> {
  return new RankedList(quotes, quoteOrder(index));
}

/** Every quote, best-backed first; a new array. */
export function rankQuotes(index: KbIndex, quotes: Quote[]): Quote[] {
  return [...rankedQuotes(index, quotes).all()];
}
