// A set of articles as bits, one per article in chronological order (KbIndex.articleRank): counting what two subjects
// share is an AND over a few words, and the oldest articles of a set are its lowest bits, so no set is ever sorted.

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class ArticleSet {
  private readonly words: Uint32Array;
  private counted = -1;

  /** `words`, when given, is this set's slice of a buffer shared by many sets (one allocation for all the actors). */
  constructor(size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(ArticleSet.wordsFor(size));
  }

  static wordsFor(size: number): number {
    return Math.ceil(size / 32);
  }

  add(rank: number): void {
    const at = rank >>> 5;
    this.words[at] = this.words[at]! | (1 << (rank & 31));
    this.counted = -1;
  }

  has(rank: number): boolean {
    return (this.words[rank >>> 5]! & (1 << (rank & 31))) !== 0;
  }

  get size(): number {
    if (this.counted < 0) {
      let count = 0;
      for (const word of this.words) if (word) count += popcount(word);
      this.counted = count;
    }
    return this.counted;
  }

  /** How many articles both sets hold. */
  sharedWith(other: ArticleSet): number {
    const a = this.words;
    const b = other.words;
    const n = Math.min(a.length, b.length);
    let count = 0;
    for (let i = 0; i < n; i++) {
      const both = a[i]! & b[i]!;
      if (both) count += popcount(both);
    }
    return count;
  }

  /** The ranks in the set, lowest (oldest) first; `limit` stops early. */
  ranks(limit = Infinity): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.words.length && out.length < limit; i++) {
      let word = this.words[i]!;
      while (word && out.length < limit) {
        const low = word & -word;
        out.push(i * 32 + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }
}
