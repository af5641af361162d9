// A faster reading of the links sheets are made of, for our Marked instance: `[label](/path?query#fragment)` where the
// label holds no bracket, backtick, `<` or line break (escapes allowed) and the destination only URL characters, no
// parenthesis, backslash, space or title. For these the token is exactly the one marked's link tokenizer builds (the
// same label text, the same lexer state around the label's own tokens), found by one scan; marked reads every other
// link itself.

import type { Lexer, Tokens } from 'marked';

const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;

/** Characters a simple destination may hold: letters, digits and - . _ ~ / ? # = & % + , ; : @ */
function isUrlChar(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x2f && code <= 0x3b) || // a-z A-Z / 0-9 : ;
    code === 0x2d || code === 0x2e || code === 0x5f || code === 0x7e || code === 0x3f || code === 0x23 || // - . _ ~ ? #
    code === 0x3d || code === 0x26 || code === 0x25 || code === 0x2b || code === 0x2c || code === 0x40 // = & % + , @
  );
}

/** The link token marked would give for `src` when it starts with a simple link, else undefined. */
export function simpleLink(lexer: Lexer, src: string): Tokens.Link | undefined {
  if (src.charCodeAt(0) !== OPEN_BRACKET || lexer.state.linkParenPossible === false) return undefined;
  let at = 1;
  for (;;) {
    if (at >= src.length) return undefined;
    const code = src.charCodeAt(at);
    if (code === CLOSE_BRACKET) break;
    if (code === BACKSLASH) {
      if (src.charCodeAt(at + 1) === 0x0a) return undefined;
      at += 2;
      continue;
    }
    if (code === OPEN_BRACKET || code === 0x60 || code === 0x3c || code === 0x0a) return undefined; // [ ` < line break
    at++;
  }
  const labelEnd = at;
  if (src.charCodeAt(labelEnd + 1) !== OPEN_PAREN) return undefined;
  at = labelEnd + 2;
  while (at < src.length && isUrlChar(src.charCodeAt(at))) at++;
  if (at === labelEnd + 2 || src.charCodeAt(at) !== CLOSE_PAREN) return undefined;
  const raw = src.slice(0, at + 1);
  const href = src.slice(labelEnd + 2, at);
  // marked: the label with \[ and \] unescaped (it has no code span), lexed as link text, and no link inside a link
  const label = src.slice(1, labelEnd);
  const text = label.includes('\\[') || label.includes('\\]') ? label.replace(/\\([[\]])/g, '$1') : label;
  const { state } = lexer;
  const inLink = state.inLink;
  const linkEmitted = state.linkEmitted;
  const inRawBlock = state.inRawBlock;
  state.inLink = true;
  state.linkEmitted = false;
  const tokens = lexer.inlineTokens(text);
  const nested = state.linkEmitted;
  state.linkEmitted = linkEmitted;
  state.inLink = inLink;
  if (nested) {
    state.inRawBlock = inRawBlock;
    return undefined;
  }
  state.linkEmitted = true;
  return { type: 'link', raw, href, title: null, text, tokens };
}
