// Quotes in rank order: the lists the knowledge base ranked at build time (src/kb/sheetFacts.ts), read as far as a page
// needs, and the same order for any other set of quotes (search results).

import { quoteOrder as kbQuoteOrder } from '../../kb/sheetFacts';
import type { Quote } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { RankedList, type Compare, type OrderedList } from './ranked';

/** Earliest date any outlet reported the quote (its own date, else its article's). */
export function firstReported(index: KbIndex, quote: Quote): string | null {
  return index.firstReported(quote);
}

/** Best-backed first: more outlets, then direct before partial, then earliest report (undated last). */
export function quoteOrder(index: KbIndex): Compare<Quote> {
  return kbQuoteOrder((quote) => index.firstReported(quote));
}

/** Quotes already ranked (ids from the sheet facts): a page's head costs what it shows. */
export function rankedQuoteIds(index: KbIndex, ids: readonly string[]): OrderedList<Quote> {
  const quotes = (limit: number): Quote[] => {
    const out: Quote[] = [];
    for (const id of ids) {
      if (out.length >= limit) break;
      const quote = index.quotes.get(id);
      if (quote) out.push(quote);
    }
    return out;
  };
  return { total: ids.length, head: (k) => quotes(k), all: () => quotes(Infinity) };
}

export function rankedQuotes(index: KbIndex, quotes: readonly Quote[]): RankedList<Quote> {
  return new RankedList(quotes, quoteOrder(index));
}

/** Every quote, best-backed first; a new array. */
export function rankQuotes(index: KbIndex, quotes: Quote[]): Quote[] {
  return [...rankedQuotes(index, quotes).all()];
}
