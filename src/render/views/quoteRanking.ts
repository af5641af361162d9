// Orders quote records before any view is built, so a sheet only builds views for the quotes it shows.

import type { Quote } from '../../kb/types';
import type { KbIndex } from '../kbIndex';

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

/** Best-backed first: more outlets, then direct before partial, then earliest report; a new array. */
export function rankQuotes(index: KbIndex, quotes: Quote[]): Quote[] {
  const dates = new Map(quotes.map((quote) => [quote.id, firstReported(index, quote) ?? '9999']));
  return [...quotes].sort(
    (a, b) =>
      b.corroboration - a.corroboration ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      dates.get(a.id)!.localeCompare(dates.get(b.id)!),
  );
}
