// Step 2: find quotations by their marks, tolerating the mess real copy has: mixed, missing and reversed marks.
import type { Segmented } from './01-segment.ts';

export interface QuoteSpan {
  /** Offsets of the quoted words, without the marks and surrounding blanks. */
  start: number;
  end: number;
  /** Offset of the opening mark, or of the first quoted word when the opening mark is missing. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when it is missing. */
  close: number;
  para: number;
  /** The closing mark is missing: the quotation runs to the end of the paragraph. */
  unclosed: boolean;
  /** Only a closing mark was found; the quotation starts at its sentence's start. */
  noOpen: boolean;
  /** The paragraph before ended inside an open quotation, and this one reopens it. */
  continuation: boolean;
}

const OPEN_GLYPHS = new Set(['“', '«', '„']);
const CLOSE_GLYPHS = new Set(['”', '»']);
const MARKS = /["“”«»„]/g;
const SPACE_BEFORE = /[\s([{—–-]/;
const PUNCT_AFTER = /[.,;:!?)\]…]/;
const ENDS_PHRASE = /[,.!?…]/;

/**
 * Finds quotations paragraph by paragraph. `sentenceStartAt(offset)` gives the start of the (mark-blind) sentence
 * holding an offset, used when only a closing mark survives.
 */
export function findQuotations(seg: Segmented, sentenceStartAt: (offset: number) => number): QuoteSpan[] {
  const { text, paragraphs } = seg;
  const quotes: QuoteSpan[] = [];
  let carried = false; // the previous paragraph ended inside a quotation
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: pStart, end: pEnd } = paragraphs[p]!;
    let openAt = -1;
    let lastClose = pStart;
    let first = true;
    const push = (q: Omit<QuoteSpan, 'para' | 'continuation'>, continuation: boolean) => {
      const span = trimSpan(text, q.start, q.end);
      if (span[1] > span[0]) quotes.push({ ...q, start: span[0], end: span[1], para: p, continuation });
      lastClose = q.close;
    };
    // British style: ‘single marks’ in a paragraph with no double marks
    if (!carried && usesSingleMarks(text, pStart, pEnd)) {
      for (const [open, close] of singleQuotations(text, pStart, pEnd)) {
        push({ start: open + 1, end: close < 0 ? pEnd : close, open, close: close < 0 ? pEnd : close + 1, unclosed: close < 0, noOpen: false }, false);
      }
      continue;
    }
    MARKS.lastIndex = pStart;
    for (let m = MARKS.exec(text); m && m.index < pEnd; m = MARKS.exec(text)) {
      const at = m.index;
      const glyph = m[0];
      const prev = at > pStart ? text[at - 1]! : ' ';
      const next = at + 1 < pEnd ? text[at + 1]! : ' ';
      const nextBlank = /\s/.test(next) || at + 1 >= pEnd;
      const nextPunct = PUNCT_AFTER.test(next);
      if (openAt < 0) {
        const strayCloser = CLOSE_GLYPHS.has(glyph)
          ? !(SPACE_BEFORE.test(prev) && !nextBlank && !nextPunct && !ENDS_PHRASE.test(lastNonBlank(text, at, pStart)))
          : nextBlank || nextPunct;
        if (strayCloser) {
          const start = Math.max(sentenceStartAt(at - 1), lastClose, pStart);
          if (start < at) push({ start, end: at, open: start, close: at + 1, unclosed: false, noOpen: true }, false);
        } else {
          openAt = at;
        }
        continue;
      }
      // inside a quotation: an opening glyph with a word after it and a blank before starts a new one
      if (OPEN_GLYPHS.has(glyph) && !nextBlank && !nextPunct && /\s/.test(prev)) {
        push({ start: openAt + 1, end: at, open: openAt, close: at, unclosed: true, noOpen: false }, first && carried && openAt === pStart);
        first = false;
        openAt = at;
        continue;
      }
      push({ start: openAt + 1, end: at, open: openAt, close: at + 1, unclosed: false, noOpen: false }, first && carried && openAt === pStart);
      first = false;
      openAt = -1;
    }
    if (openAt >= 0) {
      push({ start: openAt + 1, end: pEnd, open: openAt, close: pEnd, unclosed: true, noOpen: false }, first && carried && openAt === pStart);
      carried = true;
    } else {
      carried = false;
    }
  }
  return quotes;
}

/** A paragraph quoted with ‘single marks’: an opening ‘ before a word, and no double marks at all. */
function usesSingleMarks(text: string, from: number, to: number): boolean {
  let opening = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb || c === 0x201e) return false;
    if (c === 0x2018 && i + 1 < to && !/\s/.test(text[i + 1]!)) opening = true;
  }
  return opening;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/**
 * ‘Single-marked’ quotations as [opening mark, closing mark] offsets (closing -1 when the paragraph ends first). A ’
 * inside a word ("don’t", "Labour’s") is an apostrophe; so is one after an s before a lower-case word ("the
 * ministers’ plan"); any other ’ after an opening ‘ closes the quotation.
 */
function singleQuotations(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (c === '‘' && open < 0) {
      const before = i > from ? text[i - 1]! : ' ';
      if (i + 1 < to && !/\s/.test(text[i + 1]!) && !LETTER.test(before)) open = i;
    } else if (c === '’' && open >= 0) {
      const before = text[i - 1] ?? ' ';
      const after = i + 1 < to ? text[i + 1]! : ' ';
      if (LETTER.test(after)) continue;
      if (before === 's' && after === ' ' && i + 2 < to && LOWER.test(text[i + 2]!) && !/[,.!?]/.test(before)) continue;
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, -1]);
  return out;
}

function lastNonBlank(text: string, at: number, floor: number): string {
  for (let i = at - 1; i >= floor; i--) if (!/\s/.test(text[i]!)) return text[i]!;
  return '';
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Marks every token inside a quotation with that quotation's index. */
export function markQuotedTokens(seg: Segmented, quotes: QuoteSpan[]): void {
  let q = 0;
  for (const t of seg.tokens) {
    while (q < quotes.length && quotes[q]!.end <= t.start) q++;
    const quote = quotes[q];
    if (quote && t.start >= quote.start && t.end <= quote.end) t.quote = q;
  }
}
