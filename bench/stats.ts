// Timing helpers: warm up, run a few times, quote the median (never the mean or the best); wall and CPU time side by side.

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** Nearest-rank percentile of a sample. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Runs {
  /** Wall-clock milliseconds of each timed run. */
  wall: number[];
  /**
   * CPU milliseconds (user + system) of this process for each run. Sections run V8 with `--single-threaded`, so this
   * is the work done on one core, and other programs competing for the cores do not inflate it as they do wall time.
   */
  cpu: number[];
}

export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Each timed run of `fn`, after `warmup` untimed runs. No forced GC between runs: V8 sweeps lazily after a full GC,
 * so a forced one lands a fixed cost (about 0.25 s with a 1,000-article KB in the heap) on the next timed run. In a
 * steady state each run pays for collecting about as much garbage as it makes, which is the cost to quote.
 */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): Runs {
  for (let i = 0; i < warmup; i++) fn();
  const out: Runs = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    out.wall.push(performance.now() - start);
    out.cpu.push(cpuMsSince(cpu));
  }
  return out;
}

/** Median CPU microseconds of one call of `fn`, over batches sized to take about `batchMs` each: for sub-millisecond work. */
export function microsPerCall(fn: () => unknown, runs = 15, batchMs = 20): number {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < batchMs) {
    fn();
    calls++;
  }
  const perBatch = Math.max(1, calls);
  const { cpu } = timeRuns(() => {
    for (let i = 0; i < perBatch; i++) fn();
  }, runs, 0);
  return (median(cpu) * 1000) / perBatch;
}
