// Reads one article (plain text or markdown with YAML front matter) into text plus metadata.
import { parse as parseYaml } from 'yaml';
import type { Article } from '../kb/types.ts';
import { articleIdFor, base36 } from './ids.ts';

export class ArticleParseError extends Error {
  override name = 'ArticleParseError';
}

export interface ParsedArticle {
  article: Article;
  /** Offset in `article.text` where prose starts (after front matter is removed and after a ` date` stamp). */
  bodyStart: number;
  warnings: string[];
  /** Hash of the normalised body, used to fold the same article filed under two names. */
  contentKey: string;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const DATE_STAMP = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/;
const DATELINE_SOURCE = /^[ \t]*(?:[A-Z][A-Z .,'-]{1,40}\s)?\(([A-Z][A-Za-z0-9&.' ]{1,30})\)\s*(?:--|—|–|-)/;
const CREDIT_SOURCE =
  /\b([A-Z][A-Za-z0-9&.]*(?: [A-Z][A-Za-z0-9&.]*){0,2})['’]s (?:[A-Z][\p{L}'’.-]+ ){1,3}(?:and (?:[A-Z][\p{L}'’.-]+ ){1,3})?contributed (?:to )?(?:this|the) (?:report|story|article)/u;
const MAX_TITLE_WORDS = 25;

export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

function readFrontMatter(yamlText: string, warnings: string[]): FrontMatter {
  let data: unknown;
  try {
    // maxAliasCount stops "billion laughs" alias bombs; the core schema keeps dates as strings.
    data = parseYaml(yamlText, { maxAliasCount: 50, schema: 'core', uniqueKeys: false });
  } catch (err) {
    throw new ArticleParseError(`front matter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
  }
  const fm: FrontMatter = { title: null, date: null, source: null, url: null };
  if (data == null) return fm;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('front matter is not a mapping; ignored');
    return fm;
  }
  const record = data as Record<string, unknown>;
  for (const key of ['title', 'date', 'source', 'url'] as const) {
    const value = record[key];
    if (value == null) continue;
    if (typeof value !== 'string' && typeof value !== 'number') {
      warnings.push(`front matter "${key}" should be text, got ${Array.isArray(value) ? 'a list' : typeof value}; ignored`);
      continue;
    }
    const text = String(value).trim();
    if (key === 'date') {
      if (isValidIsoDate(text)) fm.date = text;
      else warnings.push(`front matter date "${text.slice(0, 40)}" is not a real YYYY-MM-DD date; ignored`);
    } else if (key === 'url') {
      if (/^https?:\/\/[^\s]+$/i.test(text)) fm.url = text;
      else warnings.push(`front matter url "${text.slice(0, 60)}" is not an http(s) URL; ignored`);
    } else if (text) {
      fm[key] = text.slice(0, 300);
    }
  }
  return fm;
}

/** A short first line that is followed by more prose reads as a headline. */
function inferTitle(text: string, bodyStart: number): string | null {
  const rest = text.slice(bodyStart);
  const nl = rest.indexOf('\n');
  if (nl < 0) return null;
  const first = rest.slice(0, nl).trim();
  if (!first || /^["“”«„]/.test(first) || DATELINE_SOURCE.test(first)) return null;
  if (!rest.slice(nl).trim()) return null;
  const words = first.split(/\s+/).length;
  return words <= MAX_TITLE_WORDS ? first : null;
}

function inferSource(text: string, bodyStart: number): { source: string; evidence: 'dateline' | 'credit' } | null {
  const dateline = DATELINE_SOURCE.exec(text.slice(bodyStart, bodyStart + 200));
  if (dateline?.[1]) return { source: dateline[1].trim(), evidence: 'dateline' };
  const credit = CREDIT_SOURCE.exec(text.slice(Math.max(bodyStart, text.length - 2000)));
  if (credit?.[1]) return { source: credit[1].trim(), evidence: 'credit' };
  return null;
}

/**
 * Parses an article. `.md` files may carry YAML front matter (title, date, source, url; unknown keys ignored).
 * Either kind may start with a ` date YYYY-MM-DD` line; text after the date on that line is article text.
 */
export function parseArticle(file: string, raw: string): ParsedArticle {
  const warnings: string[] = [];
  let text = raw;
  let fm: FrontMatter = { title: null, date: null, source: null, url: null };
  if (/\.(md|markdown)$/i.test(file)) {
    const m = FRONT_MATTER.exec(text);
    if (m) {
      fm = readFrontMatter(m[1] ?? '', warnings);
      text = text.slice(m[0].length);
    }
  }
  if (!text.trim()) throw new ArticleParseError('empty: the article has no text');

  let bodyStart = 0;
  let date = fm.date;
  const stamp = DATE_STAMP.exec(text);
  if (stamp?.[1]) {
    bodyStart = stamp[0].length;
    if (isValidIsoDate(stamp[1])) date ??= stamp[1];
    else warnings.push(`date line "${stamp[1]}" is not a real date; ignored`);
  }
  while (bodyStart < text.length && /\s/.test(text[bodyStart] ?? '')) bodyStart++;
  if (bodyStart >= text.length) throw new ArticleParseError('empty: only a date line, no article text');

  const inferred = fm.source ? null : inferSource(text, bodyStart);
  const source = fm.source ?? inferred?.source ?? null;
  const body = text.slice(bodyStart);
  const article: Article = {
    id: articleIdFor(file),
    file,
    files: [file],
    title: fm.title ?? inferTitle(text, bodyStart),
    date,
    source,
    sourceEvidence: fm.source ? 'metadata' : (inferred?.evidence ?? null),
    url: fm.url,
    text,
    wordCount: 0,
  };
  const { words, hash } = readBody(body);
  article.wordCount = words;
  return { article, bodyStart, warnings, contentKey: `c${base36(hash)}` };
}

/** Whitespace-separated words, counted as the parser counts an article's (readBody). */
export function countWords(text: string): number {
  return readBody(text).words;
}

function isBlank(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The body's words (as countWords counts them) and its content hash, in one pass. The same body whatever its spacing
 * or case gives the same hash, so duplicates under two names fold into one: cyrb53 over the lower-cased body with
 * every run of blanks read as one space, trimmed.
 */
function readBody(body: string): { words: number; hash: number } {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  let pendingSpace = false;
  let started = false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < body.length; i++) {
    let c = body.charCodeAt(i);
    if (isBlank(c)) {
      pendingSpace = started;
      inWord = false;
      continue;
    }
    if (!inWord) {
      words++;
      inWord = true;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
    pendingSpace = false;
    started = true;
    // ASCII capitals fold here; other letters through toLowerCase, as before
    c = c >= 65 && c <= 90 ? c + 32 : c < 128 ? c : body[i]!.toLowerCase().charCodeAt(0);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return { words, hash: 4294967296 * (2097151 & h2) + (h1 >>> 0) };
}
