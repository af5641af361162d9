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

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Page not found', 500: 'Something went wrong' };

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

/** The one error handler: HTTPExceptions keep their status and message; anything else is a logged 500. */
export function handleError(index: KbIndex, renderer: PageRenderer) {
  return (err: Error, c: Context): Response => {
    if (err instanceof HTTPException) {
      return errorResponse(c, index, renderer, err.status as ContentfulStatusCode, err.message);
    }
    console.error(`500 on ${c.req.path}:`, err);
    return errorResponse(c, index, renderer, 500, 'The page could not be rendered. The error has been logged.');
  };
}
