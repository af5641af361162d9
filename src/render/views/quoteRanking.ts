// Orders quote records before any view is built, so a sheet only builds views for the quotes it shows.

import type { Quote } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { RankedList } from './ranked';

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

/** A quote with what it is ranked by; its first report's date is read only if a comparison gets that far. */
export class RankedQuote {
  readonly corroboration: number;
  readonly kind: number;
  private firstDate: string | undefined;

  constructor(
    private readonly index: KbIndex,
    readonly quote: Quote,
  ) {
    this.corroboration = quote.corroboration;
    this.kind = KIND_ORDER[quote.kind];
  }

  /** First reported, or '9999' when undated (undated last). */
  get date(): string {
    this.firstDate ??= firstReported(this.index, this.quote) ?? '9999';
    return this.firstDate;
  }
}

export function rankedQuote(index: KbIndex, quote: Quote): RankedQuote {
  return new RankedQuote(index, quote);
}

/** Best-backed first: more outlets, then direct before partial, then earliest report, then knowledge-base order. */
export function compareRankedQuotes(a: RankedQuote, b: RankedQuote): number {
  const byBacking = b.corroboration - a.corroboration || a.kind - b.kind;
  if (byBacking) return byBacking;
  const [x, y] = [a.date, b.date];
  return x < y ? -1 : x > y ? 1 : 0;
}

export function rankedQuotes(entries: readonly RankedQuote[]): RankedList<RankedQuote> {
  return new RankedList(entries, compareRankedQuotes);
}

/** Every quote, best-backed first; a new array. */
export function rankQuotes(index: KbIndex, quotes: Quote[]): Quote[] {
  return rankedQuotes(quotes.map((quote) => rankedQuote(index, quote))).all().map((entry) => entry.quote);
}
