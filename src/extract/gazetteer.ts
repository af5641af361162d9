// The lexicons compiled once into token-sequence lookups for places and institutions.
import { segment } from './01-segment.ts';
import { INSTITUTIONS_LIST } from './lexicon/institutions.ts';
import { PLACES } from './lexicon/places.ts';

export type GazetteerKind = 'organization' | 'place';

export interface GazetteerEntry {
  name: string;
  kind: GazetteerKind;
  /** For places: country, region or city. */
  type: 'country' | 'region' | 'city' | 'institution';
}

interface Phrase {
  tokens: string[];
  entry: GazetteerEntry;
}

const byFirstToken = new Map<string, Phrase[]>();
/** Demonym → the canonical place it belongs to ("Russian" → "Russia"). */
export const DEMONYMS = new Map<string, string>();

function tokensOf(phrase: string): string[] {
  return segment(phrase).tokens.map((t) => t.text);
}

function add(phrase: string, entry: GazetteerEntry): void {
  const tokens = tokensOf(phrase);
  const first = tokens[0];
  if (!first) return;
  const list = byFirstToken.get(first) ?? [];
  list.push({ tokens, entry });
  list.sort((a, b) => b.tokens.length - a.tokens.length);
  byFirstToken.set(first, list);
}

for (const p of PLACES) {
  const entry: GazetteerEntry = { name: p.name, kind: 'place', type: p.type };
  for (const form of [p.name, ...p.aliases]) add(form, entry);
  for (const d of p.demonyms) if (!DEMONYMS.has(d)) DEMONYMS.set(d, p.name);
}
for (const inst of INSTITUTIONS_LIST) {
  const entry: GazetteerEntry = { name: inst.name, kind: 'organization', type: 'institution' };
  for (const form of [inst.name, ...inst.aliases]) add(form, entry);
}

export interface GazetteerMatch {
  entry: GazetteerEntry;
  /** Number of tokens matched. */
  length: number;
}

function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/**
 * The longest lexicon phrase starting at token `i`, if any. An all-capitals word (a dateline such as
 * "WASHINGTON") also matches its ordinary spelling.
 */
export function matchGazetteer(words: ReadonlyArray<{ text: string }>, i: number): GazetteerMatch | null {
  const first = words[i]?.text;
  if (!first) return null;
  let candidates = byFirstToken.get(first);
  // an all-capitals dateline ("WASHINGTON", "NEW YORK") matches its ordinary spelling
  const shouted = !candidates && first.length >= 3 && first === first.toUpperCase() && /^\p{Lu}+$/u.test(first);
  if (shouted) candidates = byFirstToken.get(titleCase(first));
  if (!candidates) return null;
  for (const phrase of candidates) {
    if (shouted && phrase.tokens.length === 1 && first.length < 4) continue;
    let ok = true;
    for (let k = 1; k < phrase.tokens.length; k++) {
      const w = words[i + k]?.text;
      if (w !== phrase.tokens[k] && !(shouted && w !== undefined && titleCase(w) === phrase.tokens[k])) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry: phrase.entry, length: phrase.tokens.length };
  }
  return null;
}

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word);
}
