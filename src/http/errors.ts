// The app's named HTTP errors and its one error handler, which answers in the format the path asked for.

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { KbIndex } from '../render/kbIndex';
import type { ErrorPage, PageRenderer } from '../render/pages';
import { formatOfPath } from './requestedPage';
import { suggestPages } from './suggestions';

/** 404: the path names an actor, topic or source the knowledge base does not have. */
export function pageNotFound(what: string): HTTPException {
  return new HTTPException(404, { message: `There is no ${what} at this address.` });
}

/** 400: `start`/`end` on a source page do not describe a span of the article. */
export function invalidHighlight(reason: string): HTTPException {
  return new HTTPException(400, { message: `The highlighted span is not valid: ${reason}.` });
}

/** How an error message names the request: method and path, cut short so a hostile path cannot flood the page. */
export function describeRequest(method: string, path: string): string {
  return `${method} ${path.length > 120 ? `${path.slice(0, 120)}…` : path}`;
}

/** 400 or 414: the request target cannot be read safely (see middleware/safePath). */
export function badRequestTarget(status: 400 | 414, request: string, reason: string): HTTPException {
  return new HTTPException(status, { message: `The address of ${request} was refused: ${reason}.` });
}

/** 405: the path exists, but not for this method. The `Allow` header rides on the exception's `res`. */
export function methodNotAllowed(request: string, allow: string[]): HTTPException {
  const methods = allow.join(', ');
  return new HTTPException(405, {
    message: `${request} is not allowed: this address answers ${methods} only.`,
    res: new Response(null, { headers: { Allow: methods } }),
  });
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Page not found',
  405: 'Method not allowed',
  410: 'Gone',
  414: 'Address too long',
  500: 'Something went wrong',
};

function errorPage(index: KbIndex, path: string, status: number, message: string): ErrorPage {
  const suggestions = status === 404 ? suggestPages(index, path) : [];
  return { status, title: TITLES[status] ?? `Error ${status}`, message, hasSuggestions: suggestions.length > 0, suggestions };
}

/** Renders an error as HTML, markdown or JSON, matching the suffix of the requested path. */
export function errorResponse(c: Context, index: KbIndex, renderer: PageRenderer, status: ContentfulStatusCode, message: string): Response {
  const page = errorPage(index, c.req.path, status, message);
  c.header('Cache-Control', 'no-store');
  switch (formatOfPath(c.req.path)) {
    case 'json':
      return c.json({ error: { status, title: page.title, message }, suggestions: page.suggestions }, status);
    case 'md':
      return c.body(renderer.errorMarkdown(page), status, { 'Content-Type': 'text/markdown; charset=utf-8' });
    case 'html':
      return c.html(renderer.markdownPage(page.title, renderer.errorMarkdown(page)), status);
  }
}

/** Last resort when the error page itself cannot be rendered: plain text, so the client still gets a status and a reason. */
function plainErrorResponse(status: ContentfulStatusCode, message: string): Response {
  return new Response(`${TITLES[status] ?? `Error ${status}`}\n\n${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function renderError(c: Context, index: KbIndex, renderer: PageRenderer, status: ContentfulStatusCode, message: string): Response {
  try {
    return errorResponse(c, index, renderer, status, message);
  } catch (renderFailure) {
    console.error(`error page for ${status} on ${c.req.path} failed to render:`, renderFailure);
    return plainErrorResponse(status, message);
  }
}

/**
 * The one error handler: HTTPExceptions keep their status, message and any headers carried on
 * their `res` (Allow on 405); anything else is a logged 500. It never throws, so every error
 * response still passes back through the header middleware.
 */
export function handleError(index: KbIndex, renderer: PageRenderer) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HTTPException) {
      const res = renderError(c, index, renderer, err.status as ContentfulStatusCode, err.message);
      err.res?.headers.forEach((value, name) => res.headers.set(name, value));
      return res;
    }
    console.error(`500 on ${c.req.path}:`, err);
    return renderError(c, index, renderer, 500, 'The page could not be rendered. The error has been logged.');
  };
}
