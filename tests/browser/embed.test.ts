// Embedding from another origin: the publisher's page loads /embed.js, the card posts its height, and the iframe
// is resized to fit it; the card itself is framable anywhere and has no serious accessibility problems.

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collectErrors, openBrowser, runAxe, screenshot, type Browser } from './support/browser';
import { seedSheets, type SeedSheets } from './support/pages';

const { seeds, host } = inject('targets');
let browser: Browser;
let sheets: SeedSheets;

beforeAll(async () => {
  [browser, sheets] = await Promise.all([openBrowser(), seedSheets(seeds)]);
});
afterAll(async () => browser?.close());

const FRAME_HEIGHT = `document.getElementById('card').getBoundingClientRect().height`;

describe.each([
  ['actor', () => `/embed/actors/${sheets.actor.id}`],
  ['topic', () => `/embed/topics/${sheets.topic.id}`],
])('the %s card embedded on another origin', (name, card) => {
  it('is resized by /embed.js to the height the card reports', async () => {
    expect(new URL(host).origin).not.toBe(new URL(seeds).origin);
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host}/?card=${encodeURIComponent(card())}`, { waitUntil: 'load' });
    await page.waitForFunction(`${FRAME_HEIGHT} !== 150`, undefined, { timeout: 10_000 });
    const frame = page.frames().find((f) => f.url().startsWith(seeds + card()))!;
    const content = Math.ceil((await frame.evaluate('document.documentElement.getBoundingClientRect().height')) as number);
    const framed = (await page.evaluate(FRAME_HEIGHT)) as number;
    expect(content).toBeGreaterThan(150);
    expect(Math.abs(framed - content)).toBeLessThanOrEqual(1);
    expect(await frame.locator('h1 a').getAttribute('target')).toBe('_blank');
    await screenshot(page, `embed-${name}-host-page`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('may be framed anywhere, sends no X-Frame-Options, and has no serious accessibility problems', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    const response = await page.goto(seeds + card(), { waitUntil: 'load' });
    const headers = response!.headers();
    expect(headers['content-security-policy']).toContain('frame-ancestors *');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-frame-options']).toBeUndefined();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await runAxe(page, `embed-${name}-${scheme}`);
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), scheme).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a full sheet', () => {
  it('cannot be framed by another origin', async () => {
    const response = await fetch(seeds + sheets.actor.pageUrl);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });
});
