// Fills mustache templates: markdown templates with the markdown-inline escape, HTML templates with HTML escaping.
// Each template is compiled once per set of partials and escape (compiledTemplate.ts); the output is Mustache.render's.

import { compileTemplate, type CompiledTemplate, type Escape, type Partials } from './compiledTemplate';
import { escapeHtml, escapeMarkdownInline } from './escape';

export type { Partials } from './compiledTemplate';

const NO_PARTIALS: Partials = {};

/** Compiled templates by partials object, escape and template text (the templates are few and fixed). */
const compiled = new WeakMap<Partials, Map<Escape, Map<string, CompiledTemplate>>>();

function compiledFor(template: string, partials: Partials, escape: Escape): CompiledTemplate {
  let byEscape = compiled.get(partials);
  if (!byEscape) compiled.set(partials, (byEscape = new Map()));
  let byTemplate = byEscape.get(escape);
  if (!byTemplate) byEscape.set(escape, (byTemplate = new Map()));
  let fill = byTemplate.get(template);
  if (!fill) byTemplate.set(template, (fill = compileTemplate(template, partials, escape)));
  return fill;
}

/**
 * `{{x}}` in a markdown template is markdown-inline escaped. `{{{x}}}` is raw and is only allowed
 * for `...Url` / `...Html` fields built by render code (a unit test scans the templates for this).
 * The escape is passed per template; the global `Mustache.escape` is never touched.
 */
export function fillMarkdownTemplate(template: string, view: object, partials: Partials = NO_PARTIALS): string {
  return compiledFor(template, partials, escapeMarkdownInline)(view);
}

/** `{{x}}` in an HTML template is HTML-escaped (text and quoted attributes). */
export function fillHtmlTemplate(template: string, view: object, partials: Partials = NO_PARTIALS): string {
  return compiledFor(template, partials, escapeHtml)(view);
}
