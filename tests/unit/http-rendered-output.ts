// Oracles for rendered pages: the elements, attributes, links and markdown blocks a page may hold, learned from the templates and benign renders.

import { Lexer, type Token } from 'marked';
import type { Templates } from '../../src/render/templates';

/** What the templates and the render code produce when the data is plain text: element → attributes, markdown token types. */
export interface PageShape {
  elements: Map<string, Set<string>>;
  tokens: Set<string>;
  styles: string[];
  /** Links written literally in the HTML templates (the empty favicon, the home link). */
  literalLinks: Set<string>;
  /** The opening of each `<script>` in the HTML templates, as a pattern (a filled value may be anything quoted). */
  scripts: RegExp[];
}

const TAG = /<([a-zA-Z][^\s/>]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
/** Attributes whose value a browser follows or loads. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset']);

function addTags(into: Map<string, Set<string>>, html: string): void {
  for (const [, name, attributes] of html.matchAll(TAG)) {
    const set = into.get(name!.toLowerCase()) ?? new Set<string>();
    for (const [, attribute] of attributes!.matchAll(ATTRIBUTE)) set.add(attribute!.toLowerCase());
    into.set(name!.toLowerCase(), set);
  }
}

/** HTML templates are filled with HTML escaping; the rest are markdown (the Templates keys say which). */
const HTML_TEMPLATE_KEYS = ['layout', 'source', 'embed'];

function htmlTemplates(templates: Templates): string[] {
  return Object.entries(templates).flatMap(([key, value]) => (HTML_TEMPLATE_KEYS.includes(key) && typeof value === 'string' ? [value] : []));
}

function markdownTemplates(templates: Templates): string[] {
  return Object.entries(templates).flatMap(([key, value]) =>
    HTML_TEMPLATE_KEYS.includes(key) ? [] : typeof value === 'string' ? [value] : Object.values(value as Record<string, string>),
  );
}

function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children = token as { tokens?: Token[]; items?: Token[]; header?: { tokens: Token[] }[]; rows?: { tokens: Token[] }[][] };
    if (children.tokens) walk(children.tokens, visit);
    if (children.items) walk(children.items, visit);
    for (const cell of [...(children.header ?? []), ...(children.rows ?? []).flat()]) walk(cell.tokens, visit);
  }
}

const lex = (markdown: string): Token[] => new Lexer({ gfm: true }).lex(markdown);

