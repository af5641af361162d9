// Character classes by code point, for the hand-written scanners: ASCII answered by comparisons, anything else by
// Unicode property escapes, once per code point (remembered).

export const SPACE = 0;
export const LETTER_OR_DIGIT = 1;
export const OTHER = 2;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/u;
const nonAscii = new Map<number, number>();

/** SPACE (what `\s` matches), LETTER_OR_DIGIT (`[\p{L}\p{N}]`) or OTHER. */
export function classOf(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return LETTER_OR_DIGIT;
    return code === 32 || (code >= 9 && code <= 13) ? SPACE : OTHER;
  }
  let k = nonAscii.get(code);
  if (k === undefined) {
    const ch = String.fromCodePoint(code);
    k = WORD_CHAR.test(ch) ? LETTER_OR_DIGIT : SPACE_CHAR.test(ch) ? SPACE : OTHER;
    nonAscii.set(code, k);
  }
  return k;
}

export function isLetterOrDigit(code: number): boolean {
  return classOf(code) === LETTER_OR_DIGIT;
}

/** The code point that ends at offset `i` (exclusive): a surrogate pair read as one. */
export function codePointBefore(text: string, i: number): number {
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** UTF-16 length of a code point. */
export function widthOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}
