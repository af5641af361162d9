// Three test projects: `unit` runs in Node, `worker` runs inside workerd (the runtime the Worker ships on), and
// `browser` drives Chromium against the built Worker served on loopback (tests/browser/support/globalSetup.ts).

import { readFileSync } from 'node:fs';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** Imports templates as strings, like wrangler's Text rule does for the Worker bundle. */
function templatesAsText(): Plugin {
  return {
    name: 'templates-as-text',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.(md|html)$/.test(file)) return null;
      return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [templatesAsText()],
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        plugins: [
          templatesAsText(),
          // a local D1 for the D1 store and ingest tests; tests/worker/d1-setup.ts applies migrations/ to it
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { d1Databases: ['DB'], bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
          })),
        ],
        test: { name: 'worker', include: ['tests/worker/**/*.test.ts'], setupFiles: ['tests/worker/d1-setup.ts'] },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/support/globalSetup.ts'],
          // One Chromium at a time: the machine has two cores and the other projects run alongside.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
