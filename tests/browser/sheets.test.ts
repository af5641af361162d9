// Sheets in a real browser: index, actor and topic pages on desktop and phone, light and dark, with no console
// errors, no sideways scrolling on a phone, working search, evidence links, oEmbed discovery and no serious axe findings.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, openBrowser, runAxe, screenshot, type Browser } from './support/browser';
import { seedSheets, type SeedSheets } from './support/pages';

const { seeds } = inject('targets');
let browser: Browser;
let sheets: SeedSheets;

beforeAll(async () => {
  [browser, sheets] = await Promise.all([openBrowser(), seedSheets(seeds)]);
});
afterAll(async () => browser?.close());

const LOOKS = [
  { look: 'desktop-light', width: 1200, scheme: 'light' },
  { look: 'desktop-dark', width: 1200, scheme: 'dark' },
  { look: 'phone-light', width: 390, scheme: 'light' },
  { look: 'phone-dark', width: 390, scheme: 'dark' },
] as const;

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(seeds + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

describe.each([
  ['index', () => '/'],
  ['actor', () => sheets.actor.pageUrl],
  ['topic', () => sheets.topic.pageUrl],
])('the %s page', (name, path) => {
  it('reads well on desktop and phone, light and dark, with no console errors', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const backgrounds = new Set<string>();
    for (const { look, width, scheme } of LOOKS) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, path());
      await screenshot(page, `${name}-${look}`);
      backgrounds.add((await page.evaluate('getComputedStyle(document.body).backgroundColor')) as string);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      expect(overflow, `${look}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    }
    expect(backgrounds.size, 'light and dark look the same').toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the actor sheet', () => {
  it('has every section, an inline chart, copyable embed code, and no serious accessibility problems', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await open(page, sheets.actor.pageUrl);
    const headings = (await page.evaluate(`[...document.querySelectorAll('main h2')].map((h) => h.textContent)`)) as string[];
    expect(headings).toEqual(['Identity', 'Key quotes', 'Reported statements', 'Activity', 'Conflicting reports', 'Sources']);
    expect(await page.locator('main svg.chart[role="img"] > title').count()).toBe(1);
    expect(await page.locator('main svg.chart rect.chart-bar').count()).toBeGreaterThan(0);
    const code = await page.locator('#embed-code-text').inputValue();
    expect(code).toContain(`<iframe src="${seeds}/embed/actors/${sheets.actor.id}"`);
    expect(code).toContain(`<script async src="${seeds}/embed.js"></script>`);
    expect(code).toContain(`<a href="${seeds}${sheets.actor.pageUrl}">`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await runAxe(page, `actor-sheet-${scheme}`);
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), scheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links a quote to its evidence, highlighted on the source page', async () => {
    const page = await browser.context.newPage();
    await open(page, sheets.actor.pageUrl);
    const link = page.locator('main blockquote a[href*="start="]').first();
    await link.click();
    await page.waitForURL(/\/sources\/.+start=\d+&end=\d+#evidence$/);
    const url = new URL(page.url());
    const mark = (await page.locator('mark#evidence').textContent()) ?? '';
    expect(mark.length).toBe(Number(url.searchParams.get('end')) - Number(url.searchParams.get('start')));
    expect(await page.locator('mark#evidence').isVisible()).toBe(true);
    await page.close();
  });

  it('advertises oEmbed, Open Graph and JSON-LD in its head', async () => {
    const page = await browser.context.newPage();
    await open(page, sheets.actor.pageUrl);
    const oembed = (await page.getAttribute('link[rel="alternate"][type="application/json+oembed"]', 'href'))!;
    const response = await page.request.get(oembed);
    expect(await response.json()).toMatchObject({ type: 'rich', version: '1.0', width: 480 });
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(sheets.actor.name);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd).toMatchObject({ '@type': 'WebPage', about: { '@type': 'Person', name: sheets.actor.name } });
    await page.close();
  });
});

describe('the topic sheet', () => {
  it('has no serious accessibility problems', async () => {
    const page = await browser.context.newPage();
    await open(page, sheets.topic.pageUrl);
    const axe = await runAxe(page, 'topic-sheet');
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('submits from the header form and finds the actor by a part of the name', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await open(page, '/');
    const word = sheets.actor.name.split(' ').at(-1)!;
    await page.fill('#search-query', word.toLowerCase());
    await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#search-query', 'Enter')]);
    expect(await page.locator(`main a[href="${sheets.actor.pageUrl}"]`).count()).toBeGreaterThan(0);
    await screenshot(page, 'search-desktop-light');
    expect(errors).toEqual([]);
    await page.close();
  });
});
