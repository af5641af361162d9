// Middleware: a method the path has no route for gets 405 with an `Allow` header; HEAD is allowed wherever GET is.

import type { Hono, MiddlewareHandler } from 'hono';
import { describeRequest, methodNotAllowed } from '../../errors';

/** Methods a route could be registered for; HEAD is not among them because Hono answers HEAD with the GET route. */
const ROUTABLE_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * The methods `app` has a route for at `path`, in the order of `ROUTABLE_METHODS` with HEAD after GET.
 * Middleware (`app.use`) is registered for ALL methods with a path ending in `*` and does not count;
 * an `app.all('/x')` endpoint does, and then every method is allowed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any app's routes, whatever its Env
export function allowedMethodsFor(app: Hono<any>, path: string): string[] {
  const allowed = ROUTABLE_METHODS.filter((method) =>
    app.router.match(method, path)[0].some(([[, route]]) => route.method === method || (route.method === 'ALL' && !route.path.endsWith('*'))),
  );
  if (allowed.includes('GET')) allowed.splice(1, 0, 'HEAD');
  return allowed;
}

/**
 * Reads the app's routes at request time, so routes mounted after this middleware count too.
 * A path with no route for any method is left to the 404 handler. GET and HEAD, the common case,
 * cost nothing here unless they end in a 404, which is then a 405 if the path takes only other
 * methods (a POST-only API path).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any app's routes, whatever its Env
export function allowedMethods(app: Hono<any>): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const read = method === 'GET' || method === 'HEAD';
    if (!read) {
      const allowed = allowedMethodsFor(app, c.req.path);
      if (allowed.length > 0 && !allowed.includes(method)) throw methodNotAllowed(describeRequest(method, c.req.path), allowed);
    }
    await next();
    if (read && c.res.status === 404) {
      const allowed = allowedMethodsFor(app, c.req.path);
      if (allowed.length > 0 && !allowed.includes('GET')) throw methodNotAllowed(describeRequest(method, c.req.path), allowed);
    }
  };
}
