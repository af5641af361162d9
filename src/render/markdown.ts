// The one configured Marked instance that turns filled markdown templates into HTML.

import { Marked, Renderer, Tokenizer, type RendererExtension, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import { couldBeBlockquote, couldBeSetextHeading, couldBeTable } from './blockChecks';
import { escapeHtml } from './escape';
import { escapeRun } from './escapeRuns';
import { simpleBlockquote } from './simpleBlockquotes';
import { simpleLink } from './simpleLinks';
import { simpleList } from './simpleLists';
import { decodeCharacterReferences, hasCharacterReference, isAllowedUrl } from './urls';

/**
 * `[[3 outlets]]` → `<span class="chip">3 outlets</span>`, for labels the render code builds. Data can never
 * open a chip: the markdown-inline escape turns every `[` in data into `\[`. The token is read by our tokenizer where
 * marked asks for an escape (its first inline rule), so marked needs no extension tokenizer, which it would call at
 * every inline position; the extension only renders it.
 */
const CHIP = /^\[\[(?!\[)((?:\\.|[^\\\]\n])+)\]\]/;

function chipToken(lexer: Tokenizer['lexer'], src: string): Tokens.Generic | undefined {
  if (src.charCodeAt(0) !== 0x5b || src.charCodeAt(1) !== 0x5b) return undefined;
  const match = CHIP.exec(src);
  return match ? { type: 'chip', raw: match[0], tokens: lexer.inlineTokens(match[1]!) } : undefined;
}

const chip: RendererExtension = {
  name: 'chip',
  renderer(token) {
    return `<span class="chip">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
};

/**
 * SVG built by render code for this one parse, by image URL: `![alt](/actors/x/timeline.svg)` becomes the
 * inline chart in HTML while the .md variant keeps a plain image link. Set only for the duration of a
 * synchronous parse, so no other render can see it.
 */
let inlineImages: ReadonlyMap<string, string> | null = null;

/** A path on this site made only of safe characters (no scheme); an `&` in it may still start a character reference. */
const SITE_PATH = /^\/[\w\-./?=%#~+,;@&]*$/;

/**
 * Defence in depth: data is already escaped before it reaches markdown, and on top of that
 * - raw HTML (blocks and inline tags) is shown as text, never passed through;
 * - links and images keep only http(s), mailto and relative URLs. The href is decoded the way a
 *   browser would decode it (`&#106;avascript:`), checked, and emitted HTML-escaped, so what the
 *   browser follows is exactly what was checked.
 */
class SheetRenderer extends Renderer {
  override html({ text }: Tokens.HTML | Tokens.Tag): string {
    return escapeHtml(text);
  }

  override link({ href, title, tokens }: Tokens.Link): string {
    const label = this.parser.parseInline(tokens);
    // the URLs render code builds (site paths of safe characters, `&end=` and the like) need no decoding or scheme check
    if (!title && SITE_PATH.test(href) && !hasCharacterReference(href)) return `<a href="${escapeHtml(href)}">${label}</a>`;
    const url = decodeCharacterReferences(href);
    if (!isAllowedUrl(url)) return label;
    const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
    return `<a href="${escapeHtml(url)}"${titleAttribute}>${label}</a>`;
  }

  override image({ href, title, text }: Tokens.Image): string {
    const inline = inlineImages?.get(href);
    if (inline !== undefined) return inline;
    const url = decodeCharacterReferences(href);
    if (!isAllowedUrl(url)) return escapeHtml(text);
    const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
    return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttribute} loading="lazy">`;
  }
}

/**
 * Reads runs of plain words and escaped data as one token (escapeRuns.ts), chips, one-line-per-item lists
 * (simpleLists.ts), links to site paths (simpleLinks.ts) and quote cards (simpleBlockquotes.ts) in one pass each, and
 * tells marked at once where no table, setext heading or block quote can start (blockChecks.ts); marked's own
 * tokenizers read the rest.
 */
class SheetTokenizer extends Tokenizer {
  override escape(src: string): Tokens.Escape | undefined {
    return escapeRun(this.lexer, src) || (chipToken(this.lexer, src) as Tokens.Escape | undefined) || super.escape(src);
  }

  override blockquote(src: string): Tokens.Blockquote | undefined {
    if (!couldBeBlockquote(src)) return undefined;
    return simpleBlockquote(this.lexer, src) ?? super.blockquote(src);
  }

  override list(src: string): Tokens.List | undefined {
    return simpleList(this.lexer, src) ?? super.list(src);
  }

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    return simpleLink(this.lexer, src) ?? super.link(src);
  }

  override table(src: string): Tokens.Table | undefined {
    return couldBeTable(src) ? super.table(src) : undefined;
  }

  override lheading(src: string): Tokens.Heading | undefined {
    return couldBeSetextHeading(src) ? super.lheading(src) : undefined;
  }
}

// The renderer and tokenizer are subclasses set as options, not objects given to `use`, which would wrap every method
// in a closure called at each token (and, for the tokenizer, at each inline position).
const sheetMarkdown = new Marked({ gfm: true, breaks: false, async: false, extensions: [chip] });
sheetMarkdown.setOptions({ renderer: new SheetRenderer(), tokenizer: new SheetTokenizer() });

/**
 * The same instance without the fast readings (escape runs, chips in the escape rule, simple lists, links and block
 * quotes): what a test compares markdownToHtml with, since each fast reading must give exactly the HTML marked's own
 * tokenizers give.
 */
export function referenceMarked(): Marked {
  const chipExtension: TokenizerAndRendererExtension = { ...chip, level: 'inline', tokenizer: (src) => chipTokenFor(src) };
  const reference = new Marked({ gfm: true, breaks: false, async: false, extensions: [chipExtension] });
  const tokenizer = new Tokenizer();
  const chipTokenFor = (src: string) => chipToken(tokenizer.lexer, src);
  reference.setOptions({ renderer: new SheetRenderer(), tokenizer });
  return reference;
}

/** Markdown (already filled, values escaped) → HTML fragment; `inline` maps image URLs to render-built SVG. */
export function markdownToHtml(markdown: string, inline: ReadonlyMap<string, string> | null = null): string {
  inlineImages = inline;
  try {
    return sheetMarkdown.parse(markdown, { async: false });
  } finally {
    inlineImages = null;
  }
}
