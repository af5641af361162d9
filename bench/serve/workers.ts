// Miniflare worker definitions: the built bundle, a static worker returning one fixed response, and an empty worker.

import { join } from 'node:path';
import type { WorkerOptions } from 'miniflare';
import type { Bundle } from './bundle.ts';

/** From wrangler.toml, so the bundle runs with the flags it ships with. */
const COMPATIBILITY = { compatibilityDate: '2026-04-01', compatibilityFlags: ['nodejs_compat'] };

/** A socket straight into the worker, bypassing Miniflare's entry proxy (as wrk would hit a deployed Worker). */
const direct = (name: string): Pick<WorkerOptions, 'unsafeDirectSockets'> => ({ unsafeDirectSockets: [{ host: '127.0.0.1', port: 0, serviceName: name }] });

export function builtWorker(name: string, bundle: Bundle): WorkerOptions {
  return {
    name,
    ...COMPATIBILITY,
    modulesRoot: bundle.dir,
    modules: [
      { type: 'ESModule', path: bundle.entry },
      ...bundle.textModules.map((f) => ({ type: 'Text' as const, path: join(bundle.dir, f) })),
    ],
    ...direct(name),
  };
}

/** The same bytes and headers as a real sheet response, with no routing or rendering at all: the serving ceiling. */
export function staticWorker(name: string, body: string, headers: Record<string, string>): WorkerOptions {
  return {
    name,
    ...COMPATIBILITY,
    modules: true,
    script: `const body = ${JSON.stringify(body)};\nconst headers = ${JSON.stringify(headers)};\nexport default { fetch() { return new Response(body, { headers }); } };\n`,
    ...direct(name),
  };
}

/** Startup baseline: what workerd costs with no code to evaluate. */
export function emptyWorker(name: string): WorkerOptions {
  return { name, ...COMPATIBILITY, modules: true, script: 'export default { fetch() { return new Response("ok"); } };\n', ...direct(name) };
}
