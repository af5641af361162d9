// Keys that order and find stored facts, used on the read path (so it loads no extraction code).

import { slugify } from '../articles/ids';

/** Newest-first windows read an index: the date (undated sorts oldest), then the title. */
export function sortKey(date: string | null, title: string | null): string {
  return `${date ?? '0000-00-00'} ${title ?? ''}`;
}

/** Corroboration counts distinct outlets; an article with no known outlet counts as its own. */
export function outletKey(source: string | null, articleId: string): string {
  return source?.toLowerCase() ?? `article:${articleId}`;
}

/** First three letters of each word: enough to find "vladmir-putin" from "putin". */
export function searchPrefixes(...names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) for (const word of slugify(name).split('-')) if (word) out.add(word.slice(0, 3));
  return [...out];
}
