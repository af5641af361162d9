// Groups figures reported across articles: the same quantity of the same thing is one group with its
// corroboration; the same thing with a clearly different quantity stays a separate group, flagged as a conflict.
//
// The rules, in order:
// 1. Referential counts ("the two sides") are not reports and are left out.
// 2. Figures are blocked by what they count (singular, synonyms folded) and their unit; only figures in the
//    same block are ever compared, so the work is linear in the number of blocks, never all pairs.
// 3. Each figure stands for a range of values set by its qualifier ("more than 100,000" → 100,000–130,000,
//    "around 100,000" → 90,000–110,000). Precise figures whose ranges overlap form one group, so a
//    qualifier difference alone is never a conflict.
// 4. Vague figures ("tens of thousands") join the group whose value their range holds; otherwise they
//    form their own group. They never bridge two precise groups.
// 5. Two groups in one block are in conflict; they share `key`, so a reader finds the other readings by it
//    (listing every conflicting pair would be quadratic). Figures without a counted thing are never
//    compared: each is a group of its own.
import { COUNT_SYNONYMS, QUALIFIER_RANGES } from '../lexicon/numbers.ts';
import type { FigureGroup, FigureReport } from '../types.ts';

interface Ranged {
  report: FigureReport;
  order: number;
  lo: number;
  hi: number;
  vague: boolean;
}

/** The normalised counts key: a whole-phrase synonym, else the phrase with its head's synonym. */
export function countsKey(counts: string): string {
  const phrase = counts.trim().toLowerCase().replace(/\s+/g, ' ');
  if (phrase in COUNT_SYNONYMS) return COUNT_SYNONYMS[phrase]!;
  const words = phrase.split(' ');
  const head = words.pop()!;
  return [...words, COUNT_SYNONYMS[head] ?? head].join(' ');
}

function ranged(report: FigureReport, order: number): Ranged {
  const [lo, hi] = QUALIFIER_RANGES[report.figure.qualifier ?? ''] ?? QUALIFIER_RANGES['']!;
  const v = report.figure.value;
  return { report, order, lo: v * lo, hi: v * hi, vague: hi / lo > 2 };
}

/** Connected runs of overlapping ranges, by a sweep over ranges sorted by their low end. */
function sweep(items: Ranged[]): Ranged[][] {
  const sorted = [...items].sort((a, b) => a.lo - b.lo || a.order - b.order);
  const clusters: Ranged[][] = [];
  let reach = -Infinity;
  for (const item of sorted) {
    if (item.lo <= reach) clusters[clusters.length - 1]!.push(item);
    else clusters.push([item]);
    reach = item.lo <= reach ? Math.max(reach, item.hi) : item.hi;
  }
  return clusters;
}

/** The value most members report; ties go to the earliest report. */
function modeValue(members: Ranged[]): number {
  const counts = new Map<number, number>();
  for (const m of members) counts.set(m.report.figure.value, (counts.get(m.report.figure.value) ?? 0) + 1);
  let best = members[0]!;
  for (const m of members) {
    const c = counts.get(m.report.figure.value)!;
    const b = counts.get(best.report.figure.value)!;
    if (c > b || (c === b && m.order < best.order)) best = m;
  }
  return best.report.figure.value;
}

/** Clusters of one block: precise figures swept together, vague ones placed by binary search. */
function clusterBlock(block: Ranged[]): Ranged[][] {
  const clusters = sweep(block.filter((r) => !r.vague));
  const values = clusters.map((c) => ({ value: modeValue(c), cluster: c })).sort((a, b) => a.value - b.value);
  const homeless: Ranged[] = [];
  for (const vague of block.filter((r) => r.vague)) {
    let low = 0;
    let high = values.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[mid]!.value < vague.lo) low = mid + 1;
      else high = mid;
    }
    const home = values[low];
    if (home && home.value <= vague.hi) home.cluster.push(vague);
    else homeless.push(vague);
  }
  return [...clusters, ...sweep(homeless)];
}

function toGroup(key: string, members: Ranged[]): FigureGroup {
  members.sort((a, b) => a.order - b.order);
  const sources = [...new Set(members.map((m) => m.report.outlet ?? `article:${m.report.article}`))];
  const qualifiers = [...new Set(members.map((m) => m.report.figure.qualifier).filter((q): q is string => q !== null))];
  return {
    key, counts: members[0]!.report.figure.counts ?? '', value: modeValue(members), qualifiers,
    members: members.map((m) => m.report), sources, corroboration: sources.length, conflict: false,
  };
}

export function groupFigures(items: FigureReport[]): FigureGroup[] {
  const blocks = new Map<string, Ranged[]>();
  const loose: Array<{ key: string; item: Ranged }> = [];
  items.forEach((report, order) => {
    const { figure } = report;
    if (figure.referential) return;
    const item = ranged(report, order);
    if (figure.counts === null) {
      loose.push({ key: `${figure.unit ?? ''}|#${order}`, item });
      return;
    }
    const key = `${countsKey(figure.counts)}|${figure.unit ?? ''}`;
    const block = blocks.get(key);
    if (block) block.push(item);
    else blocks.set(key, [item]);
  });

  const groups: Array<{ first: number; group: FigureGroup; block: string | null }> = [];
  for (const [key, block] of blocks) {
    for (const cluster of clusterBlock(block)) {
      groups.push({ first: Math.min(...cluster.map((c) => c.order)), group: toGroup(key, cluster), block: key });
    }
  }
  for (const { key, item } of loose) groups.push({ first: item.order, group: toGroup(key, [item]), block: null });

  groups.sort((a, b) => a.first - b.first);
  const perBlock = new Map<string, number>();
  for (const { block } of groups) if (block !== null) perBlock.set(block, (perBlock.get(block) ?? 0) + 1);
  for (const { block, group } of groups) group.conflict = block !== null && perBlock.get(block)! > 1;
  return groups.map((g) => g.group);
}
