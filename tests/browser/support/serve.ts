// Serves a built Worker bundle on loopback with Miniflare's Node API (workerd underneath), optionally with bindings.

import { join } from 'node:path';
import { Miniflare } from 'miniflare';
import type { Bundle } from './bundle';

/** From wrangler.toml, so the bundle runs with the flags it ships with. */
const COMPATIBILITY = { compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'] };

export interface ServedWorker {
  url: string;
  dispose: () => Promise<void>;
}

export async function serveBundle(bundle: Bundle, bindings: Record<string, unknown> = {}): Promise<ServedWorker> {
  const mf = new Miniflare({
    ...COMPATIBILITY,
    host: '127.0.0.1',
    port: 0,
    modulesRoot: bundle.dir,
    modules: [
      { type: 'ESModule', path: join(bundle.dir, bundle.entry) },
      ...bundle.textModules.map((file) => ({ type: 'Text' as const, path: join(bundle.dir, file) })),
    ],
    bindings: bindings as Record<string, never>,
  });
  const url = await mf.ready;
  return { url: url.origin, dispose: () => mf.dispose() };
}
