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
  const normalised = normaliseText(text);
  return { text: normalised.text, warnings: [...warnings, ...normalised.notes] };
}

// Cyrillic and Greek letters that look like Latin ones: inside an otherwise Latin word they are spoofing.
const CONFUSABLES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  ο: 'o', ν: 'v', ι: 'i', Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P',
  Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]/g;

/**
 * Whether any character could be Greek or Cyrillic: all of those lie at U+0370 or above, outside General Punctuation
 * (U+2000–U+206F, where curly quotes and dashes are). A loop over char codes is many times faster than the
 * script property test, which then runs only on texts that pass.
 */
function mayHoldGreekOrCyrillic(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x370 && (c < 0x2000 || c > 0x206f)) return true;
  }
  return false;
}

/**
 * Line endings become \n; invisible characters that hide inside names (zero-width, bidi controls, soft hyphens) are
 * removed; look-alike letters inside a Latin word are read as the Latin letters they imitate. Nothing else changes.
 */
export function normaliseText(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  let out = text.replace(/\r\n?/g, '\n');
  const invisible = out.match(INVISIBLE)?.length ?? 0;
  if (invisible) {
    out = out.replace(INVISIBLE, '');
    notes.push(`removed ${invisible} invisible or direction-changing character(s)`);
  }
  let spoofed = 0;
  // only texts with Cyrillic or Greek letters can hide look-alikes; each word is then checked once (linear)
  if (mayHoldGreekOrCyrillic(out) && LOOKALIKE_SCRIPT.test(out)) {
    out = out.replace(WORD, (word) => {
      if (!LATIN.test(word) || !LOOKALIKE_SCRIPT.test(word)) return word;
      const fixed = word.replace(/[\p{Script=Cyrillic}\p{Script=Greek}]/gu, (ch) => CONFUSABLES[ch] ?? ch);
      if (fixed !== word) spoofed++;
      return fixed;
    });
  }
  if (spoofed) notes.push(`read ${spoofed} word(s) mixing Latin with look-alike Cyrillic or Greek letters as Latin`);
  return { text: out, notes };
}
