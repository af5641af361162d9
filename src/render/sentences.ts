// Sentence starts of an article, found by one character scan (no regex, no copies), and lookups by offset.

/** Tokens that end with a full stop without ending a sentence ("Dec. 7", "Mr. Biden"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'jr', 'sr', 'no', 'vs', 'etc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd',
]);

// Char codes, so the scan never allocates: ” ’ " ' ) ]  and  “ ‘ " ' ( [
const CLOSERS = new Set([0x201d, 0x2019, 0x22, 0x27, 0x29, 0x5d]);
const OPENERS = new Set([0x201c, 0x2018, 0x22, 0x27, 0x28, 0x5b]);
const NEWLINE = 0x0a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === NEWLINE || code === 0x09 || code === 0x0d || code === 0xa0;
}

function isCapital(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0 || Number.isNaN(code)) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase();
}

/** True when the token ending at `dot` is an abbreviation or an initialism ("U.S", "J"). */
function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !isSpace(text.charCodeAt(from - 1)) && !OPENERS.has(text.charCodeAt(from - 1))) from--;
  if (dot - from > 5) return false;
  const token = text.slice(from, dot);
  if (token.length === 1 || /^(?:\p{Lu}\.)+\p{Lu}?$/u.test(token) || /\.\p{Lu}$/u.test(token)) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** Candidate ends: terminal punctuation (plus closers) then whitespace, or a blank line. */
const CANDIDATE = /[.!?][”’"')\]]*\s+|\n[ \t\r]*\n\s*/g;

/** Offsets where each sentence starts (the first is always 0), in order. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    const next = match.index + match[0].length;
    if (next >= text.length) break;
    const c = text.charCodeAt(match.index);
    // A blank line always ends a sentence (headlines and datelines have no full stop).
    if (c !== NEWLINE) {
      const code = text.charCodeAt(next);
      if (!(isCapital(code) || OPENERS.has(code))) continue;
      if (c === 0x2e && isAbbreviation(text, match.index)) continue;
    }
    starts.push(next);
  }
  return starts;
}

/** Index of the sentence holding `offset` (binary search over the starts). */
export function sentenceIndexAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Bounds of sentence `index`, trailing whitespace left out. */
export function sentenceBounds(text: string, starts: ArrayLike<number>, index: number): { start: number; end: number } {
  const start = starts[index] ?? 0;
  let end = index + 1 < starts.length ? starts[index + 1]! : text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
