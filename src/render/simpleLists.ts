// A faster reading of the lists sheets are made of, for our Marked instance: one line per item, `- ` or `1. ` at the
// start of the line and one space before the text, no blank line between items, and a blank line (or the end) after
// the last. For these the token is exactly the one marked's list tokenizer builds, found by reading the lines once;
// marked's tokenizer, which tries a dozen regular expressions per line, reads every other list (nested items, loose
// lists, lazy continuation lines, tasks, other bullets) itself.

import type { Lexer, Tokens } from 'marked';

/** `- text` or `12. text`: the marker, exactly one space, then the text (not a space). */
const BULLET_ITEM = /^- (?=[^ \t\n])/;
const ORDERED_ITEM = /^(\d{1,9})\. (?=[^ \t\n])/;
/** A line marked might read as a thematic break (`- - -`), or whose tabs it would expand. */
const BREAK_OR_TAB = /^[-*_ ]+$|\t/;
/** What marked takes for a task item (`[ ] text`). */
const TASK = /^\[[ xX]\][ \t]+\S/;
/** After a blank line: a line that could continue the item (indented) or be another item of a loose list. */
const CONTINUES = /^(?:[ \t]|(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$))/;
/** A space token spanning a line (marked's anyLine): it makes the list loose. */
const ANY_LINE = /\n.*\n/;

function lineEnd(src: string, at: number): number {
  const end = src.indexOf('\n', at);
  return end < 0 ? src.length : end;
}

/** The list token marked would give for `src` when it starts with a simple list, else undefined. */
export function simpleList(lexer: Lexer, src: string): Tokens.List | undefined {
  // a list that might interrupt a paragraph is marked's to judge
  if (lexer.state.lastToken?.type === 'text') return undefined;
  const ordered = src.charCodeAt(0) >= 0x30 && src.charCodeAt(0) <= 0x39;
  const marker = ordered ? ORDERED_ITEM : BULLET_ITEM;
  const items: Tokens.ListItem[] = [];
  let start: number | '' = '';
  let at = 0;
  for (;;) {
    const end = lineEnd(src, at);
    const line = src.slice(at, end);
    const match = marker.exec(line);
    if (!match || BREAK_OR_TAB.test(line)) return undefined;
    const text = line.slice(match[0].length);
    if (TASK.test(text)) return undefined;
    if (ordered && !items.length) start = Number(match[1]);
    items.push({ type: 'list_item', raw: end < src.length ? `${line}\n` : line, task: false, loose: false, text, tokens: [] });
    if (end >= src.length) break;
    const next = end + 1;
    const nextLine = src.slice(next, lineEnd(src, next));
    if (marker.test(nextLine)) {
      at = next;
      continue;
    }
    if (nextLine.trim() !== '') return undefined; // a lazy continuation, another bullet, a break: marked decides
    // blank lines end the list, unless what follows them continues the item or is another item (a loose list)
    let after = next;
    while (after < src.length && src.slice(after, lineEnd(src, after)).trim() === '') after = lineEnd(src, after) + 1;
    if (after < src.length && CONTINUES.test(src.slice(after, lineEnd(src, after)))) return undefined;
    break;
  }
  const last = items.at(-1)!;
  last.raw = last.raw.trimEnd();
  last.text = last.text.trimEnd();
  const raw = src.slice(0, at + last.raw.length).trimEnd();
  const list: Tokens.List = { type: 'list', raw, ordered, start, loose: false, items };
  // the items' own blocks, and looseness, exactly as marked's list tokenizer works them out
  for (const item of items) {
    lexer.state.top = false;
    item.tokens = lexer.blockTokens(item.text, []);
    if (!list.loose) list.loose = item.tokens.some((token) => token.type === 'space' && ANY_LINE.test(token.raw));
  }
  if (list.loose) {
    for (const item of items) {
      item.loose = true;
      for (const token of item.tokens) if (token.type === 'text') (token as { type: string }).type = 'paragraph';
    }
  }
  return list;
}
