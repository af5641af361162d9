// The default Worker entry (src/index.ts) serves the bundled knowledge base read-only: every page, and no ingest API,
// whose code (extraction, zod, yaml) is therefore left out of its bundle. D1 mode's entry (src/index-d1.ts) has it.

import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const worker = (exports as unknown as { default: { fetch(url: string, init?: RequestInit): Promise<Response> } }).default;

describe('the bundled-KB Worker entry', () => {
  it('serves the pages, cached with an ETag', async () => {
    const res = await worker.fetch('http://factsheets.test/actors/vladimir-putin');
    expect(res.status).toBe(200);
    const etag = res.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    const again = await worker.fetch('http://factsheets.test/actors/vladimir-putin', { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  it('has no ingest API', async () => {
    const res = await worker.fetch('http://factsheets.test/api/articles', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(404);
  });
});
