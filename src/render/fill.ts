// Fills mustache templates: markdown templates with the markdown-inline escape, HTML templates with HTML escaping.

import Mustache from 'mustache';
import { escapeHtml, escapeMarkdownInline } from './escape';

export type Partials = Record<string, string>;

/**
 * `{{x}}` in a markdown template is markdown-inline escaped. `{{{x}}}` is raw and is only allowed
 * for `...Url` / `...Html` fields built by render code (a unit test scans the templates for this).
 * The escape is passed per call; the global `Mustache.escape` is never touched.
 */
export function fillMarkdownTemplate(template: string, view: object, partials: Partials = {}): string {
  return Mustache.render(template, view, partials, { escape: escapeMarkdownInline });
}

/** `{{x}}` in an HTML template is HTML-escaped (text and quoted attributes). */
export function fillHtmlTemplate(template: string, view: object, partials: Partials = {}): string {
  return Mustache.render(template, view, partials, { escape: escapeHtml });
}
