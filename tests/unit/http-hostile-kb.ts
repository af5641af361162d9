// Hostile knowledge bases for property tests: the sample KB with every text field replaced by attacker-chosen strings.

import fc from 'fast-check';
import type { KnowledgeBase } from '../../src/kb/types';
import sample from '../fixtures/kb-sample.json';

/** Markup, script, URL, template and markdown fragments an article could smuggle in. */
const FRAGMENTS = [
  '<script>alert(1)</script>', '</script><script>', '<img src=x onerror=alert(1)>', '<svg/onload=alert(1)>', '<iframe src=//evil.example>',
  '" onmouseover="alert(1)', "' onfocus='alert(1)' x='", '<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)', '&#x6a;avascript&colon;alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)',
  '[x](javascript:alert(1))', '![x](javascript:alert(1))', '[x]: javascript:alert(1)', '<https://evil.example>', 'https://evil.example/"><script>',
  'www.evil.example', '{{title}}', '{{{raw}}}', '{{> quote}}', '{{=<% %>=}}', '</style><style>*{}', '<!--', '-->', '<![CDATA[', '<?php',
  '\n# heading\n', '\n\n<div onclick="x">\n\n', '\n    indented code', '```\ncode\n```', '| a | b |\n|---|---|', '> quote', '- item', '1. item',
  '***', '~~x~~', '`code`', '\\', '\u2028', '\u2029', '\u0000', '\r\n', '\t', '\u202e', '\ufeff', '&amp;', '&lt;script&gt;', '%3Cscript%3E', '=', '"', "'", '<', '>', '&',
];

/** Any code point, lone surrogates included (fast-check's 'binary' unit costs about 2 s to set up). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((code) => String.fromCodePoint(code));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 6 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) },
);

/** `text` keeps its length so every evidence span still points inside the article. */
function sameLength(value: string, length: number): string {
  if (!value) return ' '.repeat(length);
  return value.repeat(Math.ceil(length / value.length)).slice(0, length);
}

/**
 * The sample KB with each text field (titles, outlets, URLs, file names, article text, names, aliases,
 * roles, merge reasons, quotes, speaker labels, topic titles, terms, summaries, problems) replaced,
 * in order, by `strings` (cycled). Ids, offsets, dates and enums stay, so the pages still resolve.
 */
export function hostileKb(strings: string[]): KnowledgeBase {
  const kb = structuredClone(sample) as unknown as KnowledgeBase;
  let next = 0;
  const take = (): string => strings[next++ % strings.length]!;
  for (const article of kb.articles) {
    article.title = take();
    article.source = take();
    article.url = take();
    article.file = take();
    article.files = article.files.map(take);
    article.text = sameLength(take(), article.text.length);
  }
  for (const actor of kb.actors) {
    actor.name = take();
    actor.aliases = actor.aliases.map(take);
    for (const role of actor.roles) role.title = take();
    for (const merge of actor.merges) Object.assign(merge, { from: take(), into: take(), reason: take() });
  }
  for (const quote of kb.quotes) {
    quote.text = take();
    quote.speakerLabel = take();
    for (const source of quote.sources) source.speakerLabel = take();
  }
  for (const topic of kb.topics) {
    topic.title = take();
    topic.terms = topic.terms.map(take);
    topic.summary = take();
  }
  for (const problem of kb.problems) Object.assign(problem, { file: take(), reason: take() });
  return kb;
}
