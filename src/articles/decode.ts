// Turns the raw bytes of an article file into text, or says clearly why it cannot.

export class ArticleDecodeError extends Error {
  override name = 'ArticleDecodeError';
}

export interface Decoded {
  text: string;
  /** Non-fatal notes, e.g. "not valid UTF-8; read as Windows-1252". */
  warnings: string[];
}

/** Bytes over this are refused: extraction time per article must stay bounded. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export function decodeArticleBytes(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    throw new ArticleDecodeError(`too large: ${bytes.length} bytes (limit ${maxBytes})`);
  }
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    warnings.push('UTF-16LE with byte-order mark; converted');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    warnings.push('UTF-16BE with byte-order mark; converted');
  } else {
    if (bytes.includes(0)) throw new ArticleDecodeError('binary data: contains NUL bytes');
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
    } catch {
      // Scraped files are often Windows-1252; reading them that way loses nothing.
      text = new TextDecoder('windows-1252').decode(bytes.subarray(start));
      warnings.push('not valid UTF-8; read as Windows-1252');
    }
  }
  if (text.includes('\u0000')) throw new ArticleDecodeError('binary data: contains NUL characters');
  return { text: normaliseText(text), warnings };
}

/** Line endings become \n and invisible characters that break names are removed; nothing else changes. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // zero-width and bidi controls: they hide inside names and break matching
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '');
}
