// Context escapes for values that come from articles: markdown-inline, HTML text/attribute, JSON in <script>.

/** Line breaks and runs of layout whitespace: a value must stay inside the line the template put it on. */
const LINE_BREAKS_AND_RUNS = /[ \t\r\n\f\v\u0085\u2028\u2029]+/g;
/** What the collapse would change: a whitespace character other than a space, or two spaces in a row. */
const NEEDS_COLLAPSE = /[\t\r\n\f\v\u0085\u2028\u2029]| {2}/;

/** 1 for every ASCII punctuation character (CommonMark lets any of them be backslash-escaped). */
const ASCII_PUNCTUATION = new Uint8Array(128);
for (let c = 0x21; c <= 0x7e; c++) if (!/[0-9A-Za-z]/.test(String.fromCharCode(c))) ASCII_PUNCTUATION[c] = 1;

/**
 * Escapes a value for markdown inline text. Newlines collapse to one space (so a value can never
 * start a block: heading, list, HTML block, code fence) and every ASCII punctuation character is
 * backslash-escaped (so it can never open a link, image, emphasis, autolink, entity or raw HTML tag).
 */
export function escapeMarkdownInline(value: unknown): string {
  let text = typeof value === 'string' ? value : String(value ?? '');
  // most values have no NUL and no whitespace but single spaces: skip those passes then
  if (text.includes('\0')) text = text.replace(/\0/g, '\uFFFD');
  if (NEEDS_COLLAPSE.test(text)) text = text.replace(LINE_BREAKS_AND_RUNS, ' ');
  // one pass over the characters, copying the stretches between punctuation (a regex replace is twice as slow here)
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && ASCII_PUNCTUATION[code] === 1) {
      out += `${text.slice(from, i)}\\${text[i]}`;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
};

/** The entity of each character escapeHtml replaces, by character code. */
const HTML_ENTITY_OF: Array<string | undefined> = new Array(128);
for (const [ch, entity] of Object.entries(HTML_ENTITIES)) HTML_ENTITY_OF[ch.charCodeAt(0)] = entity;

/** Escapes a value for HTML text and for quoted HTML attribute values (one pass over the char codes). */
export function escapeHtml(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value ?? '');
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const entity = HTML_ENTITY_OF[code];
      if (entity !== undefined) {
        out += text.slice(from, i) + entity;
        from = i + 1;
      }
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Serialises data for an inline `<script type="application/ld+json">`: `<`, `>` and `&` become
 * unicode escapes so `</script>` or `<!--` can never appear, and U+2028/U+2029 are escaped too.
 */
const SCRIPT_ESCAPES: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => SCRIPT_ESCAPES[c]!);
}
