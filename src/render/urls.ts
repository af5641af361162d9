// Builds the internal URLs that pages link to; every value is percent-encoded so it is safe in markdown and HTML.

import type { Span } from '../kb/types';

/** What encodePathSegment gives back unchanged: ids and slugs, nearly always. */
const UNRESERVED = /^[A-Za-z0-9\-_.~]*$/;

/** Percent-encodes a path segment, including `!'()*`, which would end a markdown link destination. */
export function encodePathSegment(value: string): string {
  if (UNRESERVED.test(value)) return value;
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export const homeUrl = '/';

export function actorUrl(id: string, format: '' | '.md' | '.json' = ''): string {
  return `/actors/${encodePathSegment(id)}${format}`;
}

export function topicUrl(id: string, format: '' | '.md' | '.json' = ''): string {
  return `/topics/${encodePathSegment(id)}${format}`;
}

export function sourceUrl(articleId: string): string {
  return `/sources/${encodePathSegment(articleId)}`;
}

export type SheetSection = 'actors' | 'topics';

export function sheetUrl(section: SheetSection, id: string, format: '' | '.md' | '.json' = ''): string {
  return section === 'actors' ? actorUrl(id, format) : topicUrl(id, format);
}

/** One page of a sheet's full list as JSON: `/actors/x/quotes.json?page=2&per_page=50`. */
export function sheetListUrl(section: SheetSection, id: string, list: string, page = 1, perPage = 50): string {
  return `/${section}/${encodePathSegment(id)}/${encodePathSegment(list)}.json?page=${page}&per_page=${perPage}`;
}

/** The sheet's activity chart as a standalone SVG (inlined into the HTML page). */
export function chartUrl(section: SheetSection, id: string): string {
  return `/${section}/${encodePathSegment(id)}/timeline.svg`;
}

/** The compact card served for iframes. */
export function embedUrl(section: SheetSection, id: string): string {
  return `/embed/${section}/${encodePathSegment(id)}`;
}

export function searchUrl(query: string, format: '' | '.md' | '.json' = ''): string {
  return `/search${format}?q=${encodeURIComponent(query)}`;
}

/** `origin` is the request's own origin (scheme, host, port), never taken from data. */
export function absoluteUrl(origin: string, path: string): string {
  return `${origin}${path}`;
}

export function oembedUrl(origin: string, pagePath: string): string {
  return `${origin}/oembed?url=${encodeURIComponent(absoluteUrl(origin, pagePath))}&format=json`;
}

/** Link to the exact evidence: the source page highlights [start, end) and scrolls to it. */
export function evidenceUrl(span: Span): string {
  return `${sourceUrl(span.article)}?start=${Math.trunc(span.start)}&end=${Math.trunc(span.end)}#evidence`;
}

/** Schemes a rendered link may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Named references a browser would decode inside an attribute; enough to reveal a hidden scheme. */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n',
  sol: '/', bsol: '\\', quest: '?', num: '#', period: '.', lpar: '(', rpar: ')', excl: '!',
};

/** Where decodeCharacterReferences could change something: `&#`, or `&` then a name it knows (as the longest name read). */
const DECODABLE = new RegExp(`&(?:#|(?:${Object.keys(NAMED_REFERENCES).join('|')})(?![a-z0-9]))`, 'i');

/** False when decodeCharacterReferences would give `value` back unchanged (checked without decoding). */
export function hasCharacterReference(value: string): boolean {
  return value.includes('&') && DECODABLE.test(value);
}

/**
 * Decodes the character references a browser would decode in an href (`&#106;`, `&#x6a;`,
 * `&colon;`). Unknown named references are left as text; they come out as harmless literals once
 * the result is HTML-escaped again.
 */
export function decodeCharacterReferences(value: string): string {
  return value.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));?/gi, (whole, dec, hex, name) => {
    if (dec || hex) {
      const code = dec ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_REFERENCES[String(name).toLowerCase()] ?? whole;
  });
}

/**
 * True for http(s), mailto and scheme-less (relative) URLs; pass an already-decoded URL. Browsers ignore tabs, newlines and
 * leading control characters in URLs, so those are removed before looking for a scheme.
 */
export function isAllowedUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (!scheme) return !cleaned.includes(':') || /^[^:]*[/?#]/.test(cleaned);
  return ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase());
}

/** An article's own URL, kept only when it is an absolute http(s) address. */
export function externalHttpUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  return url.trim();
}
