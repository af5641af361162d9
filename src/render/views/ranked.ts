// A list in rank order, sorted only as far as a page needs: the head a sheet shows costs one pass over the items, the whole
// sort is done once, and only when a page of the paginated JSON list asks for it.

export type Compare<T> = (a: T, b: T) => number;

/**
 * The first `k` items in `compare` order, as a stable sort would give them (ties keep their order in `items`):
 * a sorted buffer of at most `k`, so n items cost O(n log k) comparisons and most are one comparison with the last.
 */
export function topK<T>(items: readonly T[], k: number, compare: Compare<T>): T[] {
  const head: T[] = [];
  if (k <= 0) return head;
  for (const item of items) {
    if (head.length === k && compare(item, head[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = head.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, head[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    head.splice(lo, 0, item);
    if (head.length > k) head.pop();
  }
  return head;
}

/** A list a sheet shows the head of, and a JSON list route pages through. */
export interface OrderedList<T> {
  readonly total: number;
  head(k: number): T[];
  all(): readonly T[];
}

export class RankedList<T> implements OrderedList<T> {
  private sorted: T[] | null = null;

  constructor(
    private readonly items: readonly T[],
    /** null: the items are already in order. */
    private readonly compare: Compare<T> | null,
  ) {}

  get total(): number {
    return this.items.length;
  }

  /** The first `k` in rank order. */
  head(k: number): T[] {
    if (this.sorted || !this.compare) return (this.sorted ?? this.items).slice(0, k);
    return topK(this.items, k, this.compare);
  }

  /** Every item in rank order (a stable sort, kept). */
  all(): T[] {
    this.sorted ??= this.compare ? [...this.items].sort(this.compare) : [...this.items];
    return this.sorted;
  }
}

/** A list already in the order the knowledge base gives it. */
export function inKbOrder<T>(items: readonly T[]): RankedList<T> {
  return new RankedList(items, null);
}
