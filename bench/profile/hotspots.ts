// Reads a V8 .cpuprofile of an esbuild bundle and lists the functions with the most self and total time, as source file:line.

import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapping } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  /** Samples per line of the generated code (1-based lines), when V8 recorded them. */
  positionTicks?: Array<{ line: number; ticks: number }>;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  where: string;
  selfPct: number;
  totalPct: number;
}

/** Self samples on one source line (from V8's position ticks), in percent of the ticks counted. */
export interface HotLine {
  where: string;
  pct: number;
}

/**
 * Self and total time per function (total counts a function once per sample, however deep it recurses). With
 * `within`, only samples whose stack holds a frame whose "name file:line" contains it count, so set-up work
 * (generating the corpus, building indexes) stays out of the percentages.
 */
export function hotspots(profileFile: string, mapFile: string, root: string, within?: string): { sampledMs: number; spots: Hotspot[]; lines: HotLine[] } {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const bundleName = mapFile.replace(/\.map$/, '').split('/').pop()!;
  const names = new Map<number, string>();
  const where = (n: ProfileNode): string => {
    let name = names.get(n.id);
    if (name) return name;
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const fn = functionName || '(anonymous)';
    // findEntry answers {} where the bundle has no mapping
    const entry = (url.endsWith(bundleName) ? map.findEntry(lineNumber, columnNumber) : {}) as Partial<SourceMapping>;
    const source = entry.originalSource
      ? `${relative(root, resolve(dirname(mapFile), entry.originalSource.replace(/^file:\/\//, '')))}:${(entry.originalLine ?? 0) + 1}`
      : url ? url.split('/').pop() : '(native)';
    name = `${fn} ${source}`;
    names.set(n.id, name);
    return name;
  };

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  const stackHas = (id: number, part: string): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (where(byId.get(cur)!).includes(part)) return true;
    return false;
  };
  profile.samples.forEach((id, i) => {
    if (within && !stackHas(id, within)) return;
    const us = profile.timeDeltas[i] ?? 0;
    sampled += us;
    const key = where(byId.get(id)!);
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = where(byId.get(cur)!);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + us);
      seen.add(k);
    }
  });
  // where inside the hot functions: esbuild keeps one source line per generated line, so a line's first mapping names it
  const lineTicks = new Map<string, number>();
  let ticks = 0;
  for (const n of profile.nodes) {
    if (!n.positionTicks || (within && !stackHas(n.id, within))) continue;
    for (const t of n.positionTicks) {
      ticks += t.ticks;
      const entry = (n.callFrame.url.endsWith(bundleName) ? map.findEntry(t.line - 1, 0) : {}) as Partial<SourceMapping>;
      if (!entry.originalSource) continue;
      const key = `${relative(root, resolve(dirname(mapFile), entry.originalSource))}:${(entry.originalLine ?? 0) + 1} (${n.callFrame.functionName || 'anonymous'})`;
      lineTicks.set(key, (lineTicks.get(key) ?? 0) + t.ticks);
    }
  }
  const lines = [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_LINES ?? 15)).map(([k, n]) => ({ where: k, pct: (100 * n) / ticks }));

  const spots = [...total.keys()].map((k) => ({ where: k, selfPct: (100 * (self.get(k) ?? 0)) / sampled, totalPct: (100 * total.get(k)!) / sampled }));
  return { sampledMs: sampled / 1000, spots, lines };
}
