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

/** Self samples per source line, across all functions: where inside a hot function the time goes. */
export function hotLines(profileFile: string, mapFile: string, root: string, count = 15): Array<{ where: string; pct: number }> {
  const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
  const map = new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')));
  const bundleName = mapFile.replace(/\.map$/, '').split('/').pop()!;
  const lines = new Map<string, number>();
  let all = 0;
  for (const n of profile.nodes) {
    for (const { line, ticks } of n.positionTicks ?? []) {
      all += ticks;
      if (!n.callFrame.url.endsWith(bundleName)) continue;
      // esbuild keeps one source line per generated line, so the line's first mapping names it
      const entry = map.findEntry(line - 1, 0) as Partial<SourceMapping>;
      if (!entry.originalSource) continue;
      const key = `${relative(root, resolve(dirname(mapFile), entry.originalSource))}:${(entry.originalLine ?? 0) + 1} (${n.callFrame.functionName || 'anonymous'})`;
      lines.set(key, (lines.get(key) ?? 0) + ticks);
    }
  }
  return [...lines].sort((a, b) => b[1] - a[1]).slice(0, count).map(([where, ticks]) => ({ where, pct: (100 * ticks) / all }));
}

/**
 * Self and total time per function (total counts a function once per sample, however deep it recurses). With
 * `within`, only samples whose stack holds a function of that name count, so set-up work (generating the corpus,
 * parsing a KB) stays out of the percentages.
 */
export function hotspots(profileFile: string, mapFile: string, root: string, within?: string): { sampledMs: number; spots: Hotspot[] } {
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
  const stackHas = (id: number, name: string): boolean => {
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) if (byId.get(cur)!.callFrame.functionName === name) return true;
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
  const spots = [...total.keys()].map((k) => ({ where: k, selfPct: (100 * (self.get(k) ?? 0)) / sampled, totalPct: (100 * total.get(k)!) / sampled }));
  return { sampledMs: sampled / 1000, spots };
}
