// Property test over template filling: hostile strings in every KB text field never add elements, attributes, links or blocks.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { externalHttpUrl } from '../../src/render/urls';
import sample from '../fixtures/kb-sample.json';
import { hostileKb, hostileString } from './http-hostile-kb';
import { htmlProblems, learnShape, markdownProblems, templateHeadings, type PageShape } from './http-rendered-output';

/** Fixed seed and bounded runs: each run renders every page of the sample KB, about 40 of them (about 4 s in all on 2 cores). */
const RUNS = { seed: 20260510, numRuns: 15 };
const ORIGIN = 'http://factsheets.test';

interface Rendered {
  path: string;
  format: 'html' | 'md' | 'json';
  body: string;
  /** The one off-site link the page may carry: the article's own http(s) URL on its source page. */
  external: string[];
  /** For .json: the field that must carry the KB value unchanged, and that value. */
  keeps?: [string, string];
}

/** Every page of `kb`: the index and each actor and topic sheet in three formats, each source page plain and highlighted. */
async function renderAll(kb: KnowledgeBase): Promise<Rendered[]> {
  const app = createApp(kb, bundledTemplates);
  const pages: Omit<Rendered, 'body'>[] = [
    { path: '/', format: 'html', external: [] },
    { path: '/index.md', format: 'md', external: [] },
    { path: '/index.json', format: 'json', external: [] },
    ...kb.actors.flatMap((a) => sheet(`/actors/${a.id}`, ['name', a.name])),
    ...kb.topics.flatMap((t) => sheet(`/topics/${t.id}`, ['title', t.title])),
    ...kb.articles.flatMap((a) => {
      const external = externalHttpUrl(a.url);
      const highlight = `?start=0&end=${Math.min(5, a.text.length)}`;
      return ['', highlight].map((query) => ({ path: `/sources/${a.id}${query}`, format: 'html' as const, external: external ? [external] : [] }));
    }),
  ];
  return Promise.all(
    pages.map(async (page) => {
      const res = await app.request(`${ORIGIN}${page.path}`);
      expect(res.status, page.path).toBe(200);
      return { ...page, body: await res.text() };
    }),
  );
}

function sheet(base: string, keeps: [string, string]): Omit<Rendered, 'body'>[] {
  return [
    { path: base, format: 'html', external: [] },
    { path: `${base}.md`, format: 'md', external: [] },
    { path: `${base}.json`, format: 'json', external: [], keeps },
  ];
}

/** Problems by path; empty when every page passes its format's oracle. */
function problemsOf(pages: Rendered[], shape: PageShape, headings: RegExp[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const page of pages) {
    let found: string[] = [];
    if (page.format === 'html') found = htmlProblems(page.body, shape, ORIGIN, page.external);
    if (page.format === 'md') found = markdownProblems(page.body, shape, headings, ORIGIN);
    if (page.format === 'json') {
      const data = JSON.parse(page.body) as Record<string, unknown>;
      // Nothing lost: the JSON variant carries the hostile value exactly.
      if (page.keeps && data[page.keeps[0]] !== page.keeps[1]) found = [`${page.keeps[0]} changed`];
    }
    if (found.length) problems[page.path] = found;
  }
  return problems;
}

/** Plain words in every text field and a real-looking http(s) address for every article, so the external-link branch is learned too. */
function benignKb(): KnowledgeBase {
  const kb = hostileKb(['Plain words']);
  for (const article of kb.articles) article.url = 'https://example.com/story';
  return kb;
}

describe('template filling with hostile KB text', () => {
  let shape: PageShape;
  let benign: Rendered[];
  const headings = templateHeadings(bundledTemplates);

  beforeAll(async () => {
    benign = await renderAll(benignKb());
    const of = (format: Rendered['format']) => benign.filter((p) => p.format === format).map((p) => p.body);
    shape = learnShape(bundledTemplates, of('html'), of('md'));
  });

  it('the learned shape has no event handler, no raw markdown HTML, and scripts only as the templates write them', () => {
    for (const [element, attributes] of shape.elements) expect([...attributes].filter((a) => a.startsWith('on')), element).toEqual([]);
    expect(shape.tokens.has('html')).toBe(false);
    expect(shape.scripts.length).toBe((bundledTemplates.layout.match(/<script/g) ?? []).length + ((bundledTemplates as unknown as Record<string, string>).embed?.match(/<script/g) ?? []).length + (bundledTemplates.source.match(/<script/g) ?? []).length);
  });

  it('the oracles catch what they are meant to catch', () => {
    const page = benign.find((p) => p.path === '/')!.body;
    const inject = (html: string) => page.replace('</main>', `${html}</main>`);
    expect(htmlProblems(inject('<p onclick="x">a</p>'), shape, ORIGIN)).toEqual(['attribute onclick in <p onclick="x">']);
    expect(htmlProblems(inject('<a href="javascript:alert(1)">a</a>'), shape, ORIGIN)).toHaveLength(1);
    expect(htmlProblems(inject('<a href="&#106;avascript:x">a</a>'), shape, ORIGIN)).toHaveLength(1);
    expect(htmlProblems(inject('<a href="//evil.example">a</a>'), shape, ORIGIN)).toHaveLength(1);
    expect(htmlProblems(inject('<iframe src=/x>'), shape, ORIGIN)).toEqual(['element <iframe src=/x>']);
    // Refused as an element, or, where the templates draw images (charts), as an off-site source.
    expect(htmlProblems(inject('<p><img src="https://evil.example/x.png"></p>'), shape, ORIGIN)).toHaveLength(1);
    expect(htmlProblems(inject('<script>x</script>'), shape, ORIGIN)).toContain('script <script>x</script>');
    expect(htmlProblems(inject('<p title="a" onmouseover="x">a</p>'), shape, ORIGIN)).toContain('attribute onmouseover in <p title="a" onmouseover="x">');
    expect(markdownProblems('# a\n\n<div>x</div>\n\n[x](https://evil.example)', shape, headings, ORIGIN)).toEqual(
      expect.arrayContaining(['link https://evil.example']),
    );
    expect(markdownProblems('# a\n\n## Injected\n', shape, headings, ORIGIN)).toEqual(['heading ## Injected']);
  });

  it('plain data passes, and so does the sample KB with its hand-written hostile values', async () => {
    expect(problemsOf(benign, shape, headings)).toEqual({});
    expect(problemsOf(await renderAll(sample as unknown as KnowledgeBase), shape, headings)).toEqual({});
  });

  it('never adds an element, attribute, script, event handler or off-site link; .md stays template-shaped; .json keeps the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 20, maxLength: 60 }), async (strings) => {
        expect(problemsOf(await renderAll(hostileKb(strings)), shape, headings)).toEqual({});
      }),
      RUNS,
    );
  }, 30_000);
});
