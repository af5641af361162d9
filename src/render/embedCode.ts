// The embed code a sheet offers: an iframe, the tiny resize script, and a plain link for places that strip both.

import { escapeHtml } from './escape';
import { absoluteUrl, embedUrl, type SheetSection } from './urls';

export interface EmbedCode {
  /** The three pieces below, one per line: what a reader copies. */
  code: string;
  iframe: string;
  script: string;
  link: string;
  /** Suggested size; /embed.js then fits the height to the card. */
  width: number;
  height: number;
}

export const EMBED_WIDTH = 480;
export const EMBED_HEIGHT = 420;

export function iframeHtml(origin: string, section: SheetSection, id: string, title: string, width = EMBED_WIDTH, height = EMBED_HEIGHT): string {
  const src = absoluteUrl(origin, embedUrl(section, id));
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(`Fact sheet: ${title}`)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export function embedCode(origin: string, section: SheetSection, id: string, pageUrl: string, title: string): EmbedCode {
  const iframe = iframeHtml(origin, section, id, title);
  const script = `<script async src="${escapeHtml(absoluteUrl(origin, '/embed.js'))}"></script>`;
  const link = `<a href="${escapeHtml(absoluteUrl(origin, pageUrl))}">${escapeHtml(`Fact sheet: ${title}`)}</a>`;
  return { code: [iframe, script, `<p>${link}</p>`].join('\n'), iframe, script, link, width: EMBED_WIDTH, height: EMBED_HEIGHT };
}
