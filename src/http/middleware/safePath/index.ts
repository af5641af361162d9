// Middleware: refuses, with a 400 or 414 naming the request and the reason, any request target that does not read cleanly.

import type { MiddlewareHandler } from 'hono';
import { badRequestTarget, describeRequest } from '../../errors';
import { readRequestTarget, requestTargetOf } from './readRequestTarget';

export { MAX_PATH_LENGTH, MAX_TARGET_LENGTH, readRequestTarget } from './readRequestTarget';

/** Runs before routing decisions, so no handler ever sees a path that decodes to something other than what it looks like. */
export function safePath(): MiddlewareHandler {
  return async (c, next) => {
    const target = requestTargetOf(c.req.url);
    const reading = readRequestTarget(target);
    if (!reading.ok) {
      const shown = target.split(/[?#]/)[0] ?? target;
      throw badRequestTarget(reading.status, describeRequest(c.req.method, shown), reading.reason);
    }
    await next();
  };
}
