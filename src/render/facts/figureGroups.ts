// The same figure across outlets: readings that agree are one group (its corroboration); readings of the same
// thing that cannot both be true are kept apart and flagged, so a sheet can show them side by side.

import type { FoundFigure } from './figures';

/** One figure as one outlet reported it. */
export interface FigureReport<E> {
  figure: FoundFigure;
  /** Outlet name, or the article id where the outlet is unknown: distinct keys count as distinct sources. */
  outletKey: string;
  evidence: E;
}

export interface FigureReading<E> {
  counts: string;
  /** The most precise phrase reported ("100,000 troops" before "around 100,000 troops"). */
  phrase: string;
  value: number;
  outlets: number;
  reports: FigureReport<E>[];
}

export interface FigureFacts<E> {
  /** Every reading, best-corroborated first. */
  readings: FigureReading<E>[];
  /** Things counted with readings that disagree: each entry lists the rival readings. */
  conflicts: { counts: string; readings: FigureReading<E>[] }[];
}

/** The values a qualified figure allows: "more than 100,000" is 100,000–130,000. */
const QUALIFIER_RANGES: Record<string, [number, number]> = {
  'more than': [1, 1.3], over: [1, 1.3], 'just over': [1, 1.1], 'at least': [1, 1.5],
  around: [0.9, 1.1], about: [0.9, 1.1], roughly: [0.9, 1.1], some: [0.9, 1.1],
  nearly: [0.85, 1], almost: [0.85, 1], 'just under': [0.9, 1], 'up to': [0.5, 1], 'fewer than': [0.5, 1], 'less than': [0.5, 1],
};

function range(figure: FoundFigure): [number, number] {
  const [lo, hi] = QUALIFIER_RANGES[figure.qualifier ?? ''] ?? [1, 1];
  return [figure.value * lo, figure.value * hi];
}

function reading<E>(counts: string, reports: FigureReport<E>[]): FigureReading<E> {
  const precise = reports.find((r) => r.figure.qualifier === null) ?? reports[0]!;
  return {
    counts,
    phrase: precise.figure.phrase,
    value: precise.figure.value,
    outlets: new Set(reports.map((r) => r.outletKey)).size,
    reports,
  };
}

/** Linear in the reports after one sort per counted thing; never compares all pairs. */
export function groupFigureReports<E>(reports: FigureReport<E>[]): FigureFacts<E> {
  const byCounts = new Map<string, FigureReport<E>[]>();
  for (const report of reports) {
    const list = byCounts.get(report.figure.counts);
    if (list) list.push(report);
    else byCounts.set(report.figure.counts, [report]);
  }
  const readings: FigureReading<E>[] = [];
  const conflicts: FigureFacts<E>['conflicts'] = [];
  for (const [counts, list] of byCounts) {
    const sorted = [...list].sort((a, b) => range(a.figure)[0] - range(b.figure)[0]);
    const clusters: FigureReport<E>[][] = [];
    let high = -Infinity;
    for (const report of sorted) {
      const [lo, hi] = range(report.figure);
      if (clusters.length && lo <= high) {
        clusters.at(-1)!.push(report);
        high = Math.max(high, hi);
      } else {
        clusters.push([report]);
        high = hi;
      }
    }
    const group = clusters.map((cluster) => reading(counts, cluster));
    readings.push(...group);
    if (group.length > 1) conflicts.push({ counts, readings: group });
  }
  readings.sort((a, b) => b.outlets - a.outlets || b.reports.length - a.reports.length || a.counts.localeCompare(b.counts));
  return { readings, conflicts };
}
