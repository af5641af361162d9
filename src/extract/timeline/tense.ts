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
interface Token {
  word: string;
  lower: string;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45; // ' ’ -

/** Whether the character at `i` ends the clause (a full stop only when it is not an abbreviation's). */
function isClauseStop(text: string, i: number, commas: boolean): boolean {
  switch (text.charCodeAt(i)) {
    case 46: // .
      return isFullStop(text, i);
    case 44: // , (but not the one in "1,200")
      return commas && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
    case 33: case 63: case 59: case 58: case 10: case 40: case 41: case 34: case 0x201c: case 0x201d:
      return true;
    default:
      return false;
  }
}

/** A full stop ends a clause unless it closes an abbreviation ("Dec.", "U.S.", "Gen.") or an initial. */
function isFullStop(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!Number.isNaN(next) && next !== 32 && next !== 10 && next !== 9 && next !== 13) return false;
  // Abbreviations are short, so the look-back is bounded.
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && isAsciiLetter(text.charCodeAt(j))) j--;
  const length = i - 1 - j;
  if (length === 0 || length > 5) return true;
  if (text.charCodeAt(j) === 46 || (length === 1 && text.charCodeAt(i - 1) <= 90)) return false;
  return !ABBREVIATIONS.has(text.slice(j + 1, i).toLowerCase());
}

/** Words (ASCII letters, joined by an apostrophe or hyphen) from `start` back to the clause edge, in text order. */
function wordsBefore(text: string, start: number, limit: number): Token[] {
  const out: Token[] = [];
  const floor = Math.max(0, start - WINDOW_CHARS);
  let i = start - 1;
  while (i >= floor && out.length < limit) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let j = i;
      while (j > floor && (isAsciiLetter(text.charCodeAt(j - 1)) || (isJoiner(text.charCodeAt(j - 1)) && isAsciiLetter(text.charCodeAt(j - 2))))) j--;
      const word = text.slice(j, i + 1);
      out.push({ word, lower: word.toLowerCase() });
      i = j - 1;
      continue;
    }
    // Commas count: "Congress approved a package in May, and lawmakers return on Nov. 14" is two clauses.
    if (isClauseStop(text, i, true)) break;
    i--;
  }
  return out.reverse();
}

/** Words from `end` on to the clause edge (commas included or not), after a possessive "’s". */
function wordsAfter(text: string, end: number, commas: boolean, limit: number): Token[] {
  const out: Token[] = [];
  const ceiling = Math.min(text.length, end + WINDOW_CHARS);
  let i = end;
  if (isJoiner(text.charCodeAt(i)) && (text[i + 1] === 's' || text[i + 1] === 'S') && !isAsciiLetter(text.charCodeAt(i + 2))) i += 2;
  while (i < ceiling && out.length < limit) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) {
      let j = i + 1;
      while (j < ceiling && (isAsciiLetter(text.charCodeAt(j)) || (isJoiner(text.charCodeAt(j)) && isAsciiLetter(text.charCodeAt(j + 1))))) j++;
      const word = text.slice(i, j);
      out.push({ word, lower: word.toLowerCase() });
      i = j;
      continue;
    }
    if (isClauseStop(text, i, commas)) break;
    i++;
  }
  return out;
}

const isLower = (t: Token): boolean => t.word[0] === t.lower[0];
/** The first words of FUTURE_BIGRAMS, so that most words need no joined pair to look up. */
const BIGRAM_FIRSTS: ReadonlySet<string> = new Set([...FUTURE_BIGRAMS].map((b) => b.slice(0, b.indexOf(' '))));

/** The tense one word signals given its neighbours, or null when it signals none. */
function cue(prev: Token | undefined, t: Token, next: Token | undefined): Tense | null {
  if (next && BIGRAM_FIRSTS.has(t.lower) && FUTURE_BIGRAMS.has(`${t.lower} ${next.lower}`)) return 'future';
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
  const left = wordsBefore(text, start, LEFT_TOKENS);
  for (let i = left.length - 1; i >= 0; i--) {
    const found = cue(left[i - 1], left[i]!, left[i + 1]);
    if (found) return found;
  }
  const clauseInitial = left.every((t) => CLAUSE_OPENERS.has(t.lower));
  const right = wordsAfter(text, end, !clauseInitial, RIGHT_TOKENS);
  for (let i = 0; i < right.length; i++) {
    const t = right[i]!;
    if (CLAUSE_BREAKERS.has(t.lower)) break;
    if (REPORTING_WORDS.has(t.lower)) continue;
    const found = cue(right[i - 1], t, right[i + 1]);
    if (found) return found;
  }
  return 'neutral';
}
