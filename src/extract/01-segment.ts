// Step 1: split an article into paragraphs, tokens and sentences, keeping character offsets throughout.
import { FUNCTION_WORDS, COMMON_CAPITALISED, MONTHS } from './lexicon/common.ts';
import { ABBREVIATED_TITLES } from './lexicon/roles.ts';

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

const TOKEN = /([\p{L}\p{N}]+(?:[.'’\-&][\p{L}\p{N}]+)*)|([^\s\p{L}\p{N}])/gu;
const POSSESSIVE = /^(.+?)['’]s$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.)+\p{L}$/u;
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'No', 'vs', 'etc', 'approx', 'est',
  ...Object.keys(ABBREVIATED_TITLES).map((t) => t.slice(0, -1)),
  ...[...MONTHS].filter((m) => !m.endsWith('.') && m.length <= 4),
]);
const UPPER = /^\p{Lu}/u;

/** Tokenises `text` from `from` on (text before it, such as a ` date` stamp, is skipped). */
export function segment(text: string, from = 0): Segmented {
  const tokens: Token[] = [];
  const paragraphs: Paragraph[] = [];
  let para = -1;
  let paraStart = from;
  let lastEnd = from;
  TOKEN.lastIndex = from;
  const openParagraph = (start: number) => {
    para++;
    paragraphs.push({ start, end: start, firstToken: tokens.length, endToken: tokens.length });
  };
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    if (para < 0 || hasNewline(text, lastEnd, start)) {
      if (para >= 0) {
        const p = paragraphs[para]!;
        p.end = lastEnd;
        p.endToken = tokens.length;
      }
      paraStart = start;
      openParagraph(paraStart);
    }
    let raw = m[0];
    let end = start + raw.length;
    const word = m[1] !== undefined;
    let possessive = false;
    if (word) {
      const poss = POSSESSIVE.exec(raw);
      if (poss?.[1] && poss[1].length > 1) {
        raw = poss[1];
        possessive = true;
      } else if (text[end] === '.' && (ABBREVIATIONS.has(raw) || DOTTED_ACRONYM.test(raw))) {
        raw += '.';
        end++;
        TOKEN.lastIndex = end;
      }
    }
    tokens.push({
      text: raw,
      lower: raw.toLowerCase(),
      start,
      end: possessive ? start + raw.length : end,
      cap: word && UPPER.test(raw),
      word,
      possessive,
      para,
      quote: -1,
      sentenceStart: false,
    });
    lastEnd = possessive ? start + m[0].length : end;
  }
  if (para >= 0) {
    const p = paragraphs[para]!;
    p.end = lastEnd;
    p.endToken = tokens.length;
  }
  return { text, tokens, paragraphs };
}

/** A line break between two offsets, without copying the text between them. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
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
    const isTerminal = TERMINAL.has(t.text) || (t.text.endsWith('.') && t.word && !isTitleLike(t.text));
    if (!isTerminal) continue;
    if (ignoreInsideQuotes && t.quote >= 0) continue;
    let j = i + 1;
    // closing marks and brackets that follow the full stop belong to the sentence that ends
    while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.para === t.para) j++;
    const next = tokens[j];
    if (!next || next.para !== t.para) continue;
    if (ignoreInsideQuotes && next.quote >= 0 && next.quote === t.quote) continue;
    if (t.word && t.text.endsWith('.')) {
      // "U.S." ends a sentence only before an obvious sentence opener
      if (!(next.cap && (FUNCTION_WORDS.has(next.lower) || COMMON_CAPITALISED.has(next.text)))) continue;
    }
    if (next.cap || !next.word || /^\p{N}/u.test(next.text)) starts.add(j);
  }
  for (const i of starts) tokens[i]!.sentenceStart = true;
  return starts;
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
