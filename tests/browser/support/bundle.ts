// Builds a Worker bundle with wrangler's offline dry run: the same bytes `wrangler deploy` would upload.

import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Bundle {
  dir: string;
  entry: string;
  /** The templates wrangler's Text rule emitted next to the entry, imported by these file names. */
  textModules: string[];
}

/** Offline and quiet: no metrics, no request.cf lookup, no banner. */
export const OFFLINE_ENV = { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' };

/** `config` defaults to the project's wrangler.toml (whose build step regenerates src/generated/kb.json). */
export async function buildBundle(root: string, outdir: string, config?: string): Promise<Bundle> {
  const wrangler = join(root, 'node_modules/wrangler/bin/wrangler.js');
  const args = [wrangler, 'deploy', '--dry-run', '--outdir', outdir, ...(config ? ['--config', config] : [])];
  await run(process.execPath, args, { cwd: root, env: OFFLINE_ENV, maxBuffer: 16 * 1024 * 1024 });
  const files = readdirSync(outdir);
  const entry = files.find((f) => f.endsWith('.js'));
  if (!entry) throw new Error(`wrangler wrote no .js entry to ${outdir} (files: ${files.join(', ')})`);
  return { dir: outdir, entry, textModules: files.filter((f) => /\.(md|html)$/.test(f)) };
}
