// Step 1: split an article into paragraphs, tokens and sentences, keeping character offsets throughout.
import { FUNCTION_WORDS, COMMON_CAPITALISED, MONTHS } from './lexicon/common.ts';
import { ABBREVIATED_TITLES, TITLE_HEADS } from './lexicon/roles.ts';
import { classOf, LETTER_OR_DIGIT, SPACE } from './chars.ts';

export interface Token {
  /** The token as written, without a possessive ending ("Putin" for "Putin’s"). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
  possessive: boolean;
  para: number;
  /** Index of the quotation this token sits inside, or -1 for narration. Filled by step 2. */
  quote: number;
  /** First word of a sentence (capitalised for grammar, not necessarily a name). */
  sentenceStart: boolean;
}

export interface Paragraph {
  start: number;
  end: number;
  firstToken: number;
  /** One past the last token. */
  endToken: number;
}

export interface Segmented {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
}

const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'etc', 'approx', 'est',
  ...Object.keys(ABBREVIATED_TITLES).map((t) => t.slice(0, -1)),
  ...[...MONTHS].filter((m) => !m.endsWith('.') && m.length <= 4),
]);
const UPPER = /^\p{Lu}/u;

/** ASCII letters and digits, by code. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;

/** Inside a word, these join two runs of letters and digits: "U.S", "O'Brien", "co-operate", "AT&T". */
function isJoiner(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 45 || code === 38;
}

/** "Vladimir V. Putin", "counterpart S. Jaishankar": one capital letter and a full stop before a capitalised word. */
function isMiddleInitial(raw: string, tokens: Token[], text: string, end: number): boolean {
  if (raw.length !== 1) return false;
  const c = raw.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  const prev = tokens[tokens.length - 1];
  if (!prev?.word || prev.end !== end - 2 || text.charCodeAt(end - 2) !== 32) return false;
  const next = text.charCodeAt(end + 2);
  if (text.charCodeAt(end + 1) !== 32 || !(next >= 65 && next <= 90)) return false;
  if (prev.cap) return true;
  // "his counterpart S. Jaishankar": an initial opening a name after a lower-case word, unless a sentence opener
  // follows ("plan B. The …")
  let e = end + 2;
  while (e < text.length && ASCII_ALNUM[text.charCodeAt(e)] === 1) e++;
  return e - end > 3 && !FUNCTION_WORDS.has(text.slice(end + 2, e).toLowerCase());
}

function isUpperStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

/**
 * Tokenises `text` from `from` on (text before it, such as a ` date` stamp, is skipped). A token is a word (runs of
 * letters and digits joined by `.`, `'`, `’`, `-` or `&`) or one character that is neither a letter, a digit nor space.
 */
export function segment(text: string, from = 0): Segmented {
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  const n = text.length;
  let para = -1;
  let lastEnd = from;
  let newline = false;
  let i = from;
  while (i < n) {
    if (text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const k = classOf(code);
    if (k === SPACE) {
      if (code === 10) newline = true;
      i += width;
      continue;
    }
    const start = i;
    let end = i + width;
    if (k === LETTER_OR_DIGIT) {
      for (;;) {
        while (end < n) {
          const unit = text.charCodeAt(end);
          if (unit < 128) {
            if (ASCII_ALNUM[unit] === 0) break;
            end++;
            continue;
          }
          const c = text.codePointAt(end)!;
          if (classOf(c) !== LETTER_OR_DIGIT) break;
          end += c > 0xffff ? 2 : 1;
        }
        // a joiner continues the word only when a letter or digit follows it
        if (end + 1 < n && isJoiner(text.charCodeAt(end)) && classOf(text.codePointAt(end + 1)!) === LETTER_OR_DIGIT) end += 1;
        else break;
      }
    }
    if (para < 0 || newline) {
      if (para >= 0) {
        const p = paragraphs[para]!;
        p.end = lastEnd;
        p.endToken = tokens.length;
      }
      para++;
      paragraphs.push({ start, end: start, firstToken: tokens.length, endToken: tokens.length });
    }
    newline = false;
    let raw = text.slice(start, end);
    const word = k === LETTER_OR_DIGIT;
    let possessive = false;
    let tokenEnd = end;
    if (word) {
      const len = raw.length;
      const apostrophe = len >= 4 ? raw.charCodeAt(len - 2) : 0;
      if (raw.charCodeAt(len - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) {
        raw = raw.slice(0, -2);
        possessive = true;
        tokenEnd = start + raw.length;
      } else if (text.charCodeAt(end) === 46 && (ABBREVIATIONS.has(raw) || DOTTED_ACRONYM.test(raw) || isMiddleInitial(raw, tokens, text, end))) {
        end++;
        raw = text.slice(start, end);
        tokenEnd = end;
      }
    }
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: tokenEnd,
      cap: word && isUpperStart(raw),
      word,
      possessive,
      para,
      quote: -1,
      sentenceStart: false,
    });
    lastEnd = end;
    i = end;
  }
  if (para >= 0) {
    const p = paragraphs[para]!;
    p.end = lastEnd;
    p.endToken = tokens.length;
  }
  return { text, tokens, paragraphs };
}

