// The five benchmark sections: each runs in its own Node process (fresh heap, optional pinning to one core) and hands back JSON.

import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseResult } from './result.ts';

export interface Section {
  name: string;
  script: string;
  /**
   * Single-threaded work "on one core": V8 runs with `--single-threaded` (no GC or compiler helper threads) and the
   * section quotes CPU time. With BENCH_PIN=1 it is also pinned to core 0 (`taskset`); that is off by default
   * because on a shared 2-core machine a pinned process waits whenever anything else lands on that core.
   */
  oneCore: boolean;
  /** Needs `.md`/`.html` imports (the render templates). */
  textImports: boolean;
  /** Hard stop for the whole section. */
  timeoutSeconds: number;
  nodeFlags?: string[];
}

export const SECTIONS: Section[] = [
  { name: 'throughput', script: 'bench/extraction/throughput.ts', oneCore: true, textImports: false, timeoutSeconds: 300 },
  { name: 'growth', script: 'bench/extraction/growth.ts', oneCore: true, textImports: false, timeoutSeconds: 480, nodeFlags: ['--max-old-space-size=8192'] },
  { name: 'render', script: 'bench/render/sheets.ts', oneCore: true, textImports: true, timeoutSeconds: 300, nodeFlags: ['--expose-gc'] },
  { name: 'serving', script: 'bench/serve/serving.ts', oneCore: false, textImports: false, timeoutSeconds: 180 },
  { name: 'startup', script: 'bench/serve/startup.ts', oneCore: false, textImports: false, timeoutSeconds: 180 },
  { name: 'load', script: 'bench/serve/loadSection.ts', oneCore: false, textImports: false, timeoutSeconds: 300 },
  { name: 'd1', script: 'bench/d1Section.ts', oneCore: false, textImports: false, timeoutSeconds: 900, nodeFlags: ['--max-old-space-size=8192'] },
];

const ROOT = join(import.meta.dirname, '..');
const pin = process.env.BENCH_PIN === '1' && spawnSync('taskset', ['-c', '0', 'true']).status === 0;

const running = new Set<number>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) process.kill(-pid, 'SIGKILL');
    process.exit(130);
  });
}

/** Runs one section; its progress goes to our stderr, its result line is parsed from its stdout. */
export function runSection<T>(section: Section): Promise<{ result: T | null; seconds: number; pinned: boolean }> {
  const args = [
    ...(section.oneCore ? ['--single-threaded'] : []),
    ...(section.nodeFlags ?? []),
    '--import', 'tsx',
    ...(section.textImports ? ['--import', './bench/loaders/text.mjs'] : []),
    section.script,
  ];
  const pinned = section.oneCore && pin;
  const [cmd, ...rest] = pinned ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  console.error(`\nbench: ${section.name} (${section.script})`);
  return new Promise((resolve) => {
    // its own process group, so a timeout also stops what it started (workerd, wrk)
    const child = spawn(cmd!, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    running.add(child.pid!);
    const timer = setTimeout(() => {
      console.error(`bench: section ${section.name} passed ${section.timeoutSeconds} s; stopping it`);
      process.kill(-child.pid!, 'SIGKILL');
    }, section.timeoutSeconds * 1000);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child.pid!);
      if (code !== 0) console.error(`bench: section ${section.name} ended with ${signal ?? `exit code ${code}`}`);
      resolve({ result: parseResult<T>(stdout), seconds: (performance.now() - started) / 1000, pinned });
    });
  });
}
