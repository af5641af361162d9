// Builds the Worker exactly as `wrangler deploy` would (offline dry run) and measures the bundle: code vs embedded KB, raw and gzip.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(import.meta.dirname, '../..');

export interface Bundle {
  dir: string;
  /** The ES module entry (index.js). */
  entry: string;
  /** Text modules (templates) next to the entry. */
  textModules: string[];
}

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
  codeRawBytes: number;
  codeGzipBytes: number;
  dataRawBytes: number;
  dataGzipBytes: number;
  templatesRawBytes: number;
  templatesGzipBytes: number;
  /** The biggest parts of index.js, raw bytes: a package under node_modules, or a top folder of src/. */
  largestParts: Array<{ part: string; rawBytes: number }>;
}

/** No metrics, no account lookups, no banner: nothing leaves the machine. */
export const OFFLINE_ENV = {
  ...process.env,
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CI: 'true',
};

/** `wrangler deploy --dry-run --outdir <dir>` for the top-level environment, optionally for another entry (the positional script argument). */
export function bundleWorker(outdir = 'dist/bench', script?: string): Bundle {
  const dir = join(ROOT, outdir);
  rmSync(dir, { recursive: true, force: true });
  const args = ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--env=', '--outdir', outdir, ...(script ? [script] : [])];
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env: OFFLINE_ENV, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrangler dry run failed:\n${run.stdout}\n${run.stderr}`);
  const files = readdirSync(dir);
  // wrangler names the bundle after its entry: src/index-d1.ts → index-d1.js
  const entry = script ? (script.split('/').pop() ?? script).replace(/\.[cm]?[jt]s$/, '.js') : 'index.js';
  return { dir, entry: join(dir, entry), textModules: files.filter((f) => /\.(md|html)$/.test(f) && f !== 'README.md') };
}

/**
 * esbuild writes an imported JSON file as one `var x_default = {...};` block headed by a `// <path>` comment, so the
 * knowledge base is the text from its comment to the next module comment.
 */
function kbSlice(code: string, kbPath: string): [number, number] {
  const start = code.indexOf(`// ${kbPath}\n`);
  if (start < 0) return [0, 0];
  const next = code.indexOf('\n// ', start + 3);
  return [start, next < 0 ? code.length : next];
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** esbuild heads each input's code with a `// <path>` comment; the text up to the next one is that input's share. */
function largestParts(code: string, count = 5): BundleSize['largestParts'] {
  const heads = [...code.matchAll(/^\/\/ (\S+)$/gm)];
  const parts = new Map<string, number>();
  heads.forEach((h, i) => {
    const path = h[1]!;
    const part = path.startsWith('node_modules/') ? path.split('/')[1]! : path.split('/').slice(0, 2).join('/');
    const end = heads[i + 1]?.index ?? code.length;
    parts.set(part, (parts.get(part) ?? 0) + Buffer.byteLength(code.slice(h.index, end)));
  });
  return [...parts].sort((a, b) => b[1] - a[1]).slice(0, count).map(([part, rawBytes]) => ({ part, rawBytes }));
}

export function measureBundle(bundle: Bundle, kbPath = 'src/generated/kb.json'): BundleSize {
  const code = readFileSync(bundle.entry, 'utf8');
  const [start, end] = kbSlice(code, kbPath);
  const data = code.slice(start, end);
  const rest = code.slice(0, start) + code.slice(end);
  const templates = bundle.textModules.map((f) => readFileSync(join(bundle.dir, f), 'utf8')).join('');
  return {
    rawBytes: Buffer.byteLength(code) + Buffer.byteLength(templates),
    gzipBytes: gz(code) + gz(templates),
    codeRawBytes: Buffer.byteLength(rest),
    codeGzipBytes: gz(rest),
    dataRawBytes: Buffer.byteLength(data),
    dataGzipBytes: gz(data),
    templatesRawBytes: Buffer.byteLength(templates),
    templatesGzipBytes: gz(templates),
    largestParts: largestParts(code),
  };
}
