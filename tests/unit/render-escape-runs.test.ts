// Our Marked instance reads a run of escaped data as one token: the HTML must be exactly what marked gives token by
// token, for escaped data, unescaped text, and the two side by side (autolinks, e-mail addresses, emphasis, breaks).

import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline } from '../../src/render/escape';
import { escapeRunLength, escapeRunTokenizer } from '../../src/render/escapeRuns';

const plain = new Marked({ gfm: true, async: false });
const withRuns = new Marked({ gfm: true, async: false, tokenizer: escapeRunTokenizer });
const same = (md: string) => expect(withRuns.parse(md, { async: false })).toBe(plain.parse(md, { async: false }));

/** Characters that matter to marked inline: punctuation, the starts of autolinks and e-mail addresses, spaces, breaks. */
const PIECES = ['a', 'Z', '9', 'é', '“', ' ', '  ', '\n', '\\', '.', ':', '@', '_', '*', '~', '[', ']', '(', ')', '<', '>', '&', '#', '!', '`', '|', 'www', 'http', 'ftp', 'mailto', 'x.com', '&amp;', '&#106;', ',', ';', '1:', 'p:', 's:', 'o:', ': ', '. ', 'www. ', 'mailto: ', 'http: ', 'a.', 'x:', ' (', ') ', '\t', '\u00a0', '—', '‘', 'ß', '\u2028', 'https://x.y', 'a@b.co', '_x_', '**', '- ', '1. ', '# '];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

describe('escape runs', () => {
  it('cover escapes and the words between them, and leave a word before unescaped punctuation to marked', () => {
    expect(escapeRunLength('\\, 2021\\-12\\-23 and')).toBe('\\, 2021\\-12\\-23 and'.length);
    expect(escapeRunLength('\\, www.x')).toBe(3);
    expect(escapeRunLength('\\,www.x')).toBe(2);
    expect(escapeRunLength('\\a')).toBe(0);
  });

  it('also start at a plain word, and leave the last word before unescaped punctuation to marked', () => {
    expect(escapeRunLength('plain \\, text')).toBe('plain \\, text'.length);
    expect(escapeRunLength('plain words')).toBe('plain words'.length);
    expect(escapeRunLength('see www.x')).toBe(4);
    expect(escapeRunLength('Okonedo: x')).toBe(10);
    expect(escapeRunLength('Okonedo:x')).toBe(0);
    expect(escapeRunLength('two  spaces')).toBe(3);
    expect(escapeRunLength(' space first, (then more)')).toBe(' space first, (then more)'.length);
    expect(escapeRunLength('a, b; c')).toBe(3);
    expect(escapeRunLength('  two spaces first')).toBe(0);
    expect(escapeRunLength('list, www.x')).toBe(6);
    expect(escapeRunLength('list,www.x')).toBe(0);
    expect(escapeRunLength('see (www.x')).toBe(5);
    expect(escapeRunLength('2021\\-12: [x]')).toBe(10);
    expect(escapeRunLength('see: x')).toBe(6);
    expect(escapeRunLength('see:x')).toBe(0);
    expect(escapeRunLength('so. Then')).toBe(8);
    expect(escapeRunLength('www.x')).toBe(0);
  });

  it('give the HTML marked gives, for escaped data in template lines', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom('- **{{a}}** · {{b}}', '> [{{a}}](/x?y=1): {{b}}', '| {{a}} | {{b}} |\n| --- | --- |\n| x | y |', '*{{a}}* {{b}}  \nend', '{{a}}{{b}}'), (a, b, shape) => {
        same(shape.replace('{{a}}', escapeMarkdownInline(a)).replace('{{b}}', escapeMarkdownInline(b)));
      }),
      { numRuns: RUNS },
    );
  });

  it('give the HTML marked gives for any mix of escaped and unescaped text', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 6 }), (parts) => {
        same(parts.map(([part, escaped]) => (escaped ? escapeMarkdownInline(part) : part)).join(''));
      }),
      { numRuns: RUNS },
    );
  });
});
