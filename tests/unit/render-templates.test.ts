// Template rules: raw mustache output only for render-built ...Url/...Html fields; every template parses.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';

const TEMPLATE_DIR = join(import.meta.dirname, '../../templates');

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? templateFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const templates = templateFiles(TEMPLATE_DIR).map((file) => ({
  name: relative(TEMPLATE_DIR, file),
  text: readFileSync(file, 'utf8'),
}));

/** Every unescaped output tag: `{{{x}}}` and `{{& x}}`. */
function rawTags(text: string): string[] {
  return [...text.matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}|\{\{&\s*([^}]*?)\s*\}\}/g)].map((m) => (m[1] ?? m[2])!);
}

describe('templates', () => {
  it('exist', () => {
    expect(templates.map((t) => t.name).sort()).toEqual(
      ['actor.md', 'embed.html', 'error.md', 'index.md', 'layout.html', 'partials/quote.md', 'search.md', 'source.html', 'topic.md'].sort(),
    );
  });

  it.each(templates)('$name uses raw output only for ...Url fields (markdown) or ...Url/...Html fields (HTML)', ({ name, text }) => {
    // Markdown shows raw HTML as text, so an ...Html field would be useless there: only URLs may be raw.
    const allowed = name.endsWith('.md') ? /Url$/ : /(Url|Html)$/;
    const offending = rawTags(text).filter((field) => !allowed.test(field.split('.').at(-1) ?? ''));
    expect(offending).toEqual([]);
  });

  it.each(templates)('$name does not change mustache delimiters', ({ text }) => {
    expect(text).not.toMatch(/\{\{=/);
  });

  it.each(templates)('$name parses', ({ text }) => {
    expect(() => Mustache.parse(text)).not.toThrow();
  });

  it.each(['layout.html', 'embed.html'])('the %s style block is static, so its CSP hash matches what is served', (name) => {
    const html = templates.find((t) => t.name === name)!.text;
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(styles.length).toBe(1);
    expect(styles[0]![1]).not.toContain('{{');
  });

  it('only the embed card loads a script, and only our own frame script, by URL', () => {
    for (const { name, text } of templates) {
      const scripts = [...text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      if (name === 'embed.html') expect(scripts).toEqual(['<script src="{{frameScriptUrl}}">']);
      else if (name === 'layout.html') expect(scripts).toEqual(['<script type="application/ld+json">']);
      else expect(scripts).toEqual([]);
    }
  });

  it.each(templates.filter((t) => t.name.endsWith('.md')))('$name never puts data inside a code span', ({ text }) => {
    // Backslash escapes do not work inside `code`, so data there would show backslashes.
    expect(text).not.toMatch(/`[^`\n]*\{\{[^`\n]*`/);
  });
});
