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

/** CSP source expressions (`'sha256-…'`) for each `<style>` block in the layout, so no `unsafe-inline` is needed. */
export async function styleHashes(layout: string): Promise<string[]> {
  const blocks = [...layout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
  return Promise.all(
    blocks.map(async (css) => {
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
      return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
    }),
  );
}

/** `frameAncestors` is `'self'` for ordinary pages and `*` for embeds. */
export function contentSecurityPolicy(styleSources: string[], frameAncestors: string): string {
  return [
    "default-src 'none'",
    `style-src ${styleSources.length ? styleSources.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
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
export function securityHeaders(layout: string, options: SecurityHeaderOptions = { isEmbedPath }): MiddlewareHandler {
  let policies: { page: string; embed: string } | null = null;
  return async (c, next) => {
    await next();
    if (!policies) {
      const hashes = await styleHashes(layout);
      policies = { page: contentSecurityPolicy(hashes, "'self'"), embed: contentSecurityPolicy(hashes, '*') };
    }
    const embed = options.isEmbedPath(c.req.path);
    c.header('Content-Security-Policy', embed ? policies.embed : policies.page);
    c.header('X-Frame-Options', embed ? undefined : 'SAMEORIGIN');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
