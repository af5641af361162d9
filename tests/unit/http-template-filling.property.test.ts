// Property test over template filling: hostile strings in every KB text field never add elements, attributes, links or blocks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app';
import type { KnowledgeBase } from '../../src/kb/types';
import { bundledTemplates } from '../../src/render/bundledTemplates';
import { fillHtmlTemplate } from '../../src/render/fill';
import { externalHttpUrl } from '../../src/render/urls';
import { hostileKb, hostileString } from './http-hostile-kb';
import { htmlProblems, markdownProblems } from './http-rendered-output';

/** Fixed seed and bounded runs: each run renders every page of the sample KB, about 40 of them. */
const RUNS = { seed: 20260510, numRuns: 20 };

async function page(app: ReturnType<typeof createApp>, path: string): Promise<string> {
  const res = await app.request(`http://factsheets.test${path}`);
  expect(res.status, path).toBe(200);
  return res.text();
}

/** Every page of `kb`, each checked by the oracle for its format; returns the problems found, by path. */
async function renderAll(kb: KnowledgeBase): Promise<Record<string, string[]>> {
  const app = createApp(kb, bundledTemplates);
  const problems: Record<string, string[]> = {};
  const check = (path: string, found: string[]) => {
    if (found.length) problems[path] = found;
  };
  const sheets = [
    { base: '/', md: '/index.md', json: '/index.json', name: null },
    ...kb.actors.map((a) => ({ base: `/actors/${a.id}`, md: `/actors/${a.id}.md`, json: `/actors/${a.id}.json`, name: ['name', a.name] as const })),
    ...kb.topics.map((t) => ({ base: `/topics/${t.id}`, md: `/topics/${t.id}.md`, json: `/topics/${t.id}.json`, name: ['title', t.title] as const })),
  ];
  for (const sheet of sheets) {
    check(sheet.base, htmlProblems(await page(app, sheet.base)));
    check(sheet.md, markdownProblems(await page(app, sheet.md)));
    const data = JSON.parse(await page(app, sheet.json)) as Record<string, unknown>;
    // Nothing lost: the JSON variant carries the hostile value exactly.
    if (sheet.name && data[sheet.name[0]] !== sheet.name[1]) check(sheet.json, [`${sheet.name[0]} changed`]);
  }
  for (const article of kb.articles) {
    const external = externalHttpUrl(article.url);
    for (const path of [`/sources/${article.id}`, `/sources/${article.id}?start=0&end=${Math.min(5, article.text.length)}`]) {
      check(path, htmlProblems(await page(app, path), external ? [external] : []));
    }
  }
  return problems;
}

describe('template filling with hostile KB text', () => {
  it('the sample KB itself passes the oracles', async () => {
    expect(await renderAll(hostileKb(['plain']))).toEqual({});
  });

  it('the oracles catch what they are meant to catch', () => {
    const layout = (bodyHtml: string) => fillHtmlTemplate(bundledTemplates.layout, { title: 't', bodyHtml, articleCount: 1, generatedAt: 'now' });
    expect(htmlProblems(layout('<p onclick="x">a</p>'))).toEqual(['attribute onclick in <p onclick="x">']);
    expect(htmlProblems(layout('<a href="javascript:alert(1)">a</a>')).length).toBeGreaterThan(0);
    expect(htmlProblems(layout('<a href="&#106;avascript:x">a</a>')).length).toBeGreaterThan(0);
    expect(htmlProblems(layout('<img src=x>'))).toEqual(['element <img src=x>']);
    expect(htmlProblems(layout('<script>x</script>'))).toContain('<script');
    expect(markdownProblems('# a\n\n<div>x</div>\n\n[x](https://evil.example)')).toEqual(expect.arrayContaining(['link https://evil.example']));
    expect(markdownProblems('# a\n\n## Injected\n').length).toBe(1);
  });

  it('never adds an element, attribute, script, event handler or off-site link; .md stays template-shaped; .json keeps the value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, { minLength: 20, maxLength: 60 }), async (strings) => {
        expect(await renderAll(hostileKb(strings))).toEqual({});
      }),
      RUNS,
    );
  });
});
