import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Every test runs inside workerd, the runtime the Worker ships on.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: { include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', 'node_modules/**'] },
});
