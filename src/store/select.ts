// Which store serves a request: D1 when the Worker is configured for it (STORE = "d1" and a DB binding), else the
// knowledge base bundled into the Worker.

import type { KnowledgeBase } from '../kb/types';
import { BundledStore } from './bundled';
import { D1Store } from './d1/store';
import type { FactStore } from './types';

/** The bindings the store and the ingest API read; all optional, so the default Worker needs none. */
export interface StoreEnv {
  /** "d1" selects the D1 store; anything else (or nothing) the bundled one. */
  STORE?: string;
  DB?: D1Database;
  /** Bearer token for the ingest API (a Worker secret; `.dev.vars` locally). */
  INGEST_TOKEN?: string;
}

export type StoreSelector = (env: StoreEnv | undefined) => FactStore;

export class StoreConfigurationError extends Error {
  override name = 'StoreConfigurationError';
}

/** The bundled store is built once per isolate; a D1 store per request, so each counts its own rows read. */
export function storeSelector(kb: KnowledgeBase): StoreSelector {
  let bundled: BundledStore | null = null;
  return (env) => {
    if (env?.STORE === 'd1') {
      if (!env.DB) throw new StoreConfigurationError('STORE is "d1" but the Worker has no D1 binding named DB (see wrangler.toml [env.d1])');
      return new D1Store(env.DB);
    }
    bundled ??= new BundledStore(kb);
    return bundled;
  };
}
