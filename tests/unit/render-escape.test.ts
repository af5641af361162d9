// Escaping: article text put into markdown templates can never become markup, whatever it contains.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownInline, jsonForScript } from '../../src/render/escape';
import { fillMarkdownTemplate } from '../../src/render/fill';
import { markdownToHtml } from '../../src/render/markdown';

/** Decodes the entities marked emits, to compare rendered text with the original value. */
function decodeEntities(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function renderInline(value: string): string {
  return markdownToHtml(fillMarkdownTemplate('before {{value}} after', { value }));
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![img](x)',
  '![img](http://evil.example/pixel.png)',
  '<div onclick="alert(1)">\n\n# heading\n\n</div>',
  '<http://evil.example>',
  'www.evil.example and http://evil.example',
  '{{mustache}} {{{raw}}} {{#section}}x{{/section}}',
  '**bold** _em_ `code` ~~strike~~',
  '&lt;script&gt; &#106;avascript:',
  '\n\n```\ncode fence\n```\n\n- list\n1. ordered\n> quote\n    indented code',
  '| a | b |\n|---|---|\n| c | d |',
  '[ref]: javascript:alert(1)\n\n[ref]',
  'line  \nbreak\\\nbackslash',
];

describe('escapeMarkdownInline', () => {
  it.each(HOSTILE)('renders %j as plain text inside one paragraph', (value) => {
    const html = renderInline(value);
    expect(html).toMatch(/^<p>[^<>]*<\/p>\n$/);
    expect(decodeEntities(html)).toBe(`<p>before ${value.replace(/\s+/g, ' ')} after</p>\n`);
  });

  it('keeps mustache delimiters in data as literal text (values are never re-rendered)', () => {
    const html = renderInline('{{value}}');
    expect(html).toBe('<p>before {{value}} after</p>\n');
  });

  it('collapses newlines so a value cannot start a block', () => {
    expect(escapeMarkdownInline('a\r\n\n# b\u2028c')).toBe('a \\# b c');
  });

  it('backslash-escapes every ASCII punctuation character and nothing else', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    expect(escapeMarkdownInline(punctuation)).toBe([...punctuation].map((c) => `\\${c}`).join(''));
    expect(escapeMarkdownInline('Zoë 42 — “quoted”')).toBe('Zoë 42 — “quoted”');
  });

  it('holds for any string: one paragraph, no tags, the same text back', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.array(fc.constantFrom(...HOSTILE, '<', '>', '&', '[', ']', '(', ')', '!', '*', '_', '`', '\\', '\n', ' ', 'a', 'é'), { maxLength: 20 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (value) => {
        const html = renderInline(value);
        const expected = value.replace(/\0/g, '\uFFFD').replace(/[ \t\r\n\f\v\u0085\u2028\u2029]+/g, ' ');
        return /^<p>[^<>]*<\/p>\n$/.test(html) && decodeEntities(html) === `<p>before ${expected} after</p>\n`;
      }),
      { numRuns: 500 },
    );
  });
});

describe('escapeHtml', () => {
  it('escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&\`=`)).toBe('&lt;a href&#61;&quot;x&quot; onclick&#61;&#39;y&#39;&gt;&amp;&#96;&#61;');
  });

  it('replaces exactly those seven characters, in any string', () => {
    const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' };
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (value) => {
      expect(escapeHtml(value)).toBe(value.replace(/[&<>"'`=]/g, (c) => entities[c]!));
    }), { numRuns: 500 });
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or break a line', () => {
    const json = jsonForScript({ a: '</script><!-- & \u2028\u2029' });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ a: '</script><!-- & \u2028\u2029' });
  });
});
