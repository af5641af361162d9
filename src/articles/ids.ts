// Stable, URL-safe ids for articles and for anything else that needs a short hash.

/** 53-bit string hash (cyrb53): fast, pure, identical in Node and workerd. */
export function hash53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function shortHash(str: string): string {
  return base36(hash53(str));
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** `n.toString(36)` for a non-negative safe integer, several times faster (V8's radix conversion handles fractions). */
export function base36(n: number): string {
  if (n === 0) return '0';
  let out = '';
  while (n > 0) {
    const d = n % 36;
    out = DIGITS[d]! + out;
    n = (n - d) / 36;
  }
  return out;
}

/** An article's id is its file's base name as a slug; a content key is a hash with a prefix. */
export function articleIdFor(fileOrText: string, prefix?: string): string {
  if (prefix) return `${prefix}${shortHash(fileOrText)}`;
  const base = fileOrText.split(/[\\/]/).pop() ?? fileOrText;
  const stem = base.replace(/\.[^.]+$/, '');
  const slug = slugify(stem);
  return slug || `a${shortHash(base)}`;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
