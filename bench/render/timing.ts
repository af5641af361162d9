// Timing one sub-millisecond render: a minor GC before each run, then CPU time and wall time of that run alone.
//
// Why a minor GC and not a full one: the young generation is emptied, so a run neither pays for collecting the garbage
// of the runs before it nor for a scavenge it would otherwise hit at random. A forced full GC (`gc()`) is worse than
// none: V8 then shrinks the young generation and sweeps old space lazily on the main thread (`--single-threaded`), so
// the next few runs cost 2 to 10 times their steady-state time, which would add the same large constant to both sides
// of a ratio. Nothing in a timed loop builds a knowledge-base index either, so no major GC is due while timing.

import { median } from '../stats.ts';

type Collect = (options?: { type?: 'minor' | 'major' }) => void;
const collect = (globalThis as { gc?: Collect }).gc;

export function assertExposedGc(): void {
  if (!collect) throw new Error('the render benchmark needs `node --expose-gc` (bench/sections.ts passes it)');
}

/** One timed run: milliseconds of CPU time (user + system; V8 runs `--single-threaded`) and of wall time. */
export interface Sample {
  cpuMs: number;
  wallMs: number;
}

function finish(cpu: NodeJS.CpuUsage, start: number): Sample {
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs };
}

export function timeOnce(fn: () => unknown): Sample {
  collect!({ type: 'minor' });
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  return finish(cpu, start);
}

export async function timeOnceAsync(fn: () => Promise<unknown>): Promise<Sample> {
  collect!({ type: 'minor' });
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  return finish(cpu, start);
}

/** Median microseconds of each clock (medians taken separately). */
export interface Timing {
  cpuUs: number;
  wallUs: number;
}

export function medianTiming(samples: Sample[]): Timing {
  return { cpuUs: median(samples.map((s) => s.cpuMs)) * 1000, wallUs: median(samples.map((s) => s.wallMs)) * 1000 };
}
