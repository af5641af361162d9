// Cheap answers to three questions marked's block lexer asks of every paragraph with a long regular expression: could
// this be a table (its second line a delimiter row of |, : and -), could it be a setext heading (a line of = or -
// before the next blank line), could it be a block quote (`>` after at most three spaces)? "No" is returned only where
// marked's own expression cannot match; otherwise it asks.

function lineEnd(src: string, at: number): number {
  const end = src.indexOf('\n', at);
  return end < 0 ? src.length : end;
}

/** False when marked's GFM table rule cannot match at the start of `src`: no second line made of `|`, `:`, `-` and spaces. */
export function couldBeTable(src: string): boolean {
  const first = src.indexOf('\n');
  if (first < 0) return false;
  const end = lineEnd(src, first + 1);
  let dash = false;
  for (let at = first + 1; at < end; at++) {
    const code = src.charCodeAt(at);
    if (code === 0x2d) dash = true;
    else if (code !== 0x20 && code !== 0x7c && code !== 0x3a) return false; // space | :
  }
  return dash;
}

const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** False when marked's setext heading rule cannot match: no line of `=` or `-` after the first and before a blank line. */
export function couldBeSetextHeading(src: string): boolean {
  let at = src.indexOf('\n');
  while (at >= 0 && at < src.length) {
    const end = lineEnd(src, at + 1);
    const line = src.slice(at + 1, end);
    if (line.trim() === '') return false;
    if (UNDERLINE.test(line)) return true;
    at = end;
  }
  return false;
}

/** False when marked's block quote rule cannot match at the start of `src`: no `>` after at most three spaces. */
export function couldBeBlockquote(src: string): boolean {
  let at = 0;
  while (at < 3 && src.charCodeAt(at) === 0x20) at++;
  return src.charCodeAt(at) === 0x3e;
}
