// Sentence context an event trigger is read in: quotation ranges and bounded lookups by offset.
import { lowerBound } from '../../../util/sorted.ts';

export { lowerBound };

export interface Range {
  start: number;
  end: number;
}

/** Quotation ranges in a sentence, in one pass: curly quotes nest by count, straight quotes toggle. */
export function quoteRanges(text: string, base: number): Range[] {
  const ranges: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((c === '”' || c === '"') && open >= 0) {
      ranges.push({ start: base + open, end: base + i + 1 });
      open = -1;
    }
  }
  // An unclosed quotation runs to the end of the sentence.
  if (open >= 0) ranges.push({ start: base + open, end: base + text.length });
  return ranges;
}

/** A sentence's quotation ranges, found the first time they are asked for. */
export class LazyQuotes {
  private found: Range[] | null = null;

  constructor(private readonly sentence: { start: number; text: string }) {}

  ranges(): Range[] {
    this.found ??= quoteRanges(this.sentence.text, this.sentence.start);
    return this.found;
  }
}

/** The range holding `at`, if any (ranges sorted and disjoint). */
export function rangeAt(ranges: readonly Range[], at: number): Range | null {
  const i = lowerBound(ranges, at + 1) - 1;
  const r = ranges[i];
  return r && r.start <= at && at < r.end ? r : null;
}

/** Items (sorted by start) whose start lies in [from, to). */
export function itemsWithin<T extends { start: number }>(items: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(items, from); i < items.length && items[i]!.start < to; i++) out.push(items[i]!);
  return out;
}

const LETTER = /[\p{L}’'-]/u;
const isWordChar = (c: string): boolean => {
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45) return true;
  return code > 127 && LETTER.test(c);
};

/** The word before local offset `at` in `text`, as written: skips up to three other characters, reads up to 40 back. */
export function wordBeforeAsWritten(text: string, at: number): string {
  let end = at;
  while (end > 0 && at - end < 3 && !isWordChar(text[end - 1]!)) end--;
  if (end === 0 || !isWordChar(text[end - 1]!)) return '';
  let start = end;
  while (start > 0 && end - start < 40 && isWordChar(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The word before local offset `at` in `text`, lower-cased. */
export const wordBefore = (text: string, at: number): string => wordBeforeAsWritten(text, at).toLowerCase();

/** The word after local offset `at` in `text`, as written (bounded look-ahead). */
export function wordAfter(text: string, at: number): string {
  return /^[^\p{L}\n]{0,3}([\p{L}’'-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

interface Edge {
  /** Where the edge stands (a comma, a stop, or the first letter of a clause word). */
  start: number;
  /** Where the clause after it begins. */
  end: number;
}

/**
 * Where the clauses of one sentence begin and end, indexed once so that every question about them
 * ("does a clause edge lie between these two offsets?") is a binary search. Offsets are local to the sentence.
 * Hard edges are sentence stops and clause words ("that", "which"); commas are soft edges.
 */
export class ClauseIndex {
  private readonly all: Edge[] = [];
  private readonly hard: Edge[] = [];

  constructor(text: string, clauseWords: ReadonlySet<string>) {
    const edge = new RegExp(`[,;:!?]|\\.(?=\\s+\\D)|\\b(?:${[...clauseWords].join('|')})\\b`, 'gi');
    for (let m = edge.exec(text); m; m = edge.exec(text)) {
      const token = m[0];
      // "U.S. officials": a full stop after a capital letter closes an initial, not a clause.
      if (token === '.' && /\p{Lu}/u.test(text[m.index - 1] ?? '')) continue;
      const found = { start: m.index, end: m.index + token.length };
      this.all.push(found);
      if (token !== ',') this.hard.push(found);
    }
  }

  /** Whether any clause edge, comma included, lies in [from, to). */
  crosses(from: number, to: number): boolean {
    const i = lowerBound(this.all, from);
    return i < this.all.length && this.all[i]!.start < to;
  }

  /** Where the clause holding `at` begins: just after the last hard edge before it. */
  clauseStart(at: number): number {
    const i = lowerBound(this.hard, at) - 1;
    return i >= 0 ? this.hard[i]!.end : 0;
  }

  /** Where the clause holding `at` ends: at the first edge, comma included, from `at` on. */
  clauseEnd(at: number, length: number): number {
    const i = lowerBound(this.all, at);
    return i < this.all.length ? this.all[i]!.start : length;
  }
}
