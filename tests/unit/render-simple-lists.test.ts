// Our Marked instance reads one-line-per-item lists itself (src/render/simpleLists.ts): the HTML must be exactly what
// marked gives, for those lists and for every list shape it leaves to marked (nested, loose, lazy lines, tasks, breaks).

import fc from 'fast-check';
import { Marked, Tokenizer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { simpleList } from '../../src/render/simpleLists';

class ListTokenizer extends Tokenizer {
  taken = 0;

  override list(src: string): Tokens.List | undefined {
    const token = simpleList(this.lexer, src);
    if (token) this.taken++;
    return token ?? super.list(src);
  }
}

const plain = new Marked({ gfm: true, async: false });
const tokenizer = new ListTokenizer();
const withLists = new Marked({ gfm: true, async: false });
withLists.setOptions({ tokenizer });
const same = (md: string) => expect(withLists.parse(md, { async: false }), JSON.stringify(md)).toBe(plain.parse(md, { async: false }));

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

/** Lines that start, continue, interrupt or end lists. */
const LINES = [
  '- item', '- **bold** · [link](/x?a=1&b=2) text', '- x  ', '-  two spaces', '- ', '-', '- - -', '- [ ] task', '- [x] done', '- [link](/a): b',
  '1. one', '2. two', '10. ten', '1) paren', '* star', '+ plus', ' - indented one', '  - nested', '   - three', '    code', '\t- tab',
  '', ' ', 'paragraph text', '# heading', '> quote', '---', '***', '===', '```', '| a | b |', '<div>', '[ref]: /url', 'lazy line',
  '- # heading item', '- > quote item', '- 1. nested ordered',
];

describe('simple lists', () => {
  it('are read by our tokenizer for the shapes sheets use', () => {
    const before = tokenizer.taken;
    same('## Sources\n\n1. [A](/a), B\n2. [C](/c), D\n\n…and 3 more.\n');
    same('- **2021** · x\n- **2022** · y\n');
    expect(tokenizer.taken - before).toBe(2);
  });

  it('give the HTML marked gives for any mix of list lines and other blocks', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 12 }), fc.boolean(), (lines, trailingNewline) => {
        same(lines.join('\n') + (trailingNewline ? '\n' : ''));
      }),
      { numRuns: RUNS },
    );
  });

  it('give the HTML marked gives for runs of simple items, blank lines and what may follow them', { timeout: 600_000 }, () => {
    const simple = fc.constantFrom('- a', '- [b](/b), c', '1. d', '7. e', '- x  ', '');
    const then = fc.constantFrom('', 'text', '- f', '  g', ' h', '1. i', '* j', '# k', '> l', '---', '- [ ] m');
    fc.assert(
      fc.property(fc.array(simple, { maxLength: 8 }), fc.array(then, { maxLength: 3 }), (lines, tail) => {
        same([...lines, ...tail].join('\n'));
      }),
      { numRuns: RUNS },
    );
  });
});
