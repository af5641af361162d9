// The ingest API's named errors: each names the request and the reason, and carries its HTTP status.

import { HTTPException } from 'hono/http-exception';

/** 401: no bearer token, or not the right one. Nothing was written. */
export function unauthorized(request: string, reason: string): HTTPException {
  return new HTTPException(401, {
    message: `${request} was refused: ${reason}. Nothing was written.`,
    res: new Response(null, { headers: { 'WWW-Authenticate': 'Bearer realm="ingest"' } }),
  });
}

/** 503: the Worker has no INGEST_TOKEN secret, so no request can be authorised. */
export function ingestNotConfigured(request: string): HTTPException {
  return new HTTPException(503, { message: `${request} cannot be served: the Worker has no INGEST_TOKEN secret set. Nothing was written.` });
}

/** 501: the bundled store is read-only; ingest needs the D1 store. */
export function storeIsReadOnly(request: string): HTTPException {
  return new HTTPException(501, {
    message: `${request} needs the D1 store: this Worker serves the knowledge base bundled at build time (set STORE = "d1" with a DB binding).`,
  });
}

/** 400: the body is not an article the API can read. */
export function badArticle(request: string, reason: string): HTTPException {
  return new HTTPException(400, { message: `${request} has a body that is not a valid article: ${reason}. Nothing was written.` });
}

/** 413: the body is over the size limit. */
export function articleTooLarge(request: string, limit: number): HTTPException {
  return new HTTPException(413, { message: `${request} has a body over the ${limit}-byte limit. Nothing was written.` });
}

/** 415: neither JSON nor markdown. */
export function unsupportedArticleType(request: string, type: string): HTTPException {
  return new HTTPException(415, {
    message: `${request} has Content-Type "${type.slice(0, 80)}": send application/json ({file?, title, date, source, url, text}) or text/markdown with front matter.`,
  });
}

/** 409: the id or the text is already taken, or a concurrent correction won. */
export function articleConflict(request: string, reason: string): HTTPException {
  return new HTTPException(409, { message: `${request} conflicts with what is stored: ${reason}. Nothing was written.` });
}

/** 404: PUT or DELETE of an article that was never ingested. */
export function articleNotFound(request: string, id: string): HTTPException {
  return new HTTPException(404, { message: `${request}: there is no article "${id}" to change.` });
}

/** 422: the article was read but extraction failed on it. */
export function extractionFailed(request: string, reason: string): HTTPException {
  return new HTTPException(422, { message: `${request}: extraction failed: ${reason}. Nothing was written.` });
}
