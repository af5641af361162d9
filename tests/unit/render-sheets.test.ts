// View models and rendered sheets from the sample KB: provenance is kept, sections are capped, hostile data stays text.

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { buildKbIndex } from '../../src/render/kbIndex';
import { actorMeta, topicMeta } from '../../src/render/pageMeta';
import { PageRenderer } from '../../src/render/pages';
import { buildActorSheet } from '../../src/render/views/actorSheet';
import { buildIndexPage } from '../../src/render/views/indexPage';
import { buildSourcePage } from '../../src/render/views/sourcePage';
import { buildTopicSheet } from '../../src/render/views/topicSheet';
import sample from '../fixtures/kb-sample.json';

const kb = sample as unknown as KnowledgeBase;
const index = buildKbIndex(kb);
const renderer = new PageRenderer(bundledTemplates, kb);
const kindOf = (id: string) => index.actors.get(id)?.kind;
const ORIGIN = 'https://sheets.example';
const actor = (id: string) => buildActorSheet(index, index.actors.get(id)!);
const topic = (id: string) => buildTopicSheet(index, index.topics.get(id)!);

function actorHtml(id: string): string {
  const sheet = actor(id);
  return renderer.sheetPage(sheet.name, renderer.actorMarkdown(sheet), sheet.chart, sheet, actorMeta(ORIGIN, sheet, kindOf));
}

function topicHtml(id: string): string {
  const sheet = topic(id);
  return renderer.sheetPage(sheet.title, renderer.topicMarkdown(sheet), sheet.chart, sheet, topicMeta(ORIGIN, sheet, kindOf));
}

/**
 * In the page body: no element or attribute that could run script or load from elsewhere, nor data-made tags.
 * The one SVG allowed is the activity chart the render code draws (`<svg class="chart"` and its shapes).
 */
function expectInert(page: string): void {
  const body = (page.split('<body>')[1] ?? page).replace(/<svg class="chart"[\s\S]*?<\/svg>/g, '');
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

  it('collects identity, quotes, activity, relations and sources with provenance', () => {
    expect(putin).toMatchObject({ name: 'Vladimir Putin', kind: 'person', mentionCount: 4, articleCount: 2 });
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.roles[0]!.sources.map((s) => s.outlet)).toEqual(['Bloomberg']);
    expect(putin.merges[0]).toMatchObject({ from: 'Putin', into: 'Vladimir Putin' });
    expect(putin.keyQuotes).toHaveLength(1);
    expect(putin.keyQuotes[0]).toMatchObject({ text: 'We are ready to talk,', corroborationLabel: '2 outlets' });
    expect(putin.keyQuotes[0]!.sources.map((s) => s.citation)).toEqual(['Bloomberg, 2021-12-23', 'Reuters, 2021-12-24']);
    expect(putin.sources.map((s) => s.date)).toEqual(['2021-12-23', '2021-12-24']);
    expect(putin.lastUpdated).toBe('2021-12-24');
  });

  it('says in one line how much the news holds on the actor', () => {
    expect(putin.summary).toMatchObject({ articleCount: 2, outletCount: 2, quoteCount: 1, statementCount: 0, from: '2021-12-23', to: '2021-12-24' });
    expect(putin.summary.line).toBe('2 articles from 2 outlets · 1 quote · 0 reported statements · 2021-12-23 to 2021-12-24');
    expect(putin.summary.topTopics.map((t) => t.title)).toEqual(['Ukraine crisis']);
  });

  it('lists the spellings seen in each outlet', () => {
    expect(putin.spellings.map((s) => [s.spelling, s.outlets])).toEqual([
      ['Putin', ['Bloomberg', 'Reuters']],
      ['Vladimir Putin', ['Bloomberg', 'Reuters']],
    ]);
    expect(putin.spellings.find((s) => s.spelling === 'Putin')!.merged).toBe(true);
  });

  it("relates actors as the knowledge base does: met with, same sentence, each tie's first evidence linked", () => {
    const biden = putin.related.find((r) => r.id === 'joe-biden')!;
    expect(biden.relations.map((r) => r.kind)).toEqual(['met', 'sameSentence']);
    expect(biden.relations[0]!.evidenceUrl).toMatch(/^\/sources\/a1b2c3d4e5f60001\?start=\d+&end=\d+#evidence$/);
    expect(putin.related.map((r) => r.id)).toEqual(kb.actors.find((a) => a.id === 'vladimir-putin')!.related!.map((r) => r.actor).filter((id, i, all) => all.indexOf(id) === i));
    expect(putin.related[0]!.id).toBe('joe-biden');
    expect(putin.relatedTopics.map((t) => t.id)).toEqual(['ukraine-crisis']);
  });

  it('puts dated quotes and meetings on one timeline, oldest first, with a chart of activity per day', () => {
    expect(putin.timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2021-12-23', 'event'],
      ['2021-12-23', 'quote'],
    ]);
    expect(putin.timeline[0]!.label).toBe('Call with Joe Biden');
    expect(putin.chart.days).toEqual([
      { date: '2021-12-23', count: 3, events: 1 },
      { date: '2021-12-24', count: 2, events: 0 },
    ]);
    expect(putin.chart.svgUrl).toBe('/actors/vladimir-putin/timeline.svg');
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

  it('renders markdown and HTML with every section, the chart inline and a corroboration chip', () => {
    const html = actorHtml('vladimir-putin');
    for (const heading of ['Identity', 'Key quotes', 'Reported statements', 'Activity', 'Conflicting reports', 'Sources']) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    for (const heading of ['Timeline', 'Figures cited', 'Related actors', 'Related topics']) expect(html).toContain(`<h3>${heading}</h3>`);
    expect(html).toContain('<blockquote>');
    expect(html).toContain('reported by <span class="chip">2 outlets</span>');
    expect(html).toMatch(/<svg class="chart" [^>]*role="img"/);
    expect(html).not.toContain('<img');
    expect(html).toContain('href="/sources/a1b2c3d4e5f60001?start');
    expectInert(html);
  });

  it('keeps a plain image link to the chart in the markdown variant', () => {
    expect(renderer.actorMarkdown(putin)).toMatch(/^!\[Activity per day for Vladimir Putin.*\]\(\/actors\/vladimir-putin\/timeline\.svg\)$/m);
  });

  it('caps long sections on the page and links to the full list as paginated JSON', () => {
    const many = { ...putin, lists: { ...putin.lists, sources: { total: 57, shown: 50, hidden: 7, listUrl: '/actors/vladimir-putin/sources.json?page=1&per_page=50' } } };
    const markdown = renderer.actorMarkdown(many);
    expect(markdown).toContain('…and 7 more: [all 57 sources as JSON](/actors/vladimir-putin/sources.json?page=1&per_page=50)');
    expect(renderer.actorMarkdown(putin)).not.toContain('…and');
  });
});