const TERMINAL = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '»', ')', '’', "'"]);

/**
 * Indices of tokens that start a sentence. With `ignoreInsideQuotes`, a full stop inside a quotation does not end
 * the narrating sentence: `“It was polite. I made it clear,” Biden said.` is one sentence of narration.
 */
export function sentenceStarts(seg: Segmented, ignoreInsideQuotes: boolean): Set<number> {
  const starts = new Set<number>();
  const { tokens, paragraphs } = seg;
  for (const p of paragraphs) if (p.firstToken < p.endToken) starts.add(p.firstToken);
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // most tokens end in no terminal mark: one character test before the set lookups
    const last = t.text.charCodeAt(t.text.length - 1);
    if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) continue;
    const isTerminal = TERMINAL.has(t.text) || (last === 46 && t.word && !isTitleLike(t.text));
    if (!isTerminal) continue;
    if (ignoreInsideQuotes && t.quote >= 0) continue;
    let j = i + 1;
    // closing marks and brackets that follow the full stop belong to the sentence that ends
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.para === t.para && !opensQuotation(tokens, j)) j++;
    const next = tokens[j];
    if (!next || next.para !== t.para) continue;
    if (ignoreInsideQuotes && next.quote >= 0 && next.quote === t.quote) continue;
    if (t.word && t.text.endsWith('.')) {
      // "U.S." ends a sentence only before an obvious sentence opener; a title goes on the name ("U.S. President",
      // "U.N. General Assembly")
      if (!(next.cap && (FUNCTION_WORDS.has(next.lower) || (COMMON_CAPITALISED.has(next.text) && !TITLE_HEADS.has(next.lower))))) continue;
    }
    if (next.cap || !next.word || /^\p{N}/u.test(next.text)) starts.add(j);
  }
  for (const i of starts) tokens[i]!.sentenceStart = true;
  return starts;
}

/** A straight mark that opens the quotation after it (`fog. "The weather …`): it starts the next sentence. */
function opensQuotation(tokens: Token[], j: number): boolean {
  const mark = tokens[j]!.text;
  if (mark !== '"' && mark !== "'") return false;
  const next = tokens[j + 1];
  return !!next && next.quote >= 0 && next.quote !== tokens[j - 1]?.quote;
}

function isTitleLike(abbrev: string): boolean {
  return abbrev in ABBREVIATED_TITLES || ABBREVIATIONS.has(abbrev.slice(0, -1));
}

/** Sentences as [firstToken, endToken) ranges, in order. */
export function sentenceRanges(seg: Segmented, starts: Set<number>): Array<[number, number]> {
  const sorted = [...starts].sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (let k = 0; k < sorted.length; k++) {
    const s = sorted[k]!;
    const para = seg.paragraphs[seg.tokens[s]!.para]!;
    const next = sorted[k + 1];
    const end = next !== undefined && next < para.endToken ? next : para.endToken;
    ranges.push([s, end]);
  }
  return ranges;
}
