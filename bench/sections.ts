// The five benchmark sections: each runs in its own Node process (fresh heap, optional pinning to one core) and hands back JSON.

import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseResult } from './result.ts';

export interface Section {
  name: string;
  script: string;
  /** Pin to one core (`taskset -c 0`): extraction and render are single-threaded work measured "on one core". */
  pinned: boolean;
  /** Needs `.md`/`.html` imports (the render templates). */
  textImports: boolean;
  /** Hard stop for the whole section. */
  timeoutSeconds: number;
  nodeFlags?: string[];
}

export const SECTIONS: Section[] = [
  { name: 'throughput', script: 'bench/extraction/throughput.ts', pinned: true, textImports: false, timeoutSeconds: 300, nodeFlags: ['--expose-gc'] },
  { name: 'growth', script: 'bench/extraction/growth.ts', pinned: true, textImports: false, timeoutSeconds: 420, nodeFlags: ['--expose-gc', '--max-old-space-size=8192'] },
  { name: 'render', script: 'bench/render/sheets.ts', pinned: true, textImports: true, timeoutSeconds: 300, nodeFlags: ['--expose-gc'] },
  { name: 'serving', script: 'bench/serve/serving.ts', pinned: false, textImports: false, timeoutSeconds: 180 },
  { name: 'startup', script: 'bench/serve/startup.ts', pinned: false, textImports: false, timeoutSeconds: 180 },
];

const ROOT = join(import.meta.dirname, '..');
const canPin = spawnSync('taskset', ['-c', '0', 'true']).status === 0;

/** Runs one section; its progress goes to our stderr, its result line is parsed from its stdout. */
export function runSection<T>(section: Section): Promise<{ result: T | null; seconds: number; pinned: boolean }> {
  const args = [
    ...(section.nodeFlags ?? []),
    '--import', 'tsx',
    ...(section.textImports ? ['--import', './bench/loaders/text.mjs'] : []),
    section.script,
  ];
  const pinned = section.pinned && canPin;
  const [cmd, ...rest] = pinned ? ['taskset', '-c', '0', process.execPath, ...args] : [process.execPath, ...args];
  const started = performance.now();
  return new Promise((resolve) => {
    // its own process group, so a timeout also stops what it started (workerd, wrk)
    const child = spawn(cmd!, rest, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
    const timer = setTimeout(() => {
      console.error(`bench: section ${section.name} passed ${section.timeoutSeconds} s; stopping it`);
      process.kill(-child.pid!, 'SIGKILL');
    }, section.timeoutSeconds * 1000);
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) console.error(`bench: section ${section.name} ended with ${signal ?? `exit code ${code}`}`);
      resolve({ result: parseResult<T>(stdout), seconds: (performance.now() - started) / 1000, pinned });
    });
  });
}
