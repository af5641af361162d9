// Our Marked instance reads quote cards itself (src/render/simpleBlockquotes.ts): the tokens, and so the HTML, must be
// exactly what marked's blockquote tokenizer gives, for those cards and for every block quote it leaves to marked (lazy
// continuation lines, nested quotes, lists, code, headings, tabs, indented markers, paragraphs of two lines).

import fc from 'fast-check';
import { Marked, Tokenizer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { simpleBlockquote } from '../../src/render/simpleBlockquotes';

class BlockquoteTokenizer extends Tokenizer {
  taken = 0;
  left = 0;

  override blockquote(src: string): Tokens.Blockquote | undefined {
    const token = simpleBlockquote(this.lexer, src);
    if (token) this.taken++;
    else if (src.startsWith('>')) this.left++;
    return token ?? super.blockquote(src);
  }
}

const plain = new Marked({ gfm: true, async: false });
const tokenizer = new BlockquoteTokenizer();
const withQuotes = new Marked({ gfm: true, async: false });
withQuotes.setOptions({ tokenizer });

/** What `read` gives, or the error it throws (marked 18.2.1 throws on some lazy lines after a list in a quote). */
function outcome<T>(read: () => T): T | { throws: string } {
  try {
    return read();
  } catch (error) {
    return { throws: (error as Error).message };
  }
}

/** Same tokens (raw, text and nested tokens of every block quote) and same HTML as marked's own tokenizer. */
function same(md: string): void {
  expect(outcome(() => withQuotes.lexer(md)), JSON.stringify(md)).toEqual(outcome(() => plain.lexer(md)));
  expect(outcome(() => withQuotes.parse(md, { async: false })), JSON.stringify(md)).toEqual(outcome(() => plain.parse(md, { async: false })));
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

/** A quote card as templates/partials/quote.md writes it, with and without the conflict lines. */
const CARD = [
  '> “We will not back down\\, whatever it costs\\.”',
  '>',
  '> — [Jane Doe](/actors/jane-doe) · direct quote · reported by [[3 outlets]] · first 2021\\-12\\-23: ' +
    '[Reuters](/sources/a1?start=10&end=52#evidence) (worded there as “We won’t back down”); [AP](/sources/a2?start=3&end=40#evidence) and 2 more',
].join('\n');
const CONFLICT = '>\n> **Outlets disagree on who said this:** also attributed to [John Roe](/actors/john-roe), [Ann Poe](/actors/ann-poe) and 1 more';

/** Block quote markers: the two a card writes, and others. */
const CARD_MARKERS = ['>', '> '];
const OTHER_MARKERS = ['>  ', '>>', '> >', '>\t', '> \t', ' >', '   >', '    >'];
/** What may follow the marker, or stand alone as a lazy continuation line: what a card writes, and other blocks. */
const CARD_CONTENTS = [
  '', '“quoted words\\, escaped\\.”', '— [Speaker](/actors/s) · direct quote · reported by [[2 outlets]]', '**Outlets disagree:** also [X](/x)',
  'plain text', 'text with two trailing spaces  ', 'é accented', '\\> escaped marker', '\\- escaped bullet', '*emphasis*', '&amp; entity',
  '“open', 'line\u2028separator',
];
const OTHER_CONTENTS = [
  ' ', '  ', '**', '*', '* star item', '***', '- item', '+ plus', '1. one', '2) two', '# heading', '```', '~~~', '    code', '\tcode', 'a\tb', '---',
  '===', '<div>', '<!-- c -->', '[ref]: /url', '[ref]', '| a | b |', '|---|---|',
];
const CONTENTS = [...CARD_CONTENTS, ...OTHER_CONTENTS];

describe('simple block quotes', () => {
  it('read the quote cards of templates/partials/quote.md', () => {
    for (const [md, cards] of [
      [`${CARD}\n`, 1],
      [`${CARD}\n\n## Next section\n`, 1],
      [`${CARD}\n${CONFLICT}\n\n${CARD}\n\n…and 3 more: [all 9 key quotes as JSON](/actors/a/quotes.json?page=1&per_page=50).\n`, 2],
      [`## Key quotes\n\n${CARD}\n\n${CARD}\n${CONFLICT}\n\n## Reported statements\n\n${CARD}`, 3],
    ] as const) {
      same(md);
      const before = tokenizer.taken;
      withQuotes.lexer(md);
      expect(tokenizer.taken - before, md).toBe(cards);
    }
  });

  it('give a card the token marked gives: raw without the last line break, text without the markers', () => {
    const [token] = withQuotes.lexer('> “a”\n>\n> — b\n\nnext');
    expect(token).toEqual({
      type: 'blockquote',
      raw: '> “a”\n>\n> — b',
      text: '“a”\n\n— b',
      tokens: [
        { type: 'paragraph', raw: '“a”', text: '“a”', tokens: [{ type: 'text', raw: '“a”', text: '“a”', escaped: false }] },
        { type: 'space', raw: '\n\n' },
        { type: 'paragraph', raw: '— b', text: '— b', tokens: [{ type: 'text', raw: '— b', text: '— b', escaped: false }] },
      ],
    });
  });

  it('give marked’s tokens for blank marker lines before, between and after the text', () => {
    const quotes = [
      '>', '> ', '>  ', '>\n>', '>\n“a”', '>\n> “a”', '> “a”\n>', '> “a”\n> ', '> “a”\n>  ', '> “a”\n>\n>', '>  \n> “a”\n>   \n>\n> — b\n>',
      '> “a”\n>\n>\n> — b',
    ];
    for (const md of quotes) {
      same(md);
      same(`${md}\n`);
      same(`${md}\n\nafter`);
    }
  });

  it('leave to marked the quotes it must read itself', () => {
    const before = tokenizer.left;
    for (const md of [
      '> “a”\nlazy continuation', '> “a”\n> “b”', '>> nested', '> > nested', '> - item', '> 1. one', '> # heading', '> ```\n> code\n> ```',
      '>     code', '>\tcode', '> a\tb', ' > indented marker', '> “a”\n > indented next', '> “a”\n   \nafter blank-looking line', '> ---', '> <div>',
      '> [ref]: /url', '> * star', '> “a”\n- list after',
    ]) {
      same(md);
    }
    expect(tokenizer.left - before).toBeGreaterThanOrEqual(18);
  });

  it('give marked’s tokens for any mix of marker lines, lazy lines, blank lines and other blocks', { timeout: 600_000 }, () => {
    const marker = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CARD_MARKERS) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_MARKERS) });
    const content = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CARD_CONTENTS) }, { weight: 1, arbitrary: fc.constantFrom(...OTHER_CONTENTS) });
    const line = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(marker, content).map(([m, c]) => m + c) },
      { weight: 1, arbitrary: fc.constantFrom(...CONTENTS) },
      { weight: 1, arbitrary: fc.constantFrom('', '', '   ') },
    );
    const taken = tokenizer.taken;
    const left = tokenizer.left;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, lineBreak, trailing) => {
        same(lines.join(lineBreak) + (trailing ? lineBreak : ''));
      }),
      { numRuns: RUNS },
    );
    // the property reached both the fast reading and marked's own
    expect(tokenizer.taken).toBeGreaterThan(taken);
    expect(tokenizer.left).toBeGreaterThan(left);
  });

  it('give marked’s tokens for cards of text lines and blank lines followed by anything', { timeout: 600_000 }, () => {
    const card = fc.constantFrom('> “a”', '> — [b](/b) · c', '> **d:** e', '>', '> ', '>  ', '> f  ');
    const then = fc.constantFrom('', '', 'text', '- g', '  h', '> i', ' > j', '>> k', '# l', '---', '===', '    m', '\tn', '```', '<p>');
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 8 }), fc.array(then, { maxLength: 3 }), (lines, tail) => {
        same([...lines, ...tail].join('\n'));
      }),
      { numRuns: RUNS },
    );
  });
});
