// A faster reading of the quote cards sheets are made of (templates/partials/quote.md), for our Marked instance: a block
// quote whose every line starts with `>` at the margin and holds, after the marker and its one optional space, either
// nothing (spaces at most) or one line of text that can only open a paragraph, with no two text lines next to each
// other, and an empty line (or the end) after the block. For these the token is exactly the one marked's blockquote
// tokenizer builds: the same raw and text, and the tokens its nested lex of the text finds (a paragraph per text line,
// space between), found by reading the lines once. marked reads every other block quote itself: lazy continuation
// lines, nested quotes, lists, code, headings and the like inside, tabs, markers after spaces, paragraphs of two lines.

import type { Lexer, Token, Tokens } from 'marked';

const GREATER_THAN = 0x3e;
const SPACE = 0x20;
const NEWLINE = 0x0a;
const STAR = 0x2a;
const BACKSLASH = 0x5c;

/**
 * Whether the text in `src` from `from` to `to` (not blank) can only be a paragraph's one line: it opens no
 * indented code, fence, heading, thematic break, block quote, list, HTML block, link definition or table row. A letter,
 * a backslash escape or a non-ASCII character (`“`, `—`) opens none of them; stars do only as a bullet or a break, so
 * stars followed by anything but a space (`**Outlets disagree**`) are emphasis. Anything else is left to marked.
 */
function opensOnlyParagraph(src: string, from: number, to: number): boolean {
  const code = src.charCodeAt(from);
  const lower = code | 0x20;
  if ((lower >= 0x61 && lower <= 0x7a) || code >= 0x80 || code === BACKSLASH) return true;
  if (code !== STAR) return false;
  let at = from;
  while (at < to && src.charCodeAt(at) === STAR) at++;
  return at < to && src.charCodeAt(at) !== SPACE;
}

/** Adds a space token for `raw` as marked's block lexer does: a lone line break ends the token before it instead. */
function pushSpace(tokens: Token[], raw: string): void {
  if (raw.length === 1 && tokens.length > 0) tokens[tokens.length - 1]!.raw += '\n';
  else tokens.push({ type: 'space', raw });
}

/** The blockquote token marked would give for `src` when it starts with a simple block quote, else undefined. */
export function simpleBlockquote(lexer: Lexer, src: string): Tokens.Blockquote | undefined {
  if (src.charCodeAt(0) !== GREATER_THAN) return undefined;
  // block extensions and pedantic rules change how marked lexes the text inside; those are marked's to read
  const { options } = lexer;
  const extensions = options.extensions as { block?: unknown; startBlock?: unknown } | null | undefined;
  if (options.pedantic || extensions?.block || extensions?.startBlock) return undefined;

  // the lines: each `>`, one optional space, then its text (blank or a paragraph's one line); `end` ends the last
  let text = '';
  /** Where, in `text`, each text line starts and ends: even entries starts, odd entries ends. */
  const paragraphs: number[] = [];
  let previousWasParagraph = false;
  let at = 0;
  let end: number;
  for (;;) {
    end = src.indexOf('\n', at);
    if (end < 0) end = src.length;
    let from = at + 1;
    if (src.charCodeAt(from) === SPACE) from++;
    // blank: nothing or only spaces (the scan stops at the first other character)
    let blank = true;
    for (let i = from; i < end && blank; i++) blank = src.charCodeAt(i) === SPACE;
    if (at > 0) text += '\n';
    if (!blank) {
      if (previousWasParagraph || !opensOnlyParagraph(src, from, end)) return undefined;
      paragraphs.push(text.length, text.length + end - from);
    }
    // marked's paragraph takes a last line of spaces right after its text line (its rule stops only at a line of spaces
    // followed by a line break); that is marked's to read
    const atEnd = end + 1 >= src.length || src.charCodeAt(end + 1) === NEWLINE;
    if (atEnd && blank && end > from && previousWasParagraph) return undefined;
    previousWasParagraph = !blank;
    text += src.slice(from, end);
    if (atEnd) break;
    // a line that is not another `>` line and not empty: a lazy continuation or an indented marker, marked decides
    if (src.charCodeAt(end + 1) !== GREATER_THAN) return undefined;
    at = end + 1;
  }
  // a tab anywhere in the block: marked expands the ones after a marker to the next tab stop; that is marked's to read
  if (src.lastIndexOf('\t', end) >= 0) return undefined;

  // the text's blocks as marked's nested lex finds them: each text line a paragraph, the blank lines around them space
  const tokens: Token[] = [];
  let spaceFrom = 0;
  for (let i = 0; i < paragraphs.length; i += 2) {
    const start = paragraphs[i]!;
    const stop = paragraphs[i + 1]!;
    if (start > spaceFrom) pushSpace(tokens, text.slice(spaceFrom, start));
    const line = text.slice(start, stop);
    tokens.push({ type: 'paragraph', raw: line, text: line, tokens: lexer.inline(line) });
    spaceFrom = stop;
  }
  if (text.length > spaceFrom) pushSpace(tokens, text.slice(spaceFrom));
  return { type: 'blockquote', raw: src.slice(0, end), tokens, text };
}
