// Reads the tense of the clause around a phrase (past, future or neutral) from a bounded window of words.
import {
  ABBREVIATIONS, BE_FORMS, CLAUSE_BREAKERS, CLAUSE_OPENERS, DETERMINERS, FUTURE_BIGRAMS, FUTURE_WORDS, NOT_PAST_ED, PAST_WORDS,
  PERFECT_AUXILIARIES, PRESENT_WORDS, REPORTING_WORDS,
} from './lexicon/tense.ts';

export type Tense = 'past' | 'future' | 'neutral';

/** The window is bounded so that a 100,000-character sentence costs the same as a short one. */
const WINDOW_CHARS = 180;
const LEFT_TOKENS = 16;
const RIGHT_TOKENS = 8;
const WORD = /[A-Za-z]+(?:['’-][A-Za-z]+)*/g;
const POSSESSIVE = /^['’]s\b/;

interface Token {
  word: string;
  lower: string;
}

function tokens(slice: string): Token[] {
  const out: Token[] = [];
  for (const m of slice.matchAll(WORD)) out.push({ word: m[0], lower: m[0].toLowerCase() });
  return out;
}

/** A full stop ends a clause unless it closes an abbreviation ("Dec.", "U.S.", "Gen.") or an initial. */
function isFullStop(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  // Abbreviations are short, so the look-back is bounded.
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && /\p{L}/u.test(text[j]!)) j--;
  const word = text.slice(j + 1, i);
  if (!word || i - j > 6) return true;
  if (text[j] === '.' || (word.length === 1 && /\p{Lu}/u.test(word))) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function isClauseStop(text: string, i: number, commas: boolean): boolean {
  const c = text[i]!;
  if (c === '.') return isFullStop(text, i);
  if (c === ',') return commas;
  return '!?;:“”"\n()'.includes(c);
}

function leftSlice(text: string, start: number): string {
  const floor = Math.max(0, start - WINDOW_CHARS);
  let i = start - 1;
  // Commas count: "Congress approved a package in May, and lawmakers return on Nov. 14" is two clauses.
  while (i >= floor && !isClauseStop(text, i, true)) i--;
  return text.slice(i + 1, start);
}

function rightSlice(text: string, end: number, commas: boolean): string {
  const ceiling = Math.min(text.length, end + WINDOW_CHARS);
  let from = end;
  const possessive = POSSESSIVE.exec(text.slice(end, end + 3));
  if (possessive) from += possessive[0].length;
  let i = from;
  while (i < ceiling && !isClauseStop(text, i, commas)) i++;
  return text.slice(from, i);
}

const isLower = (t: Token): boolean => t.word[0] === t.lower[0];

/** The tense one word signals given its neighbours, or null when it signals none. */
function cue(prev: Token | undefined, t: Token, next: Token | undefined): Tense | null {
  if (next && FUTURE_BIGRAMS.has(`${t.lower} ${next.lower}`)) return 'future';
  if (FUTURE_WORDS.has(t.lower)) return 'future';
  if (PRESENT_WORDS.has(t.lower)) return 'neutral';
  if (PAST_WORDS.has(t.lower)) return 'past';
  // "have withdrawn": the perfect reports something done, whatever the participle; "have to" is not it.
  if (PERFECT_AUXILIARIES.has(t.lower) && next && next.lower !== 'to') return 'past';
  if (t.lower.length >= 5 && t.lower.endsWith('ed') && isLower(t) && !NOT_PAST_ED.has(t.lower)) {
    if (prev && PERFECT_AUXILIARIES.has(prev.lower)) return 'past';
    if (prev && (BE_FORMS.has(prev.lower) || DETERMINERS.has(prev.lower))) return null;
    return 'past';
  }
  return null;
}

/**
 * Tense of the clause holding text[start, end): the governing verb to the left (back to the clause edge)
 * wins; then the right, which may cross commas only when the date opens its clause ("On Monday, talks will…").
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const left = tokens(leftSlice(text, start)).slice(-LEFT_TOKENS);
  for (let i = left.length - 1; i >= 0; i--) {
    const found = cue(left[i - 1], left[i]!, left[i + 1]);
    if (found) return found;
  }
  const clauseInitial = left.every((t) => CLAUSE_OPENERS.has(t.lower));
  const right = tokens(rightSlice(text, end, !clauseInitial)).slice(0, RIGHT_TOKENS);
  for (let i = 0; i < right.length; i++) {
    const t = right[i]!;
    if (CLAUSE_BREAKERS.has(t.lower)) break;
    if (REPORTING_WORDS.has(t.lower)) continue;
    const found = cue(right[i - 1], t, right[i + 1]);
    if (found) return found;
  }
  return 'neutral';
}
