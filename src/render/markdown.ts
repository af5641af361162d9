// The one configured Marked instance that turns filled markdown templates into HTML.

import { Marked, type Tokens } from 'marked';
import { escapeHtml } from './escape';
import { decodeCharacterReferences, isAllowedUrl } from './urls';

/**
 * Defence in depth: data is already escaped before it reaches markdown, and on top of that
 * - raw HTML (blocks and inline tags) is shown as text, never passed through;
 * - links and images keep only http(s), mailto and relative URLs. The href is decoded the way a
 *   browser would decode it (`&#106;avascript:`), checked, and emitted HTML-escaped, so what the
 *   browser follows is exactly what was checked.
 */
const sheetMarkdown = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag): string {
      return escapeHtml(text);
    },
    link({ href, title, tokens }: Tokens.Link): string {
      const label = this.parser.parseInline(tokens);
      const url = decodeCharacterReferences(href);
      if (!isAllowedUrl(url)) return label;
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(url)}"${titleAttribute}>${label}</a>`;
    },
    image({ href, title, text }: Tokens.Image): string {
      const url = decodeCharacterReferences(href);
      if (!isAllowedUrl(url)) return escapeHtml(text);
      const titleAttribute = title ? ` title="${escapeHtml(title)}"` : '';
      return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${titleAttribute} loading="lazy">`;
    },
  },
});

/** Markdown (already filled, values escaped) → HTML fragment. */
export function markdownToHtml(markdown: string): string {
  return sheetMarkdown.parse(markdown, { async: false });
}
