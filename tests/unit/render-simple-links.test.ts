// Our Marked instance reads links to site paths itself (src/render/simpleLinks.ts): the HTML must be exactly what
// marked gives, for those links and for every link shape it leaves to marked (titles, spaces, parentheses, nesting).

import fc from 'fast-check';
import { Marked, Tokenizer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { simpleLink } from '../../src/render/simpleLinks';

class LinkTokenizer extends Tokenizer {
  taken = 0;

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    const token = simpleLink(this.lexer, src);
    if (token) this.taken++;
    return token ?? super.link(src);
  }
}

const plain = new Marked({ gfm: true, async: false });
const tokenizer = new LinkTokenizer();
const withLinks = new Marked({ gfm: true, async: false });
withLinks.setOptions({ tokenizer });
const same = (md: string) => expect(withLinks.parse(md, { async: false }), JSON.stringify(md)).toBe(plain.parse(md, { async: false }));

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

/** Pieces of links and what sits around them. */
const PIECES = [
  '[', ']', '(', ')', '![', '](', '\\', '\\[', '\\]', '\\(', '`', '<', '>', '*', '_', '!', ' ', '\n', 'a', 'Reuters\\, 2021\\-12', '"t"',
  '[a](/x)', '[b](/sources/a1?start=1&end=9#evidence)', '[\\[c\\]](/y?z=1)', '[d](/e "title")', '[e](</f>)', '[f](/g h)', '[g](/h(i))',
  '[h]', '[i][j]', '[j]: /k', '[[x]]', '[<b>](/l)', '[`c`](/m)', '[x](https://a.b/c)', '[x](/a\\_b)', '[a [b](/c)](/d)', '[](/e)', '[x]()',
];

describe('simple links', () => {
  it('are read by our tokenizer for the links sheets make', () => {
    const before = tokenizer.taken;
    same('- [Bloomberg\\, 2021\\-12\\-23](/sources/abc?start=1&end=20#evidence); [all 3 as JSON](/actors/x/roles.json?page=1&per_page=50)\n');
    expect(tokenizer.taken - before).toBe(2);
  });

  it('give the HTML marked gives for any mix of link pieces', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        same(parts.join(''));
      }),
      { numRuns: RUNS },
    );
  });
});
