// Our Marked instance reads sheets faster than marked's own tokenizers (escape runs, chips, simple lists, links and
// quote cards);
// whatever the markdown, the HTML must be exactly the one the same instance gives with marked's tokenizers alone:
// on every sheet of the sample KB, and on random documents made of the lines sheet templates write.

import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { escapeMarkdownInline } from '../../src/render/escape';
import { fillMarkdownTemplate } from '../../src/render/fill';
import { buildKbIndex } from '../../src/render/kbIndex';
import { markdownToHtml, referenceMarked } from '../../src/render/markdown';
import { PageRenderer } from '../../src/render/pages';
import { simpleBlockquote } from '../../src/render/simpleBlockquotes';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { buildTopicSheet } from '../../src/render/views/topicSheet';
import sample from '../fixtures/kb-sample.json';

const reference = referenceMarked();
const same = (md: string) => expect(markdownToHtml(md), JSON.stringify(md)).toBe(reference.parse(md, { async: false }));

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Data as articles give it: words, punctuation, quotes, the starts of autolinks and markup. */
const DATA = ['a', 'Z9', 'é', '“', '”', ' ', '  ', '.', ',', ':', ';', '-', '@', '_', '*', '[', ']', '(', ')', '<', '&', '#', '!', '`', '|', 'www', 'http', 'x.com', '&amp;', '\n'];
const data = fc.array(fc.constantFrom(...DATA), { maxLength: 10 }).map((parts) => escapeMarkdownInline(parts.join('')));

/** Lines the templates write, `{}` standing for escaped data. */
const LINES = [
  '# {}', '## {}', '### {}', '', '{} · [Markdown](/a.md) · [JSON](/a.json)', '**In the news:** {} · top topics: [{}](/topics/t), [{}](/topics/u)',
  '*Last updated {} · sheet built {}*', '- **{}**, stated in [{}](/sources/a?start=1&end=2#evidence); [{}](/sources/b?start=3&end=4#evidence) and 2 more',
  '- “{}”, 3 times ([first](/sources/a?start=5&end=9#evidence)), in {}', '- …and 3 more: [all 9 roles as JSON](/actors/a/roles.json?page=1&per_page=50)',
  '> “{}”', '>', '> — [{}](/actors/a) · direct quote · reported by [[{}]] · first {}: [{}](/sources/a?start=1&end=2#evidence) (worded there as “{}”)',
  '> **Outlets disagree on who said this:** also attributed to [{}](/actors/b), [{}](/actors/c)', '![{}](/actors/a/timeline.svg)',
  '- **{}** · {}: “{}” ([{}](/sources/a?start=1&end=2#evidence)) [[{}]]', '- **{}** [[{}]] · [{}](/sources/a?start=1&end=2#evidence)',
  '| [{}](/actors/a) | {} |', '| --- | --- |', '| [{}](/x) | [{}](/y); [{}](/z) |', '- [{}](/actors/a) ({}): [{}](/sources/a?start=1&end=2#evidence) · [{}](/x)',
  '1. [{}](/sources/a), {}', '2. [{}](/sources/b), {}', '…and 4 more: [all 10 sources as JSON](/actors/a/sources.json?page=1&per_page=50).',
  '- [{}](/actors/a), 3 quotes:', '  - “{}” ([{}](/sources/a?start=1&end=2#evidence))', '  - …and 1 more in the [quotes JSON](/topics/t/quotes.json?page=1&per_page=50)',
  '{} ([{}](/sources/a?start=1&end=2#evidence))', '*{}*',
];

/** A quote card view as views/shared.ts builds it, its data from `data`. */
const cardView = fc.record({
  text: data,
  speakerName: data,
  speakerPageUrl: fc.option(fc.constant('/actors/jane-doe'), { nil: null }),
  kindText: fc.constantFrom('direct quote', 'partial quote'),
  corroborationLabel: fc.constantFrom('1 outlet', '3 outlets'),
  firstDate: fc.option(fc.constant('2021\\-12\\-23'), { nil: null }),
  sources: fc.array(fc.record({ citation: data, evidenceUrl: fc.constant('/sources/a?start=1&end=2#evidence'), wording: fc.option(data, { nil: null }) }), { minLength: 1, maxLength: 3 })
    .map((sources) => sources.map((source, i) => ({ ...source, last: i === sources.length - 1 }))),
  moreSources: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  conflict: fc.boolean(),
  alsoAttributedTo: fc.array(fc.record({ speakerName: data, linkUrl: fc.constant('/actors/b') }), { minLength: 1, maxLength: 2 })
    .map((others) => others.map((other, i) => ({ ...other, last: i === others.length - 1 }))),
  moreAttributions: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
});
const card = (view: object) => fillMarkdownTemplate(bundledTemplates.partials.quote!, view);

