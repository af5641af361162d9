// Binary search over items sorted by `start`, shared by extraction and the KB's derived facts.

/** Index of the first item whose start is at or after `at` (items sorted by start); items.length when none is. */
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
