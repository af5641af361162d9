// Reads what a figure counts: the noun phrase after the number, stepping over quote marks,
// "so-called", proper adjectives ("Russian") and empty modifiers ("additional").
import { IRREGULAR_PLURALS, NOUN_STOPS, SKIPPED_MODIFIERS } from '../lexicon/numbers.ts';
import { FUTURE_WORDS, PAST_WORDS, PRESENT_WORDS } from '../lexicon/tense.ts';

export interface NounRead {
  /** Lower-case words, the head last and singular. */
  words: string[];
  /** The head was plural ("troops") rather than singular ("call"). */
  plural: boolean;
  end: number;
}

const MAX_WORDS = 4;
const MAX_SKIPS = 4;
const QUOTES = '“”"‘’\'«»';
// One token at a time: an acronym with dots ("U.S."), a word (with inner hyphens/apostrophes), or one other character.
const TOKEN = /[ \t]*(?:(\p{Lu}(?:\.\p{Lu})+\.?)|(\p{L}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)|(\S))/uy;

function looksLikeVerb(w: string): boolean {
  return PAST_WORDS.has(w) || PRESENT_WORDS.has(w) || FUTURE_WORDS.has(w) || (w.length >= 5 && w.endsWith('ed'));
}

export function isPluralWord(w: string): boolean {
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w] !== w || ['personnel', 'police', 'staff', 'cattle', 'aircraft'].includes(w);
  return w.length >= 3 && w.endsWith('s') && !/(?:ss|us|is|'s|’s)$/.test(w);
}

export function singular(w: string): string {
  if (w in IRREGULAR_PLURALS) return IRREGULAR_PLURALS[w]!;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss|[^aeiou]us)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The noun phrase starting at `at`. With `needPlural`, the phrase must end in a plural head within
 * a few words (the run stops at it); otherwise it takes the lower-case words up to the first stop.
 */
export function readNoun(text: string, at: number, needPlural: boolean): NounRead | null {
  const words: string[] = [];
  let pos = at;
  let end = at;
  let skips = 0;
  let openQuote = false;
  while (words.length < MAX_WORDS && skips <= MAX_SKIPS) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(text);
    if (!m) break;
    const next = pos + m[0].length;
    const other = m[3];
    if (other !== undefined) {
      if (!QUOTES.includes(other) || words.length) break;
      openQuote = true;
      skips++;
      pos = next;
      continue;
    }
    const word = (m[1] ?? m[2])!;
    const lower = word.toLowerCase();
    const hasCapital = word !== lower;
    const adverb = lower.length > 4 && lower.endsWith('ly');
    if (!words.length && (hasCapital || adverb || SKIPPED_MODIFIERS.has(lower))) {
      if (NOUN_STOPS.has(lower)) break;
      skips++;
      pos = next;
      continue;
    }
    if (hasCapital || NOUN_STOPS.has(lower) || lower.endsWith("'s") || lower.endsWith('’s')) break;
    // Without a plural to stop at, a verb ends the phrase: "a 27-member bloc met …".
    if (!needPlural && words.length && looksLikeVerb(lower)) break;
    words.push(lower);
    pos = next;
    end = next;
    if (isPluralWord(lower)) {
      // Keep a closing quote that matches one opened before the noun: “battalion tactical groups”.
      if (openQuote && QUOTES.includes(text[end] ?? '')) end++;
      words[words.length - 1] = singular(lower);
      return { words, plural: true, end };
    }
  }
  if (needPlural || !words.length) return null;
  return { words, plural: false, end };
}