/** Block quote lines that are not a card's: lazy continuations, nested quotes, lists, code, blank and spaced markers. */
const QUOTE_LINES = [
  '> “{}”', '>', '> ', '>  ', '> {}  ', '>> {}', '> > {}', '> - {}', '> 1. {}', '> # {}', '>     code {}', '>\t{}', '> ```', ' > {}', '    > {}',
  '{}', 'lazy {}', '- {}', '    code', '', '   ', '> **{}:** {}', '> — [{}](/actors/a) · direct quote · reported by [[{}]]', '> ---', '> <div>',
];

describe('our Marked instance', () => {
  it('gives the HTML of marked’s own tokenizers on every sheet of the sample KB', () => {
    const kb = sample as unknown as KnowledgeBase;
    const index = buildKbIndex(kb);
    const renderer = new PageRenderer(bundledTemplates, kb);
    for (const actor of kb.actors) same(renderer.actorMarkdown(buildActorSheet(index, actor)));
    for (const topic of kb.topics) same(renderer.topicMarkdown(buildTopicSheet(index, topic)));
  });

  it('gives the HTML of marked’s own tokenizers where tables, setext headings and block quotes may or may not start', { timeout: 600_000 }, () => {
    const block = fc.constantFrom(
      'text', 'more text', '', ' ', '\t', '===', '---', ' --- ', '-', '=', '| a | b |', '|---|---|', ' | :-: | -: |', ':--', '|', '- x', '1. y', '> q', '# h',
      '    code', 'a | b', '--|--', '>', '>q', ' > q', '  >', '   > q', '    > q', '\t> q', '>> q', 'a > b',
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 10 }), (lines) => {
        same(lines.join('\n'));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the HTML of marked’s own tokenizers on random documents of template lines and escaped data', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...LINES), fc.array(data, { minLength: 6, maxLength: 6 })), { maxLength: 14 }), (lines) => {
        same(lines.map(([line, values]) => { let i = 0; return line.replace(/\{\}/g, () => values[i++]!); }).join('\n'));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the quote cards of templates/partials/quote.md itself, with the HTML of marked’s own tokenizers', () => {
    const view = {
      text: 'We will not back down, whatever it costs.', speakerName: 'Jane Doe', speakerPageUrl: '/actors/jane-doe', kindText: 'direct quote',
      corroborationLabel: '3 outlets', firstDate: '2021-12-23', moreSources: 2, conflict: true, moreAttributions: null,
      sources: [{ citation: 'Reuters, 2021-12-23', evidenceUrl: '/sources/a?start=1&end=2#evidence', wording: 'We won’t back down', last: false },
        { citation: 'AP', evidenceUrl: '/sources/b?start=3&end=4#evidence', wording: null, last: true }],
      alsoAttributedTo: [{ speakerName: 'John Roe', linkUrl: '/actors/john-roe', last: false }, { speakerName: 'Ann Poe', linkUrl: '/actors/ann-poe', last: true }],
    };
    for (const md of [card(view), card({ ...view, conflict: false, speakerPageUrl: null, firstDate: null })]) {
      expect(md).toMatch(/^> “.*”\n>\n> — /);
      const token = simpleBlockquote(new Lexer(), md);
      expect(token?.raw).toBe(md.trimEnd());
      same(md);
      same(`## Key quotes\n\n${md}${md}…and 3 more: [all 5 key quotes as JSON](/actors/a/quotes.json?page=1&per_page=50).\n`);
    }
  });

  it('reads every quote card, whatever its data, and gives the HTML of marked’s own tokenizers', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(cardView, (view) => {
        const md = card(view);
        expect(simpleBlockquote(new Lexer(), md)?.raw, JSON.stringify(md)).toBe(md.trimEnd());
        same(md);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the HTML of marked’s own tokenizers on random documents of quote cards and hostile block quote lines', { timeout: 600_000 }, () => {
    const piece = fc.oneof(
      cardView.map(card),
      fc.tuple(fc.constantFrom(...QUOTE_LINES, ...LINES), fc.array(data, { minLength: 6, maxLength: 6 })).map(([line, values]) => {
        let i = 0;
        return line.replace(/\{\}/g, () => values[i++]!);
      }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom('\n', '\r\n'), (pieces, lineBreak) => {
        same(pieces.join('\n').replace(/\n/g, lineBreak));
      }),
      { numRuns: RUNS },
    );
  });
});
