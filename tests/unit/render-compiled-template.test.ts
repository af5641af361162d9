// Compiled templates (src/render/compiledTemplate.ts) give exactly what Mustache.render gives: on the mustache features
// the templates use or might, and on every real template filled with real sheets.

import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { compileTemplate } from '../../src/render/compiledTemplate';
import { escapeHtml, escapeMarkdownInline } from '../../src/render/escape';
import { buildKbIndex } from '../../src/render/kbIndex';
import { actorTemplateView, topicTemplateView, indexTemplateView } from '../../src/render/templateViews';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { buildIndexPage } from '../../src/render/views/indexPage';
import { buildTopicSheet } from '../../src/render/views/topicSheet';
import sample from '../fixtures/kb-sample.json';

const same = (template: string, view: object, partials: Record<string, string> = {}, escape = escapeMarkdownInline) =>
  expect(compileTemplate(template, partials, escape)(view)).toBe(Mustache.render(template, view, partials, { escape }));

describe('compiled templates', () => {
  it.each([
    ['{{a}} {{{a}}} {{&a}} {{missing}}', { a: '<x> [y](z) *w*' }],
    ['{{n}} {{zero}} {{f}} {{nul}}', { n: 3, zero: 0, f: false, nul: null }],
    ['{{a.b.c}} {{a.b}} {{a.x.y}} {{s.length}} {{list.length}}', { a: { b: { c: 'deep' } }, s: 'abcd', list: [1, 2, 3] }],
    ['{{#list}}[{{.}}]{{/list}}{{^list}}none{{/list}}', { list: ['a', 'b'] }],
    ['{{#list}}[{{.}}]{{/list}}{{^list}}none{{/list}}', { list: [] }],
    ['{{#x}}yes {{x}}{{/x}}{{^x}}no{{/x}}', { x: 0 }],
    ['{{#x}}yes {{x}}{{/x}}{{^x}}no{{/x}}', { x: '' }],
    ['{{#x}}yes {{x}}{{/x}}{{^x}}no{{/x}}', { x: 'str' }],
    ['{{#x}}yes {{y}}{{/x}}', { x: true, y: 'parent' }],
    ['{{#items}}{{name}} of {{owner}}{{^last}}, {{/last}}{{/items}}', { owner: 'top', items: [{ name: 'a', last: false }, { name: 'b', last: true, owner: 'own' }] }],
    ['{{#o}}{{k}}/{{o.k}}/{{top}}{{/o}}', { top: 't', o: { k: 'v' } }],
    ['{{#a.b}}{{c}}{{/a.b}}{{#a.missing}}no{{/a.missing}}', { a: { b: { c: 'in' } } }],
    ['{{#u}}x{{/u}}{{u.v}}', { u: { v: undefined }, v: 'outer' }],
    ['line\n  {{#s}}\n  - {{.}}\n  {{/s}}\n{{! comment }}\nend\n', { s: ['x', 'y'] }],
    ['{{=<% %>=}}<% a %> {{a}}', { a: 'changed' }],
  ])('%j', (template, view) => {
    same(template, view);
    same(template, view, {}, escapeHtml);
  });

  it('indents standalone partials like mustache, and renders inline ones as they are', () => {
    const partials = { card: '> {{text}}\n>\n> — {{who}}\n', inline: '[{{text}}]' };
    same('{{#quotes}}\n{{> card}}\n{{/quotes}}\n  {{> card}}\nx {{> inline}} y\n{{> none}}', { text: 'top', who: 'w', quotes: [{ text: 'a' }, { text: 'b', who: 'v' }] }, partials);
  });

  it('fills every real template as mustache does, for the sample KB', () => {
    const kb = sample as unknown as KnowledgeBase;
    const index = buildKbIndex(kb);
    const t = bundledTemplates;
    for (const actor of kb.actors) same(t.actor, actorTemplateView(buildActorSheet(index, actor), kb.generatedAt), t.partials);
    for (const topic of kb.topics) same(t.topic, topicTemplateView(buildTopicSheet(index, topic), kb.generatedAt), t.partials);
    same(t.index, indexTemplateView(buildIndexPage(index)), t.partials);
    same(t.layout, { title: '<t>', bodyHtml: '<p>x</p>', markdownUrl: '/a.md', jsonUrl: null, articleCount: 3, generatedAt: 'now', head: null, embed: null, searchQuery: '"q"' }, {}, escapeHtml);
  });
});
