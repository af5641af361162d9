// Timing helpers: warm up, run a few times, quote the median (never the mean or the best).

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

const collect = (globalThis as { gc?: () => void }).gc;

/** Milliseconds of each timed run of `fn`, after `warmup` untimed runs; a full GC before each run when exposed. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collect?.();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

/** Median microseconds of `fn` over batches sized to take about `batchMs` each: for sub-millisecond work. */
export function microsPerCall(fn: () => unknown, runs = 15, batchMs = 20): number {
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < batchMs) {
    fn();
    calls++;
  }
  const perBatch = Math.max(1, calls);
  const times = timeRuns(() => {
    for (let i = 0; i < perBatch; i++) fn();
  }, runs, 1);
  return (median(times) * 1000) / perBatch;
}
