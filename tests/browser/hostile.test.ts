// Hostile articles in a real browser: a KB extracted from them is served by the real app, every page kind is opened
// with CSP turned off (so escaping alone must hold), and no script runs: no dialog, no marker, no injected element.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './support/browser';

const { hostile, hostileKb } = inject('targets');
let browser: Browser;

beforeAll(async () => {
  browser = await openBrowser({ bypassCSP: true });
});
afterAll(async () => browser?.close());

/** Every way the hostile fixtures call out (alert, confirm, prompt) leaves a marker instead of a dialog. */
const TRAPS = `(() => {
  window.__ran = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { window.__ran.push(name + ':' + args.join(',')); console.log('XSS-MARKER ' + name); };
  }
})();`;

/** What the page holds that the app never writes: other scripts, event handlers, script URLs, loading elements. */
const INJECTED = `(() => {
  const problems = [];
  for (const script of document.querySelectorAll('script')) {
    const ours = (script.type === 'application/ld+json' && !script.src) || script.getAttribute('src') === '/embed-frame.js';
    if (!ours) problems.push('script ' + script.outerHTML.slice(0, 160));
    if (script.type === 'application/ld+json') { try { JSON.parse(script.textContent); } catch { problems.push('JSON-LD does not parse'); } }
  }
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) problems.push('handler ' + element.tagName + ' ' + attribute.name);
      const followed = /^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attribute.name);
      if (followed && /^\\s*(javascript|vbscript|data):/i.test(attribute.value) && !(element.tagName === 'LINK' && attribute.value === 'data:,')) {
        problems.push('url ' + element.tagName + ' ' + attribute.name + '=' + attribute.value.slice(0, 80));
      }
    }
  }
  for (const selector of ['iframe', 'object', 'embed', 'img', 'base', 'meta[http-equiv]', 'form:not([action="/search"])', 'svg:not(.chart)']) {
    for (const element of document.querySelectorAll(selector)) problems.push('element ' + element.outerHTML.slice(0, 160));
  }
  return problems;
})()`;

function pagesToOpen(): string[] {
  const { actors, topics, articles } = hostileKb;
  const actorUrl = actors[0] ? `${hostile}/actors/${actors[0]}` : `${hostile}/`;
  return [
    '/', '/index.md', '/index.json', '/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '/search?q=carla', '/search.json?q=vance',
    `/oembed?url=${encodeURIComponent(actorUrl)}&format=json`, '/actors/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '/embed.js',
    ...actors.flatMap((id) => [`/actors/${id}`, `/actors/${id}.md`, `/actors/${id}.json`, `/actors/${id}/quotes.json?page=1&per_page=5`, `/actors/${id}/timeline.svg`, `/embed/actors/${id}`]),
    ...topics.flatMap((id) => [`/topics/${id}`, `/topics/${id}.md`, `/topics/${id}.json`, `/topics/${id}/timeline.json`, `/embed/topics/${id}`]),
    ...articles.flatMap(({ id, length }) => [`/sources/${id}`, `/sources/${id}?start=0&end=${Math.min(length, 40)}`]),
  ];
}

async function visit(page: Page, path: string): Promise<string[]> {
  const response = await page.goto(hostile + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBeLessThan(500);
  await page.waitForTimeout(20); // let anything deferred (an onerror, a timer) fire
  return [...((await page.evaluate(INJECTED)) as string[]), ...((await page.evaluate('window.__ran')) as string[]).map((r) => `ran ${r}`)];
}

describe('pages built from hostile articles', () => {
  it('the KB has every page kind to open', () => {
    expect(hostileKb.actors.length).toBeGreaterThan(1);
    expect(hostileKb.topics.length).toBeGreaterThan(0);
    expect(pagesToOpen().length).toBeGreaterThan(40);
  });

  it('run no script of theirs on any page, even with CSP off', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(TRAPS);
    const dialogs: string[] = [];
    const markers: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.text().includes('XSS-MARKER')) markers.push(`${page.url()}: ${message.text()}`);
    });
    const problems: Record<string, string[]> = {};
    for (const path of pagesToOpen()) {
      const found = await visit(page, path);
      if (found.length) problems[path] = found;
    }
    expect(problems).toEqual({});
    expect(dialogs).toEqual([]);
    expect(markers).toEqual([]);
    await page.close();
  });

  it('the traps work: a script that does run is caught', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(TRAPS);
    await page.goto(`${hostile}/`, { waitUntil: 'load' });
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="alert(1)">')`);
    await page.waitForTimeout(50);
    expect(await page.evaluate('window.__ran')).toEqual(['alert:1']);
    expect(((await page.evaluate(INJECTED)) as string[]).some((p) => p.startsWith('handler IMG'))).toBe(true);
    await page.close();
  });
});
