// Rewrites the generated part of README.md's "Performance" section: only the text between the perf markers changes.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const README = join(import.meta.dirname, '../README.md');
const START = '<!-- perf:start -->';
const END = '<!-- perf:end -->';

/** Returns false (and leaves the file alone) when the markers are missing. */
export function writePerformanceSection(markdown: string): boolean {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(README, `${text.slice(0, start + START.length)}\n${markdown.trim()}\n${text.slice(end)}`);
  return true;
}