describe('conflicting reports', () => {
  it('shows the same words under each speaker, side by side', () => {
    const mallory = actor('mallory');
    expect(mallory.conflicts).toHaveLength(1);
    expect(mallory.conflicts[0]!.columns.map((c) => c.speakerName)).toEqual(['Mallory <img src=x onerror=alert(1)>', 'a <i>senior</i> official']);
    const html = actorHtml('mallory');
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th><a href="\/actors\/mallory">Mallory &lt;img src=x onerror=alert\(1\)&gt;<\/a><\/th>/);
    expect(html).toContain('<th>a &lt;i&gt;senior&lt;/i&gt; official</th>');
  });

  it('says so when there are none', () => {
    expect(renderer.actorMarkdown(actor('vladimir-putin'))).toContain('No conflicting reports found');
  });
});

describe('hostile article data', () => {
  it('stays text on the actor sheet', () => {
    const html = actorHtml('mallory');
    expectInert(html);
    expect(html).toContain('<h1>Mallory &lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('{{title}} {{{raw}}}');
    expect(html).toContain('Outlets disagree on who said this');
  });

  it('stays data in the head: meta tags escaped, JSON-LD unable to close its script', () => {
    const html = actorHtml('mallory');
    const head = html.split('<body>')[0]!;
    expect(head).toContain('<meta property="og:title" content="Mallory &lt;img src&#61;x onerror&#61;alert(1)&gt;">');
    const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(head)![1]!;
    expect(jsonLd).not.toMatch(/[<>]/);
    expect(JSON.parse(jsonLd).about.name).toBe('Mallory <img src=x onerror=alert(1)>');
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
    const html = topicHtml('editor-notes');
    expectInert(html);
    expect(html).toContain('An **editor** wrote this. &lt;script&gt;');
    expect(html).toContain('<p># Second paragraph');
    expect(html).toContain('<h1>Editor &lt;em&gt;notes&lt;/em&gt;</h1>');
  });
});

describe('topic sheet', () => {
  const sheet = topic('ukraine-crisis');

  it('summarises with central sentences from different outlets, each linked to its evidence', () => {
    expect(sheet.summarySource).toBe('extracted');
    expect(sheet.summary.length).toBeGreaterThanOrEqual(2);
    expect(sheet.summary.every((p) => p.evidenceUrl?.startsWith('/sources/'))).toBe(true);
    const outlets = sheet.summary.map((p) => p.citation!.split(',')[0]);
    expect(new Set(outlets).size).toBe(outlets.length);
  });

  it('groups quotes by speaker and lists actors, figures, timeline and related topics', () => {
    expect(sheet.actors[0]!.id).toBe('ukraine');
    expect(sheet.quotes[0]!.id).toBe('q-ready-to-talk');
    // One quote each: speakers follow the quote ranking (best-backed first).
    expect(sheet.quoteGroups.map((g) => [g.speakerName, g.quoteCount])).toEqual([
      ['Vladimir Putin', 1],
      ['Mallory <img src=x onerror=alert(1)>', 1],
      ['Jen Psaki', 1],
    ]);
    expect(sheet.relatedTopics.map((t) => t.id)).toEqual(['editor-notes']);
    expect(sheet.chart.days.map((d) => d.date)).toEqual(['2021-12-23', '2021-12-24']);
  });

  it('renders every section', () => {
    const html = topicHtml('ukraine-crisis');
    for (const heading of ['Summary', 'Facts', 'People', 'Sources']) expect(html).toContain(`<h2>${heading}</h2>`);
    for (const heading of ['Key figures', 'Timeline', 'Key quotes', 'Who said what', 'Actors involved', 'Related topics']) expect(html).toContain(`<h3>${heading}</h3>`);
    expectInert(html);
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
