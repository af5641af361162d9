// Sentence context an event trigger is read in: quotation ranges and bounded lookups by offset.

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

/** Index of the first item whose start is at or after `at` (items sorted by start). */
export function lowerBound(items: ReadonlyArray<{ start: number }>, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** The word before local offset `at` in `text`, as written (bounded look-back). */
export function wordBeforeAsWritten(text: string, at: number): string {
  return /([\p{L}’'-]+)[^\p{L}]{0,3}$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}

/** The word before local offset `at` in `text`, lower-cased. */
export const wordBefore = (text: string, at: number): string => wordBeforeAsWritten(text, at).toLowerCase();

/** The word after local offset `at` in `text`, as written (bounded look-ahead). */
export function wordAfter(text: string, at: number): string {
  return /^[^\p{L}\n]{0,3}([\p{L}’'-]+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}
