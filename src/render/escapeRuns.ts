// A faster reading of text for our Marked instance: a run of plain words and backslash escapes becomes one token, where
// marked would make a token for each escape and each stretch of words (and try a dozen rules before each).
//
// The markdown-inline escape backslash-escapes every ASCII punctuation character in data, so article text reaches Marked
// as runs like `Reuters\, 2021\-12\-23`. The run is cut so that the HTML is exactly what marked itself gives:
//   - it starts with an escape pair or a plain character, and holds only escape pairs, ASCII letters and digits, other
//     (non-ASCII) characters, single spaces not followed by a space or line break (two spaces before a line break
//     are a hard break), and the punctuation marked reads as plain text wherever it stands (see isInert and below);
//   - when it ends in a word and an unescaped punctuation character follows, that last word is left to marked: with
//     that character it could start an autolink or an e-mail address (`www.`, `a@b`), or change how emphasis opens
//     (marked reads the character before a delimiter, and after a run it sees none, as after a space or an escape);
//   - inside raw HTML blocks marked treats text differently, so the run is not used there.
// Its text is HTML-escaped here exactly as marked escapes each escaped character, and it is not a `text` token, so
// marked never merges unescaped text into it.

import type { Tokens, TokenizerObject } from 'marked';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const BACKSLASH = 0x5c;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const OPEN_PAREN = 0x28;
const COLON = 0x3a;
const PERIOD = 0x2e;

function isSpaceOrEnd(code: number): boolean {
  return code === SPACE || code === NEWLINE || Number.isNaN(code);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

function isPlain(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0x80;
}

/**
 * Punctuation marked reads as plain text wherever it stands: it opens nothing, no autolink or address holds it, and it
 * cannot end a character reference (`;` can: marked leaves `&amp;` unescaped in text, across what would be two runs).
 */
function isInert(code: number): boolean {
  return code === 0x2c || code === 0x28 || code === 0x29; // , ( )
}

/** Length of the run at the start of `src` (0 when `src` starts with neither an escape nor a plain character). */
export function escapeRunLength(src: string): number {
  const first = src.charCodeAt(0);
  if (!isPlain(first) && !isInert(first) && first !== SPACE && (first !== BACKSLASH || !isAsciiPunctuation(src.charCodeAt(1)))) return 0;
  let at = 0;
  /** End of the last escape pair or space: where the run is cut back to when it must not end in a word. */
  let beforeWord = 0;
  while (at < src.length) {
    const code = src.charCodeAt(at);
    if (code === BACKSLASH && isAsciiPunctuation(src.charCodeAt(at + 1))) {
      at += 2;
      beforeWord = at;
    } else if (isPlain(code)) {
      at++;
    } else if (code === SPACE) {
      const next = src.charCodeAt(at + 1);
      if (next === SPACE || next === NEWLINE || Number.isNaN(next)) break;
      beforeWord = ++at;
    } else if ((code === COLON || code === PERIOD) && isSpaceOrEnd(src.charCodeAt(at + 1))) {
      // a colon or full stop before a space or the end ("more: ", "said so. ") opens no autolink: `http:`, `mailto:`
      // and `www.` all need more after them (marked's own text stops there, and goes on reading the same text)
      at++;
    } else if (code === COLON && at > 0 && isDigit(src.charCodeAt(at - 1))) {
      // a colon after a digit ("2021-12-23:") ends no scheme (`http:`, `mailto:`): only letters do
      at++;
    } else if (isInert(code)) {
      // after `(` (as after a space) marked would find `www.` too; after `,` or `)` it reads on, so no cut there
      at++;
      if (code === OPEN_PAREN) beforeWord = at;
    } else {
      break;
    }
  }
  if (at > beforeWord && at < src.length && src.charCodeAt(at) !== BACKSLASH && isAsciiPunctuation(src.charCodeAt(at))) return beforeWord;
  return at;
}

/** The run's text as HTML: escapes removed, then `& < > " '` escaped as marked's renderer escapes an escaped character. */
function runHtml(raw: string): string {
  let at = raw.indexOf('\\');
  if (at < 0) return raw;
  let html = '';
  let from = 0;
  while (at >= 0) {
    const ch = raw[at + 1]!;
    html += raw.slice(from, at) + (HTML_ESCAPES[ch] ?? ch);
    from = at + 2;
    at = raw.indexOf('\\', from);
  }
  return html + raw.slice(from);
}

/** The run at the start of `src` as an escape token (its text already HTML), or false where marked must read on. */
export function escapeRun(lexer: { state: { inRawBlock: boolean } }, src: string): Tokens.Escape | false {
  if (lexer.state.inRawBlock) return false;
  const length = escapeRunLength(src);
  if (length === 0) return false;
  const raw = src.slice(0, length);
  return { type: 'escape', raw, text: runHtml(raw), escaped: true } as Tokens.Escape;
}

/** The `escape` tokenizer for `new Marked({ tokenizer })`: a run where it can, marked's own escape everywhere else. */
export const escapeRunTokenizer: Pick<TokenizerObject, 'escape'> = {
  escape(src: string): Tokens.Escape | false {
    return escapeRun(this.lexer, src);
  },
};
