// Middleware: the Cache-Control a response gets when its route chose none; errors are never stored.

import type { MiddlewareHandler } from 'hono';

/** Pages change only with a redeploy; a short max-age with ETag revalidation keeps them fresh and cheap. */
export const DEFAULT_PAGE_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';
/** Errors (and anything else not worth keeping) are not stored, so a fixed page is seen at once. */
export const NO_STORE = 'no-store';

/** Routes that set Cache-Control themselves (pages, /healthz, error pages) keep theirs; only successful reads are shared. */
export function cachePolicy(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.headers.has('Cache-Control')) return;
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    c.header('Cache-Control', read && c.res.status < 400 ? DEFAULT_PAGE_CACHE_CONTROL : NO_STORE);
  };
}
