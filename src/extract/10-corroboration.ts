// Step 10: the same words reported by several outlets become one quote with several sources.
//
// Rules, stated once:
//   - Quotes of four or more words are the same when nearly all words of the shorter one appear in the longer one
//     (≥ 80%) and their lengths are comparable; candidates come from shared three-word shingles, never all pairs.
//   - Shorter fragments are the same only when their words are identical and they have the same speaker.
//   - Within a group, sources that name a different speaker stay separate quotes, each pointing at the others as a
//     conflict. A source that names nobody joins the speaker most sources name.
//   - Corroboration counts distinct outlets (an article with no known outlet counts as its own).
import type { QuoteKind, QuoteSource } from '../kb/types.ts';
import { FUNCTION_WORDS } from './lexicon/common.ts';
import { pushTo } from '../util/multimap.ts';

export interface QuoteReport {
  article: string;
  outlet: string | null;
  text: string;
  kind: QuoteKind;
  source: QuoteSource;
  /** Actor id or null; unnamed speakers are told apart by label. */
  speakerKey: string | null;
}

export interface QuoteGroup {
  reports: QuoteReport[];
  speaker: string | null;
  speakerLabel: string | null;
  /** Indexes of other groups with the same words and a different speaker (at most MAX_CONFLICTS, best-supported first). */
  conflicts: number[];
}

const SHINGLE = 3;
const MAX_SHINGLE_LIST = 40;
const STOCK = new Set(FUNCTION_WORDS);

const MIN_LONG = 4;
/** Rival attributions listed per quote, best-supported first. */
export const MAX_CONFLICTS = 24;

/** Characters that NFKD or the accent strip would change: everything outside ASCII but the curly apostrophes. */
const NEEDS_FOLDING = /[^\x00-\x7f’‘]/;

export function wordsOf(text: string): string[] {
  const folded = NEEDS_FOLDING.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text;
  return folded.toLowerCase().replace(/[’‘`]/g, "'").split(/[^a-z0-9']+/).filter(Boolean);
}

/** Same words: nearly all words of the shorter quote appear in the longer one, and their lengths are comparable. */
export function similar(a: string[], b: string[], setOf: (words: string[]) => Set<string> = (w) => new Set(w)): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length / long.length < 0.6) return false;
  const set = setOf(long);
  let shared = 0;
  for (const w of short) if (set.has(w)) shared++;
  return shared / short.length >= 0.8;
}

export function groupQuotes(reports: QuoteReport[]): QuoteGroup[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b);
  };
  const words = reports.map((r) => wordsOf(r.text));
  // a quote compared with many others builds its word set once
  const sets = new Map<string[], Set<string>>();
  const setOf = (w: string[]) => {
    let set = sets.get(w);
    if (!set) sets.set(w, (set = new Set(w)));
    return set;
  };
  // words as numbers, so that a shingle's key is one number instead of a joined string
  const ids = new Map<string, number>();
  const coded = words.map((w) => w.map((x) => ids.get(x) ?? (ids.set(x, ids.size), ids.size - 1)));
  const stock = new Uint8Array(ids.size);
  for (const [x, id] of ids) if (STOCK.has(x)) stock[id] = 1;
  const v = ids.size;
  // three ids in one safe integer while the vocabulary allows it (v³ < 2⁵³), else a string
  const numeric = v < 200_000;
  const byShingle = new Map<number | string, number[]>();
  const byExact = new Map<string, number>();
  // triedBy[j] === i: quote i has already been compared with quote j
  const triedBy = new Int32Array(reports.length).fill(-1);
  const articleOf = reports.map((r) => r.article);
  words.forEach((w, i) => {
    if (reports[i]!.kind === 'indirect') return;
    if (w.length < MIN_LONG) {
      const key = `${reports[i]!.speakerKey}|${w.join(' ')}`;
      const seen = byExact.get(key);
      if (seen !== undefined) union(i, seen);
      else byExact.set(key, i);
      return;
    }
    const c = coded[i]!;
    const article = articleOf[i];
    for (let k = 0; k + SHINGLE <= w.length; k++) {
      // shingles of function words only ("that there will") say nothing about which quote this is
      if (stock[c[k]!] && stock[c[k + 1]!] && stock[c[k + 2]!]) continue;
      const key = numeric ? (c[k]! * v + c[k + 1]!) * v + c[k + 2]! : `${w[k]} ${w[k + 1]} ${w[k + 2]}`;
      const list = byShingle.get(key);
      if (!list) {
        byShingle.set(key, [i]);
        continue;
      }
      // a shingle shared by very many quotes is a stock phrase, not evidence: stop comparing on it
      if (list.length >= MAX_SHINGLE_LIST) continue;
      for (const j of list) {
        if (triedBy[j] === i || articleOf[j] === article) continue;
        triedBy[j] = i;
        // already in the same group: nothing to learn from comparing again
        if (find(i) !== find(j) && similar(w, words[j]!, setOf)) union(i, j);
      }
      list.push(i);
    }
  });

  const clusters = new Map<number, number[]>();
  reports.forEach((_, i) => {
    const root = find(i);
    pushTo(clusters, root, i);
  });

  const groups: QuoteGroup[] = [];
  for (const members of clusters.values()) {
    const bySpeaker = new Map<string, number[]>();
    const silent: number[] = [];
    for (const i of members) {
      const r = reports[i]!;
      const key = r.speakerKey ?? (r.source.speakerLabel ? `label:${r.source.speakerLabel.toLowerCase()}` : null);
      if (key === null) silent.push(i);
      else pushTo(bySpeaker, key, i);
    }
    const ranked = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length);
    if (ranked.length === 0) ranked.push(['', []]);
    ranked[0]![1].push(...silent);
    const first = groups.length;
    for (const [, idx] of ranked) {
      idx.sort((a, b) => a - b);
      const lead = reports[idx.find((i) => reports[i]!.speakerKey !== null || reports[i]!.source.speakerLabel) ?? idx[0]!]!;
      groups.push({
        reports: idx.map((i) => reports[i]!),
        speaker: lead.speakerKey,
        speakerLabel: lead.source.speakerLabel,
        conflicts: [],
      });
    }
    const ids = ranked.map((_, k) => first + k);
    // each lists the rival attributions most sources give, a bounded number: k speakers never cost k² entries
    for (const g of ids) {
      const rivals: number[] = [];
      for (let k = 0; k < ids.length && rivals.length < MAX_CONFLICTS; k++) if (ids[k] !== g) rivals.push(ids[k]!);
      groups[g]!.conflicts = rivals;
    }
  }
  return groups;
}

export function corroboration(reports: QuoteReport[]): number {
  return new Set(reports.map((r) => r.outlet?.toLowerCase() ?? `article:${r.article}`)).size;
}