/** Learns the shape from the HTML templates (section tags removed) and from pages rendered with plain-text data. */
export function learnShape(templates: Templates, htmlPages: string[], markdownPages: string[]): PageShape {
  const elements = new Map<string, Set<string>>();
  for (const template of htmlTemplates(templates)) addTags(elements, template.replace(/\{\{[#^/!>][^}]*\}\}/g, ''));
  for (const page of htmlPages) addTags(elements, page);
  const tokens = new Set<string>();
  for (const page of markdownPages) walk(lex(page), (token) => tokens.add(token.type));
  const styles = [...templates.layout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  const literalLinks = new Set(htmlTemplates(templates).flatMap((t) => [...t.matchAll(/href="([^"{]*)"/g)].map((match) => match[1]!)));
  const scripts = htmlTemplates(templates).flatMap((t) =>
    [...t.matchAll(/<script\b[^>]*>/g)].map(([opening]) => new RegExp(`^${opening.split(/\{\{\{?[^}]*\}?\}\}/).map(escapeRegExp).join('[^"]*')}$`)),
  );
  return { elements, tokens, styles, literalLinks, scripts };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The references the renderer emits in attributes, decoded as a browser would. */
function decodeAttribute(value: string): string {
  return value
    .replace(/^["']|["']$/g, '')
    .replace(/&#(\d+);?/g, (_, code) => String.fromCodePoint(Math.min(Number(code), 0x10ffff)))
    .replace(/&#x([0-9a-f]+);?/gi, (_, code) => String.fromCodePoint(Math.min(parseInt(code, 16), 0x10ffff)))
    .replace(/&colon;/gi, ':')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Internal (`/x`, `#x`, `?x`) or on the site's own origin. */
function isOwnUrl(url: string, origin: string): boolean {
  return /^\/(?![/\\])/.test(url) || /^[#?]/.test(url) || url === origin || url.startsWith(`${origin}/`);
}

/**
 * Problems in an HTML page: an element or attribute outside the shape, an event handler, a script
 * that is not inert JSON-LD, a link that is neither the site's own nor `allowedExternal`, a style block changed.
 */
export function htmlProblems(html: string, shape: PageShape, origin: string, allowedExternal: string[] = []): string[] {
  const problems: string[] = [];
  if (!html.startsWith('<!doctype html>')) problems.push('does not start with the doctype');
  if (/<!--|<!\[|<\?|<!(?!doctype html>)/i.test(html)) problems.push('comment, CDATA or processing instruction');
  for (const [, name] of html.matchAll(/<\/([a-zA-Z][^\s/>]*)/g)) if (!shape.elements.has(name!.toLowerCase())) problems.push(`</${name}>`);
  for (const [tag, name, attributes] of html.matchAll(TAG)) {
    const allowed = shape.elements.get(name!.toLowerCase());
    if (!allowed) {
      problems.push(`element ${tag}`);
      continue;
    }
    const rest = attributes!.replace(ATTRIBUTE, (_, attribute: string, value?: string) => {
      const key = attribute.toLowerCase();
      if (!allowed.has(key) || key.startsWith('on')) problems.push(`attribute ${attribute} in ${tag}`);
      if (URL_ATTRIBUTES.has(key) && value !== undefined) {
        const url = decodeAttribute(value).replace(/[\u0000-\u0020\u007f]/g, '');
        if (!isOwnUrl(url, origin) && !allowedExternal.includes(url) && !shape.literalLinks.has(url)) problems.push(`link ${url} in ${tag}`);
      }
      return '';
    });
    if (rest.trim() && rest.trim() !== '/') problems.push(`unparsed attributes ${rest} in ${tag}`);
  }
  const scripts = [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)];
  if (scripts.length > shape.scripts.length || (html.match(/<script/gi) ?? []).length !== scripts.length) problems.push('more scripts than the templates have');
  for (const [whole, opening, content] of scripts) {
    if (!shape.scripts.some((pattern) => pattern.test(opening!))) problems.push(`script ${whole.slice(0, 80)}`);
    else if (opening!.includes('application/ld+json')) {
      if (content!.includes('<')) problems.push('markup inside the JSON-LD script');
      try {
        JSON.parse(content!);
      } catch {
        problems.push('JSON-LD does not parse');
      }
    } else if (content!.trim()) problems.push(`inline code in ${opening}`);
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
  if (styles.length !== shape.styles.length || styles.some((css, i) => css !== shape.styles[i])) problems.push('style blocks differ from the layout');
  return problems;
}

/** Heading lines of the markdown templates, with each `{{tag}}` as a wildcard. */
export function templateHeadings(templates: Templates): RegExp[] {
  return markdownTemplates(templates)
    .flatMap((template) => template.split('\n').filter((line) => /^#{1,6} /.test(line)))
    .map((line) => new RegExp(`^${line.split(/\{\{[^}]*\}\}/).map(escapeRegExp).join('.*')}$`));
}

/** Problems in a filled markdown page: token types outside the shape (raw HTML, code, images), headings the templates lack, links off the site. */
export function markdownProblems(markdown: string, shape: PageShape, headings: RegExp[], origin: string): string[] {
  const problems: string[] = [];
  walk(lex(markdown), (token) => {
    if (!shape.tokens.has(token.type) || token.type === 'html') problems.push(`${token.type} token ${JSON.stringify(token.raw.slice(0, 60))}`);
    if (token.type === 'heading' && !headings.some((pattern) => pattern.test(token.raw.replace(/\n+$/, '')))) problems.push(`heading ${token.raw.trim()}`);
    if ((token.type === 'link' || token.type === 'image') && !isOwnUrl(token.href, origin)) problems.push(`${token.type} ${token.href}`);
  });
  return problems;
}
