// One Chromium for a test file (Debian's, driven by playwright-core), and what every browser test checks on a page.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const RESULTS_DIR = join(import.meta.dirname, '../../../test-results');
export const SCREENSHOT_DIR = join(RESULTS_DIR, 'screenshots');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** `launch()` refuses --user-data-dir, so a fresh profile comes from a persistent context in a temporary folder. */
export async function openBrowser(options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'factsheets-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    viewport: { width: 1200, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Console errors and uncaught exceptions of a page and its frames (a CSP violation is a console error). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export interface AxeSummary {
  url: string;
  byImpact: Record<'minor' | 'moderate' | 'serious' | 'critical', number>;
  violations: { id: string; impact: string | null; help: string; nodes: number }[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page. It is evaluated over the DevTools protocol, which the page's CSP does not govern,
 * so the page is checked exactly as served. The summary is written to test-results/axe-<name>.json.
 */
export async function runAxe(page: Page, name: string): Promise<AxeSummary> {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`,
  )) as AxeSummary['violations'];
  const byImpact = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  for (const violation of result) if (violation.impact && violation.impact in byImpact) byImpact[violation.impact as keyof typeof byImpact]++;
  const summary: AxeSummary = { url: page.url(), byImpact, violations: result };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `axe-${name}.json`), JSON.stringify(summary, null, 2));
  return summary;
}
