// Oracles for rendered pages: which elements, attributes, links and markdown blocks the templates themselves can produce.

import { Lexer, type Token } from 'marked';
import { bundledTemplates } from '../../src/render/bundledTemplates';

/** Every element the layout, the source template and the markdown of the sheet templates emit, with the attributes each may carry. */
const ALLOWED_ELEMENTS: Record<string, string[]> = {
  html: ['lang'], head: [], meta: ['charset', 'name', 'content'], title: [], link: ['rel', 'type', 'href'], style: [], body: [],
  header: [], main: [], footer: [], h1: [], h2: [], p: ['class'], ul: [], ol: [], li: [], blockquote: [], strong: [], em: [],
  a: ['href', 'rel'], article: ['class'], dl: ['class'], dt: [], dd: [], small: [], code: [], div: ['class'], mark: ['id', 'tabindex'],
};

const LAYOUT_STYLE = /<style>([\s\S]*?)<\/style>/.exec(bundledTemplates.layout)![1]!;
/** Links written literally in the layout (the empty favicon, the home link). */
const LAYOUT_LINKS = [...bundledTemplates.layout.matchAll(/href="([^"{]*)"/g)].map((match) => match[1]!);

/** The few references the renderer emits in attributes, decoded as a browser would. */
function decodeAttribute(value: string): string {
  return value
    .replace(/^["']|["']$/g, '')
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Problems in an HTML page: an element or attribute the templates do not produce, an event
 * handler, a link that is neither internal nor `allowedExternal`, a second style block or a changed one.
 */
export function htmlProblems(html: string, allowedExternal: string[] = []): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!doctype html>')) problems.push('does not start with the doctype');
  if (/<!--|<!\[|<\?|<!(?!doctype html>)/i.test(html)) problems.push('comment, CDATA or processing instruction');
  if (/<script/i.test(html)) problems.push('<script');
  for (const [, name] of html.matchAll(/<\/([a-zA-Z][^\s/>]*)/g)) if (!(name!.toLowerCase() in ALLOWED_ELEMENTS)) problems.push(`</${name}>`);
  for (const [tag, name, attributes] of html.matchAll(/<([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    const allowed = ALLOWED_ELEMENTS[name!.toLowerCase()];
    if (!allowed) {
      problems.push(`element ${tag}`);
      continue;
    }
    const rest = attributes!.replace(/([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g, (_, attribute: string, value?: string) => {
      const key = attribute.toLowerCase();
      if (!allowed.includes(key) || key.startsWith('on')) problems.push(`attribute ${attribute} in ${tag}`);
      if (key === 'href' && value !== undefined) {
        const url = decodeAttribute(value);
        const internal = /^\/(?![/\\])/.test(url) || url.startsWith('#');
        if (!internal && !allowedExternal.includes(url) && !LAYOUT_LINKS.includes(url)) problems.push(`link ${url} in ${tag}`);
        const scheme = /^([a-z][\w+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        if (scheme && !['http', 'https'].includes(scheme) && !LAYOUT_LINKS.includes(url)) problems.push(`scheme in ${url}`);
      }
      return '';
    });
    if (rest.trim() && rest.trim() !== '/') problems.push(`unparsed attributes ${rest} in ${tag}`);
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
  if (styles.length !== 1 || styles[0]![1] !== LAYOUT_STYLE) problems.push('style block differs from the layout');
  return problems;
}

/** Heading lines of the markdown templates, with each `{{tag}}` as a wildcard. */
const TEMPLATE_HEADINGS = [bundledTemplates.index, bundledTemplates.actor, bundledTemplates.topic, bundledTemplates.error]
  .flatMap((template) => template.split('\n').filter((line) => /^#{1,6} /.test(line)))
  .map((line) => new RegExp(`^${line.split(/\{\{[^}]*\}\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`));

/** Markdown block and inline tokens the templates produce. */
const ALLOWED_TOKENS = new Set(['space', 'heading', 'paragraph', 'text', 'list', 'list_item', 'blockquote', 'strong', 'em', 'link', 'escape', 'br', 'hr']);

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = token as { tokens?: Token[]; items?: Token[] };
    if (children.tokens) walk(children.tokens, visit);
    if (children.items) walk(children.items, visit);
  }
}

/** Problems in a filled markdown page: raw HTML, code, tables or images, headings the template does not have, links off the site. */
export function markdownProblems(markdown: string): string[] {
  const problems: string[] = [];
  walk(new Lexer({ gfm: true }).lex(markdown), (token) => {
    if (!ALLOWED_TOKENS.has(token.type)) problems.push(`${token.type} token ${JSON.stringify(token.raw.slice(0, 60))}`);
    if (token.type === 'heading' && !TEMPLATE_HEADINGS.some((pattern) => pattern.test(token.raw.replace(/\n+$/, '')))) problems.push(`heading ${token.raw.trim()}`);
    if (token.type === 'link' && !/^\/(?![/\\])/.test(token.href)) problems.push(`link ${token.href}`);
  });
  return problems;
}
