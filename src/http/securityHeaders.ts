// Security headers for every response: CSP (inline styles allowed by hash only, frame-ancestors per route), nosniff, referrer policy.

import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /** Paths meant to be framed by other sites; everything else may only be framed by this origin. */
  isEmbedPath: (path: string) => boolean;
}

/** `/embed/...` pages exist to be put in other sites' iframes. */
export function isEmbedPath(path: string): boolean {
  return path === '/embed' || path.startsWith('/embed/');
}

/** The HTML templates whose `<style>` blocks may appear in a response: one template, or a whole set (partials included). */
export type StyleSource = string | object;

function templateTexts(source: unknown): string[] {
  if (typeof source === 'string') return [source];
  return source && typeof source === 'object' ? Object.values(source).flatMap(templateTexts) : [];
}

/**
 * CSP source expressions (`'sha256-…'`) for each distinct `<style>` block in the templates (the layout, the
 * embed card), so no `unsafe-inline` is needed. Markdown templates have none: raw HTML there is shown as text.
 */
export async function styleHashes(source: StyleSource): Promise<string[]> {
  const blocks = new Set(templateTexts(source).flatMap((text) => [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '')));
  return Promise.all(
    [...blocks].map(async (css) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    }),
  );
}

/**
 * Ordinary pages run no script at all (their JSON-LD block is data, which CSP does not execute) and may be
 * framed only here; embed cards load our own frame script (/embed-frame.js) and may be framed anywhere.
 * `form-action 'self'` lets the header's search form submit to /search.
 */
export function contentSecurityPolicy(styleSources: string[], kind: 'page' | 'embed'): string {
  return [
    "default-src 'none'",
    ...(kind === 'embed' ? ["script-src 'self'"] : []),
    `style-src ${styleSources.length ? styleSources.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${kind === 'embed' ? '*' : "'self'"}`,
  ].join('; ');
}

/**
 * Sets the headers after the handler (or the error handler) has produced its response, so 304s,
 * 404s, 405s and 500s get them too. Embed paths get `frame-ancestors *` and no X-Frame-Options
 * (which cannot express "anyone" and would win over CSP in old browsers); other pages get
 * `frame-ancestors 'self'` plus X-Frame-Options SAMEORIGIN for those old browsers.
 * The style hashes are computed on first use and the resulting strings cached (a promise is
 * not shared across requests, which workerd does not allow).
 */
export function securityHeaders(templates: StyleSource, options: SecurityHeaderOptions = { isEmbedPath }): MiddlewareHandler {
  let policies: { page: string; embed: string } | null = null;
  return async (c, next) => {
    await next();
    if (!policies) {
      const hashes = await styleHashes(templates);
      policies = { page: contentSecurityPolicy(hashes, 'page'), embed: contentSecurityPolicy(hashes, 'embed') };
    }
    const embed = options.isEmbedPath(c.req.path);
    c.header('Content-Security-Policy', embed ? policies.embed : policies.page);
    c.header('X-Frame-Options', embed ? undefined : 'SAMEORIGIN');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
