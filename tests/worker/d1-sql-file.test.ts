// The bulk-load SQL (what `extract --sql` writes for `wrangler d1 execute --file`) loads the same knowledge base as
// the bound statements: hostile text survives literal quoting, long articles are written in pieces, and every page
// of the sample KB then matches the bundled store's.

import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/kb/types';
import { kbLoadSqlBatches, kbLoadSqlStatements } from '../../src/store/sql/loadKb';
import sample from '../fixtures/kb-sample.json';
import { appsFor, db } from './d1-fixture';

const kb = sample as unknown as KnowledgeBase;

async function loadLiteral(statements: string[]): Promise<void> {
  for (let i = 0; i < statements.length; i += 50) await db.batch(statements.slice(i, i + 50).map((s) => db.prepare(s)));
}

describe('SQL files for wrangler d1 execute', () => {
  it('load the sample KB so that every page matches the bundled store', { timeout: 30_000 }, async () => {
    await loadLiteral(kbLoadSqlStatements(kb));
    const { bundled, d1 } = appsFor(kb);
    const paths = ['/', '/index.json', ...kb.actors.map((a) => `/actors/${a.id}.md`), ...kb.topics.map((t) => `/topics/${t.id}.json`), ...kb.articles.map((a) => `/sources/${a.id}`)];
    for (const path of paths) expect(await (await d1(path)).text(), path).toBe(await (await bundled(path)).text());
  });

  it('keep quotes, backslashes, NUL-free control characters and long texts exact', async () => {
    const text = `It's "quoted" \\ back\\slash ' '' ; -- not a comment\n/* nor this */ \u2028 emoji 🗞️ ${'x'.repeat(95_000)} end`;
    const long: KnowledgeBase = {
      ...kb,
      articles: [{ id: 'long', file: "o'brien.txt", files: ["o'brien.txt"], title: "O'Brien's \"story\"", date: null, source: null, sourceEvidence: null, url: null, text, wordCount: 3 }],
      actors: [], quotes: [], topics: [],
    };
    const statements = kbLoadSqlStatements(long);
    expect(Math.max(...statements.map((s) => s.length))).toBeLessThan(100_000);
    await loadLiteral(statements);
    const row = await db.prepare('SELECT text, title, file FROM articles WHERE id = ?').bind('long').first<{ text: string; title: string; file: string }>();
    expect(row).toEqual({ text, title: long.articles[0]!.title, file: "o'brien.txt" });
  });

  it('split into batches of about the requested size, one statement per line', () => {
    const batches = kbLoadSqlBatches(kb, 2_000);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches[0]).toMatch(/^DELETE FROM \w+;\n/);
    expect(batches.at(-1)).toMatch(/UPDATE store_meta SET version = version \+ 1, .*;\n$/);
    expect(batches.join('')).toBe(`${kbLoadSqlStatements(kb).join('\n')}\n`);
  });
});
