// The keys D1 matches facts by, computed the same way by the bulk loader and by ingest (write path only: they use
// the extraction code's name folding, surname sounds and quote words).

import { shortHash } from '../articles/ids';
import { foldName, nameParts } from '../extract/05-people';
import { personBlockKeys } from '../extract/09-identity';
import { wordsOf } from '../extract/10-corroboration';
import type { ActorKind, QuoteKind } from '../kb/types';

/** Quotes this short match only word for word (the rule in extract/10-corroboration.ts). */
export const SHORT_QUOTE_WORDS = 4;
const SHINGLE = 3;

/** Organisations and places are one actor per lexicon name; people are matched by samePerson instead. */
export function nameKey(kind: ActorKind, name: string): string {
  return `${kind}:${kind === 'person' ? foldName(name) : name}`;
}

export function titleKey(title: string): string {
  return foldName(title);
}

/** Block keys of every full name an actor is known by. */
export function personKeys(names: string[]): string[] {
  return [...new Set(names.filter((n) => nameParts(n).length >= 2).flatMap((n) => personBlockKeys(n)))].filter(Boolean);
}

/** Long quotes are found again by their hashed three-word shingles; indirect speech is never merged. */
export function quoteShingles(text: string, kind: QuoteKind): string[] {
  const words = wordsOf(text);
  if (kind === 'indirect' || words.length < SHORT_QUOTE_WORDS) return [];
  const out = new Set<string>();
  for (let k = 0; k + SHINGLE <= words.length; k++) out.add(shortHash(words.slice(k, k + SHINGLE).join(' ')));
  return [...out];
}

/** Short quotes match by speaker and exact words (`null|…` when the speaker is unknown, as in groupQuotes). */
export function quoteMatchKey(text: string, kind: QuoteKind, speaker: string | null): string | null {
  const words = wordsOf(text);
  if (kind === 'indirect' || words.length >= SHORT_QUOTE_WORDS) return null;
  return `${speaker}|${words.join(' ')}`;
}
