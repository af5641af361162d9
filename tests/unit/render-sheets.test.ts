// View models and rendered sheets from the sample KB: provenance is kept, sections are capped, hostile data stays text.

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { buildKbIndex } from '../../src/render/kbIndex';
import { PageRenderer } from '../../src/render/pages';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { buildIndexPage } from '../../src/render/views/indexPage';
import { buildSourcePage } from '../../src/render/views/sourcePage';
import { buildTopicSheet } from '../../src/render/views/topicSheet';
import { SECTION_LIMIT } from '../../src/render/views/shared';
import sample from '../fixtures/kb-sample.json';

const kb = sample as unknown as KnowledgeBase;
const index = buildKbIndex(kb);
const renderer = new PageRenderer(bundledTemplates, kb);
const actor = (id: string) => buildActorSheet(index, index.actors.get(id)!);
const topic = (id: string) => buildTopicSheet(index, index.topics.get(id)!);

/** In the page body: no element or attribute that could run script or load from elsewhere, nor data-made tags. */
function expectInert(page: string): void {
  const body = page.split('<body>')[1] ?? page;
  expect(body).not.toMatch(/<(script|img|iframe|svg|object|embed|style|b|i)[\s>/]/i);
  expect(body).not.toMatch(/(href|src)="(?!\/|#|https?:)/i);
  expect(body).not.toMatch(/<[^>]*\son\w+=/i);
}

describe('the sample KB', () => {
  it('has spans that point at their text', () => {
    for (const quote of kb.quotes) {
      for (const source of quote.sources) {
        const text = index.articles.get(source.article)!.text.slice(source.start, source.end);
        expect(text).toBe(quote.text);
      }
    }
  });
});

describe('actor sheet', () => {
  const putin = actor('vladimir-putin');

  it('collects roles, merges, quotes, related actors and sources with provenance', () => {
    expect(putin).toMatchObject({ name: 'Vladimir Putin', kind: 'person', mentionCount: 4, articleCount: 2 });
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.roles[0]!.sources.map((s) => s.outlet)).toEqual(['Bloomberg']);
    expect(putin.merges[0]).toMatchObject({ from: 'Putin', into: 'Vladimir Putin' });
    expect(putin.keyQuotes).toHaveLength(1);
    expect(putin.keyQuotes[0]).toMatchObject({ text: 'We are ready to talk,', corroborationLabel: '2 outlets' });
    expect(putin.keyQuotes[0]!.sources.map((s) => s.citation)).toEqual(['Bloomberg, 2021-12-23', 'Reuters, 2021-12-24']);
    expect(putin.related.map((r) => r.id)).toEqual(expect.arrayContaining(['joe-biden', 'jen-psaki', 'moscow']));
    expect(putin.sources.map((s) => s.date)).toEqual(['2021-12-23', '2021-12-24']);
  });

  it('links every quote source to its exact evidence span', () => {
    const [source] = putin.keyQuotes[0]!.sources;
    const text = index.articles.get(source!.article)!.text;
    expect(source!.evidenceUrl).toBe(`/sources/${source!.article}?start=${source!.start}&end=${source!.end}#evidence`);
    expect(text.slice(source!.start, source!.end)).toBe('We are ready to talk,');
  });

  it('puts indirect speech under reported statements', () => {
    const psaki = actor('jen-psaki');
    expect(psaki.keyQuotes).toEqual([]);
    expect(psaki.statements.map((q) => q.id).sort()).toEqual(['q-geneva', 'q-sanctions']);
  });

  it('renders markdown and HTML with every section', () => {
    const markdown = renderer.actorMarkdown(putin);
    const html = renderer.markdownPage(putin.name, markdown);
    for (const heading of ['Roles', 'Why these names were merged', 'Key quotes', 'Reported statements', 'Related actors', 'Sources']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html).toContain('<blockquote>');
    expect(html).toContain('reported by 2 outlets');
    expect(html).toContain('href="/sources/a1b2c3d4e5f60001?start');
    expectInert(html);
  });

  it('caps long sections on the page and links to the full JSON', () => {
    const many = { ...putin, sources: Array.from({ length: SECTION_LIMIT + 7 }, (_, i) => ({ ...putin.sources[0]!, id: `a${i}`, title: `Article ${i}` })) };
    const markdown = renderer.actorMarkdown(many);
    expect(markdown.match(/^1\. \[Article/gm)).toHaveLength(SECTION_LIMIT);
    expect(markdown).toContain('…and 7 more in the [full JSON](/actors/vladimir-putin.json)');
  });
});

describe('hostile article data', () => {
  const mallory = actor('mallory');

  it('stays text on the actor sheet', () => {
    const markdown = renderer.actorMarkdown(mallory);
    const html = renderer.markdownPage(mallory.name, markdown);
    expectInert(html);
    expect(html).toContain('<h1>Mallory &lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('{{title}} {{{raw}}}');
    expect(html).toContain('outlets disagree on who said this');
  });

  it('stays text in the layout title and on the source page', () => {
    const article = index.articles.get('a1b2c3d4e5f60003')!;
    const html = renderer.sourcePage(buildSourcePage(index, article, { start: 0, end: 7 }));
    expect(html).toContain('<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; {{title}}');
    expect(html).toContain('<mark id="evidence" tabindex="-1">Mallory</mark>');
    expect(html).not.toContain('javascript:alert(1)"');
    expectInert(html);
  });

  it('stays text in an editor summary', () => {
    const sheet = topic('editor-notes');
    expect(sheet.summarySource).toBe('editor');
    const html = renderer.markdownPage(sheet.title, renderer.topicMarkdown(sheet));
    expectInert(html);
    expect(html).toContain('An **editor** wrote this. &lt;script&gt;');
    expect(html).toContain('<p># Second paragraph');
    expect(html).toContain('<h1>Editor &lt;em&gt;notes&lt;/em&gt;</h1>');
  });
});

describe('topic sheet', () => {
  it('summarises with the sentences that match the most terms, each linked to its evidence', () => {
    const sheet = topic('ukraine-crisis');
    expect(sheet.summarySource).toBe('extracted');
    expect(sheet.summary).toHaveLength(3);
    expect(sheet.summary[0]!.text).toBe('NATO allies met in Brussels to discuss Ukraine and sanctions.');
    expect(sheet.summary.every((p) => p.evidenceUrl?.startsWith('/sources/'))).toBe(true);
    expect(sheet.actors[0]!.id).toBe('ukraine');
    expect(sheet.quotes[0]!.id).toBe('q-ready-to-talk');
  });
});

describe('index page', () => {
  it('groups actors by kind with counts', () => {
    const page = buildIndexPage(index);
    expect(page.actorGroups.map((g) => [g.heading, g.count])).toEqual([
      ['People', 4],
      ['Organisations', 1],
      ['Places', 2],
    ]);
    const markdown = renderer.indexMarkdown(page);
    expect(markdown).toContain('## People (4)');
    expect(markdown).toContain('- [Vladimir Putin](/actors/vladimir-putin): 2 articles');
  });
});
