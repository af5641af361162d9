// The ingest API: POST /api/articles adds an article, PUT /api/articles/:id corrects one, DELETE retracts one.
// Bearer token (INGEST_TOKEN secret) checked in constant time before the body is read; D1 store only; JSON errors.

import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { bearerToken, tokensMatch } from '../../ingest/auth';
import { ingestNotConfigured, storeIsReadOnly, unauthorized } from '../../ingest/errors';
import { D1Store } from '../../store/d1/store';
import type { StoreEnv, StoreSelector } from '../../store/select';
import { describeRequest } from '../errors';

type ApiEnv = { Bindings: StoreEnv; Variables: { store: D1Store; requestName: string } };

/** Who may write, checked before anything else is read: a wrong token costs the caller nothing but a 401. */
function authorise(selectStore: StoreSelector): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const requestName = describeRequest(c.req.method, c.req.path);
    const expected = c.env?.INGEST_TOKEN;
    if (!expected) throw ingestNotConfigured(requestName);
    const given = bearerToken(c.req.header('Authorization'));
    if (given === null) throw unauthorized(requestName, 'it has no "Authorization: Bearer <token>" header');
    if (!(await tokensMatch(given, expected))) throw unauthorized(requestName, 'the bearer token is not the ingest token');
    const store = selectStore(c.env);
    if (!(store instanceof D1Store)) throw storeIsReadOnly(requestName);
    c.set('store', store);
    c.set('requestName', requestName);
    c.header('Cache-Control', 'no-store');
    await next();
  };
}

/** Rows D1 read and wrote for this request, so a client (and the benchmark) can see what a write cost. */
function cost(store: D1Store) {
  const s = store.session;
  return { rowsRead: s.rowsRead, rowsWritten: s.rowsWritten, roundTrips: s.roundTrips };
}

/** The extraction code loads on the first write only, so serving pages never pays for it at startup. */
const ingestModule = () => import('../../ingest/ingest');

async function readArticle(c: Context<ApiEnv>) {
  const { parseIngestBody, readBodyLimited } = await import('../../ingest/body');
  const bytes = await readBodyLimited(c.req.raw, c.get('requestName'));
  return parseIngestBody(bytes, c.req.header('Content-Type'), c.get('requestName'), c.req.query('file'));
}

export function apiRoutes(selectStore: StoreSelector, onWrite: () => void): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  api.use('*', authorise(selectStore));

  api.post('/articles', async (c) => {
    const { parsed, warnings } = await readArticle(c);
    const store = c.get('store');
    const { ingestArticle } = await ingestModule();
    const report = await ingestArticle(store.session, parsed, warnings, { kind: 'post' }, c.get('requestName'));
    if ('duplicateOf' in report) {
      return c.json({ written: false, duplicateOf: report.duplicateOf, message: `the same text is already stored as article "${report.duplicateOf}"`, cost: cost(store) }, 200);
    }
    onWrite();
    return c.json({ written: true, ...report, cost: cost(store) }, 201, { Location: report.article.pageUrl });
  });

  api.put('/articles/:id', async (c) => {
    const { parsed, warnings } = await readArticle(c);
    const store = c.get('store');
    const { ingestArticle } = await ingestModule();
    const report = await ingestArticle(store.session, parsed, warnings, { kind: 'put', id: c.req.param('id') }, c.get('requestName'));
    if ('duplicateOf' in report) throw new Error('a correction is never a duplicate');
    onWrite();
    return c.json({ written: true, ...report, cost: cost(store) }, 200);
  });

  api.delete('/articles/:id', async (c) => {
    const store = c.get('store');
    const { retractStoredArticle } = await ingestModule();
    const report = await retractStoredArticle(store.session, c.req.param('id'), c.req.query('reason')?.slice(0, 300) ?? null, c.get('requestName'));
    onWrite();
    return c.json({ written: true, ...report, cost: cost(store) }, 200);
  });

  // API errors are JSON: status, message, and any headers the error carries (WWW-Authenticate on 401)
  api.onError((err, c) => {
    const status = (err instanceof HTTPException ? err.status : 500) as ContentfulStatusCode;
    const message = err instanceof HTTPException ? err.message : 'The request could not be completed. The error has been logged.';
    if (!(err instanceof HTTPException)) console.error(`500 on ${c.req.method} ${c.req.path}:`, err);
    const res = c.json({ error: { status, message } }, status, { 'Cache-Control': 'no-store' });
    if (err instanceof HTTPException) err.res?.headers.forEach((value, name) => res.headers.set(name, value));
    return res;
  });
  return api;
}
