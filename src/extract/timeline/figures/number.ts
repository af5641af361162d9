// Reads the number itself at a position: digits ("100,000", "1.5"), words ("fifty-two", "a dozen"),
// vague plurals ("tens of thousands of"), with any scale ("million", "bn") that follows.
import { ATTACHED_SCALES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_SCALES } from '../lexicon/numbers.ts';

export interface NumberRead {
  value: number;
  end: number;
  /** "tens of", "hundreds of": the vague plural the number was read from. */
  vagueQualifier: string | null;
  fromWords: boolean;
  fromDigits: boolean;
  /** The digits carry a scale ("1.5 million"), so they are a quantity, never a year or a name. */
  scaled: boolean;
}

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/y;
const ATTACHED = /(bn|mn|tn|m|k|b)\b/iy;
const SPACED_SCALE = /[ \t]+(hundred|thousand|million|billion|trillion|bn|mn|mln|tn)\b/iy;
const WORD = /[ \t]*(?:-[ \t]*)?([A-Za-z]+)/y;
const VAGUE_OF = /[ \t]+of\b/y;
const MAX_VAGUE_LINKS = 3;

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

function readDigits(text: string, at: number): NumberRead | null {
  const m = sticky(DIGITS, text, at);
  if (!m) return null;
  let value = Number(m[1]!.replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
  let end = at + m[0].length;
  let scaled = false;
  const attached = sticky(ATTACHED, text, end);
  if (attached) {
    value *= ATTACHED_SCALES[attached[1]!.toLowerCase()]!;
    end += attached[0].length;
    scaled = true;
  } else {
    const spaced = sticky(SPACED_SCALE, text, end);
    if (spaced) {
      value *= SCALE_WORDS[spaced[1]!.toLowerCase()]!;
      end += spaced[0].length;
      scaled = true;
    }
  }
  return { value, end, vagueQualifier: null, fromWords: false, fromDigits: true, scaled };
}

/** "tens of thousands of": vague plurals multiply; the first one names the qualifier. */
function readVague(text: string, at: number, first: string): NumberRead {
  let value = VAGUE_SCALES[first]!;
  let end = at + first.length;
  const qualifier = `${first} of`;
  // "hundreds of thousands of millions" is as long as a real chain gets; the bound keeps reading linear.
  for (let links = 0; links < MAX_VAGUE_LINKS; links++) {
    const of = sticky(VAGUE_OF, text, end);
    if (!of) break;
    const next = sticky(WORD, text, end + of[0].length);
    const word = next?.[1]?.toLowerCase();
    if (!next || !word || !(word in VAGUE_SCALES) || word.startsWith('-')) {
      end += of[0].length;
      break;
    }
    value *= VAGUE_SCALES[word]!;
    end += of[0].length + next[0].length;
  }
  return { value, end, vagueQualifier: qualifier, fromWords: true, fromDigits: false, scaled: true };
}

/** Number words in sequence: "two hundred and fifty thousand", "fifty-two", "a dozen", "half a million". */
function readWords(text: string, at: number): NumberRead | null {
  const first = sticky(WORD, text, at)?.[1]?.toLowerCase();
  if (!first) return null;
  if (first in VAGUE_SCALES) return readVague(text, at, first);
  let total = 0;
  let current = 0;
  let seen = false;
  let scaled = false;
  let end = at;
  let pos = at;
  let half = false;
  for (let words = 0; words < 8; words++) {
    const m = sticky(WORD, text, pos);
    if (!m) break;
    const w = m[1]!.toLowerCase();
    const after = pos + m[0].length;
    if (w in UNIT_WORDS && (!seen || current % 10 === 0 || current % 100 === 0)) current += UNIT_WORDS[w]!;
    else if (w in TENS_WORDS && (!seen || current % 100 === 0)) current += TENS_WORDS[w]!;
    else if ((w === 'a' || w === 'an') && !seen) current = 1;
    else if (w === 'half' && !seen) half = true;
    else if (w === 'and' && seen && current % 100 === 0 && current > 0) {
      pos = after;
      continue;
    } else if (w === 'hundred' && (seen || current === 1)) current = Math.max(current, 1) * 100;
    else if (w in SCALE_WORDS && w !== 'hundred' && (seen || current === 1 || half)) {
      total += Math.max(current, 1) * SCALE_WORDS[w]!;
      current = 0;
      scaled = true;
    } else break;
    if (!(w === 'a' || w === 'an' || w === 'half')) seen = true;
    pos = after;
    if (seen) end = after;
  }
  if (!seen) return null;
  const value = (total + current) * (half ? 0.5 : 1);
  return { value, end, vagueQualifier: null, fromWords: true, fromDigits: false, scaled };
}

export function readNumber(text: string, at: number): NumberRead | null {
  return /\d/.test(text[at] ?? '') ? readDigits(text, at) : readWords(text, at);
}
