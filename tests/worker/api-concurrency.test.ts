// Concurrent ingests of different articles lose no update: the seed articles, and three more reporting the same
// quote, posted all at once into an empty D1. Every article, actor and quote each report names is stored and live,
// and every counter equals a recount of the rows.

import { beforeAll, expect, it } from 'vitest';
import generated from '../../src/generated/kb.json';
import type { KnowledgeBase } from '../../src/kb/types';
import type { IngestReport } from '../../src/ingest/report';
import { appsFor, countersAndRecount, db, emptyKb, loadIntoD1, sendArticle, warmUpIngest } from './d1-fixture';

const seeds = generated as unknown as KnowledgeBase;
const { d1 } = appsFor(seeds);

const echoes = ['Reuters', 'AP', 'AFP'].map((outlet, i) => ({
  file: `echo-${i}.txt`,
  title: `Putin on red lines (${outlet})`,
  date: `2022-01-1${i}`,
  source: outlet,
  text: `MOSCOW (${outlet}) -- Russian President Vladimir Putin spoke on day ${i + 1} of the talks. "It’s a matter of security, and you know our red lines," Putin said.\n`,
}));

beforeAll(() => Promise.all([loadIntoD1(emptyKb()), warmUpIngest()]), 60_000);

it('eight articles posted at once are all stored, with every actor and quote their reports name', { timeout: 60_000 }, async () => {
  const bodies = [...seeds.articles.map((a) => ({ file: a.file, text: a.text })), ...echoes];
  const responses = await Promise.all(bodies.map((body) => sendArticle(d1, 'POST', '/api/articles', body)));
  expect(responses.map((r) => r.status)).toEqual(bodies.map(() => 201));
  const reports = (await Promise.all(responses.map((r) => r.json()))) as IngestReport[];

  const articleIds = reports.map((r) => r.article.id);
  expect(new Set(articleIds).size).toBe(bodies.length);
  const actorIds = new Set(reports.flatMap((r) => [...r.actors.new, ...r.actors.existing].map((a) => a.id)));
  const quoteIds = new Set(reports.flatMap((r) => [...r.quotes.added, ...r.quotes.corroborated, ...r.quotes.conflicts].map((q) => q.id)));
  expect(actorIds.size).toBeGreaterThan(10);
  expect(quoteIds.size).toBeGreaterThan(20);

  const [articles, actors, quotes, sources] = await db.batch([
    db.prepare(`SELECT id FROM articles WHERE retracted_at IS NULL AND id IN (SELECT value FROM json_each(?))`).bind(JSON.stringify(articleIds)),
    db.prepare(`SELECT id FROM actors WHERE retracted_at IS NULL AND id IN (SELECT value FROM json_each(?))`).bind(JSON.stringify([...actorIds])),
    db.prepare(`SELECT id FROM quotes WHERE retracted_at IS NULL AND id IN (SELECT value FROM json_each(?))`).bind(JSON.stringify([...quoteIds])),
    db.prepare('SELECT DISTINCT article_id FROM quote_sources'),
  ]);
  expect(articles!.results).toHaveLength(articleIds.length);
  expect(actors!.results).toHaveLength(actorIds.size);
  expect(quotes!.results).toHaveLength(quoteIds.size);
  // every article that reported a quote has its sources stored
  const withQuotes = reports.filter((r) => r.quotes.added.length + r.quotes.corroborated.length + r.quotes.conflicts.length > 0).map((r) => r.article.id);
  expect((sources!.results as Array<{ article_id: string }>).map((s) => s.article_id).sort()).toEqual(withQuotes.sort());

  for (const id of articleIds) expect((await d1(`/sources/${id}`)).status, id).toBe(200);
  for (const id of actorIds) expect((await d1(`/actors/${id}.json`)).status, id).toBe(200);

  const { counters, recount } = await countersAndRecount();
  expect(recount).toEqual(counters);
  const version = await db.prepare('SELECT version FROM store_meta').first<number>('version');
  expect(version).toBeGreaterThanOrEqual(bodies.length + 1);
});
