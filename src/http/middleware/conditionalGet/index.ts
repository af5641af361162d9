// Middleware: tags every cacheable 200 to GET/HEAD with a strong ETag and answers a matching If-None-Match with 304.

import type { MiddlewareHandler } from 'hono';
import { ifNoneMatchHits, strongEtag } from './entityTags';

export { ifNoneMatchHits, parseIfNoneMatch, strongEtag } from './entityTags';

/** Headers a 304 leaves out: it has no body to describe (RFC 9110 §15.4.5). */
const BODY_HEADERS = ['Content-Type', 'Content-Length', 'Content-Encoding'];

/**
 * The tag is the hash of the bytes actually sent, so it changes whenever the page does (a new
 * knowledge base, new templates, another highlight) and never for a page that did not change.
 * `no-store` responses (health checks, errors) are left alone.
 */
export function conditionalGet(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) return;
    if (/\bno-store\b/i.test(c.res.headers.get('Cache-Control') ?? '')) return;
    let etag = c.res.headers.get('ETag');
    if (!etag) {
      const body = await c.res.arrayBuffer();
      etag = await strongEtag(body);
      const tagged = new Response(body, c.res);
      tagged.headers.set('ETag', etag);
      replaceResponse(c, tagged);
    }
    if (!ifNoneMatchHits(c.req.header('If-None-Match'), etag)) return;
    const headers = new Headers(c.res.headers);
    for (const name of BODY_HEADERS) headers.delete(name);
    replaceResponse(c, new Response(null, { status: 304, headers }));
  };
}

/** Hono's `c.res` setter copies the old response's headers onto the new one; clearing it first keeps exactly the headers given. */
function replaceResponse(c: Parameters<MiddlewareHandler>[0], res: Response): void {
  c.res = undefined;
  c.res = res;
}
