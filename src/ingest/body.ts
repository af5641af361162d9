// Reads an ingest request's body into a parsed article: JSON ({file?, title, date, source, url, text}) or markdown
// with YAML front matter, under a size limit, through the same decoding and parsing as the bulk build.

import { z } from 'zod';
import { ArticleDecodeError, decodeArticleBytes } from '../articles/decode';
import { articleIdFor } from '../articles/ids';
import { ArticleParseError, isValidIsoDate, parseArticle, type ParsedArticle } from '../articles/parse';
import { articleTooLarge, badArticle, unsupportedArticleType } from './errors';

/** Bodies over 1 MB are refused with 413 before extraction starts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads at most `limit` bytes: a larger Content-Length is refused at once, a body that grows past it as it streams. */
export async function readBodyLimited(request: Request, requestName: string, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  const declared = Number(request.headers.get('Content-Length') ?? NaN);
  if (declared > limit) throw articleTooLarge(requestName, limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw articleTooLarge(requestName, limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();

const articleJson = z.object({
  file: z.string().trim().min(1).max(200).regex(/^[\w./ -]+$/, 'letters, digits, spaces, and . / _ - only').optional(),
  title: nullableText(300),
  date: z.string().trim().refine(isValidIsoDate, 'not a real YYYY-MM-DD date').nullable().optional(),
  source: nullableText(300),
  url: z.string().trim().regex(/^https?:\/\/\S+$/i, 'not an http(s) URL').max(2000).nullable().optional(),
  text: z.string().min(1, 'empty'),
}).strict();

export type ArticleFormat = 'json' | 'markdown';

export interface IngestArticle {
  parsed: ParsedArticle;
  warnings: string[];
}

function formatOf(contentType: string | undefined, requestName: string): ArticleFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  throw unsupportedArticleType(requestName, type || '(none)');
}

function decode(bytes: Uint8Array, requestName: string): { text: string; warnings: string[] } {
  try {
    return decodeArticleBytes(bytes);
  } catch (err) {
    if (err instanceof ArticleDecodeError) throw badArticle(requestName, err.message);
    throw err;
  }
}

function parse(file: string, text: string, requestName: string): ParsedArticle {
  try {
    return parseArticle(file, text);
  } catch (err) {
    if (err instanceof ArticleParseError) throw badArticle(requestName, err.message);
    throw err;
  }
}

/** Without a file name, the id comes from the text: the same article posted twice gets the same id. */
function withFile(parsed: ParsedArticle, file: string | undefined): ParsedArticle {
  const name = file ?? `api/${parsed.contentKey}${/\.(md|markdown)$/i.test(parsed.article.file) ? '.md' : '.txt'}`;
  parsed.article.file = name;
  parsed.article.files = [name];
  parsed.article.id = articleIdFor(name);
  return parsed;
}

export function parseIngestBody(bytes: Uint8Array, contentType: string | undefined, requestName: string, file?: string): IngestArticle {
  const format = formatOf(contentType, requestName);
  if (bytes.length === 0) throw badArticle(requestName, 'the body is empty');
  if (format === 'markdown') {
    const decoded = decode(bytes, requestName);
    const parsed = parse(file && /\.(md|markdown)$/i.test(file) ? file : 'api/article.md', decoded.text, requestName);
    return { parsed: withFile(parsed, file), warnings: [...decoded.warnings, ...parsed.warnings] };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch (err) {
    throw badArticle(requestName, `the body is not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const checked = articleJson.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw badArticle(requestName, `${issue.path.join('.') || 'body'}: ${issue.message}`);
  }
  const body = checked.data;
  const decoded = decode(new TextEncoder().encode(body.text), requestName);
  const parsed = parse('api/article.txt', decoded.text, requestName);
  // metadata sent with the article wins over what the text suggests
  const a = parsed.article;
  if (body.title !== undefined) a.title = body.title || null;
  if (body.date !== undefined) a.date = body.date;
  if (body.source !== undefined) {
    a.source = body.source || null;
    a.sourceEvidence = a.source ? 'metadata' : null;
  }
  if (body.url !== undefined) a.url = body.url;
  return { parsed: withFile(parsed, body.file), warnings: [...decoded.warnings, ...parsed.warnings] };
}
