// Security headers for every response: CSP (inline styles allowed by hash only), nosniff, referrer policy.

import type { MiddlewareHandler } from 'hono';

export interface SecurityHeaderOptions {
  /** `'self'` for ordinary pages; embed routes will pass `*`. */
  frameAncestors: string;
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

export function contentSecurityPolicy(styleSources: string[], options: SecurityHeaderOptions): string {
  return [
    "default-src 'none'",
    `style-src ${styleSources.length ? styleSources.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${options.frameAncestors}`,
  ].join('; ');
}

/**
 * Sets the headers after the handler (or the error handler) has produced its response.
 * The style hashes are computed on first use and the resulting strings cached (a promise is
 * not shared across requests, which workerd does not allow).
 */
export function securityHeaders(layout: string, options: SecurityHeaderOptions = { frameAncestors: "'self'" }): MiddlewareHandler {
  let policy: string | null = null;
  return async (c, next) => {
    await next();
    policy ??= contentSecurityPolicy(await styleHashes(layout), options);
    c.header('Content-Security-Policy', policy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  };
}
