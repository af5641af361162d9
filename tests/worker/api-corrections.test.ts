// Corrections and retractions: DELETE withdraws an article and PUT replaces it. Facts only it supported are retracted
// visibly (kept with a date, shown under "Retracted", 410 for a withdrawn actor or article); facts other articles
// also support just lose that source. Counters stay exact.

import { beforeAll, describe, expect, it } from 'vitest';
import generated from '../../src/generated/kb.json';
import type { KnowledgeBase } from '../../src/kb/types';
import type { IngestReport, RetractionReport } from '../../src/ingest/report';
import type { RetractedFact } from '../../src/store/types';
import { appsFor, countersAndRecount, loadIntoD1, sendArticle, TOKEN, warmUpIngest } from './d1-fixture';

const kb = generated as unknown as KnowledgeBase;
const { d1 } = appsFor(kb);
const redLines = kb.quotes.find((q) => q.text.includes('matter of security') && q.speaker === 'vladimir-putin')!;
const del = (id: string, query = '') => d1(`/api/articles/${id}${query}`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
const json = async <T>(path: string) => (await (await d1(path)).json()) as T;

interface Sheet {
  keyQuotes: Array<{ id: string; text: string; corroboration: number; sources: Array<{ article: string }> }>;
  notes?: { retracted: RetractedFact[] };
}

const lopezQuote = 'Nobody in this process expects a quick breakthrough on the guarantees';

beforeAll(() => Promise.all([loadIntoD1(kb), warmUpIngest()]), 60_000);

describe('DELETE /api/articles/:id', () => {
  it('retracts the article: facts only it supported are withdrawn visibly, the others lose one source', async () => {
    const posted = await sendArticle(d1, 'POST', '/api/articles', {
      file: 'reuters-lopez.txt', title: 'Analyst doubts quick deal', date: '2022-01-10', source: 'Reuters',
      text: 'MOSCOW (Reuters) -- Russian President Vladimir Putin repeated his demands on Monday. "It’s a matter of security, and you know our red lines," Putin said.\n\n' +
        `Maria Lopez, a senior analyst at the Geneva Institute, said the talks would be difficult. "${lopezQuote}," Lopez said.\n`,
    });
    expect(posted.status).toBe(201);
    expect(((await json<Sheet>('/actors/vladimir-putin.json')).keyQuotes.find((q) => q.id === redLines.id))!.corroboration).toBe(redLines.corroboration + 1);

    const res = await del('reuters-lopez', '?reason=the%20interview%20was%20misreported');
    expect(res.status).toBe(200);
    const report = (await res.json()) as RetractionReport;
    expect(report.article).toMatchObject({ id: 'reuters-lopez', revision: 2 });
    expect(report.retracted.quotes.map((q) => q.text)).toContainEqual(expect.stringContaining(lopezQuote));
    expect(report.retracted.actors.map((a) => a.id)).toContain('maria-lopez');
    expect(report.kept.quotes).toBeGreaterThanOrEqual(1);

    const source = await d1('/sources/reuters-lopez');
    expect(source.status).toBe(410);
    expect(await source.text()).toContain('was retracted on');
    const actor = await d1('/actors/maria-lopez.json');
    expect(actor.status).toBe(410);
    expect(((await actor.json()) as { error: { message: string } }).error.message).toMatch(/Maria Lopez.*retracted.*article reuters-lopez/);

    const putin = await json<Sheet>('/actors/vladimir-putin.json');
    const quote = putin.keyQuotes.find((q) => q.id === redLines.id)!;
    expect(quote.corroboration).toBe(redLines.corroboration);
    expect(quote.sources.map((s) => s.article)).not.toContain('reuters-lopez');
    expect(putin.notes?.retracted).toContainEqual(expect.objectContaining({ kind: 'source', text: 'Analyst doubts quick deal', sourceUrl: '/sources/reuters-lopez', note: expect.stringContaining('misreported') }));
    const markdown = await (await d1('/actors/vladimir-putin.md')).text();
    expect(markdown).toContain('## Retracted');
    expect(markdown).toContain('[Analyst doubts quick deal](/sources/reuters-lopez)');
    expect((await json<{ counts: { articles: number } }>('/index.json')).counts.articles).toBe(kb.articles.length);
  });

  it('the same text cannot come back by POST; PUT restores the article and what only it supported', async () => {
    const text = 'MOSCOW (Reuters) -- Russian President Vladimir Putin repeated his demands on Monday. "It’s a matter of security, and you know our red lines," Putin said.\n\n' +
      `Maria Lopez, a senior analyst at the Geneva Institute, said the talks would be difficult. "${lopezQuote}," Lopez said.\n`;
    const again = await sendArticle(d1, 'POST', '/api/articles', { file: 'other-name.txt', title: 'Analyst doubts quick deal', date: '2022-01-10', source: 'Reuters', text });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { message: string } }).error.message).toContain('restore it with PUT /api/articles/reuters-lopez');
    const restored = await sendArticle(d1, 'PUT', '/api/articles/reuters-lopez', { title: 'Analyst doubts quick deal', date: '2022-01-10', source: 'Reuters', text });
    expect(restored.status).toBe(200);
    expect(((await restored.json()) as IngestReport).article.revision).toBe(3);
    expect((await d1('/actors/maria-lopez')).status).toBe(200);
    expect((await d1('/sources/reuters-lopez')).status).toBe(200);
    expect((await json<{ counts: { articles: number } }>('/index.json')).counts.articles).toBe(kb.articles.length + 1);
    expect((await del('reuters-lopez')).status).toBe(200);
  });

  it('a second DELETE is 409, an unknown id 404', async () => {
    expect((await del('reuters-lopez')).status).toBe(409);
    expect((await del('no-such-article')).status).toBe(404);
  });
});

describe('PUT /api/articles/:id', () => {
  const version = (quotes: string[]) =>
    `BERLIN (DPA) -- Anna Berg, the German envoy, spoke after meeting President Joe Biden on Friday.\n\n${quotes.map((q) => `"${q}," Anna Berg said.`).join('\n\n')}\n`;
  const kept = 'We are ready to host the next round of talks in Berlin next month';
  const dropped = 'The sanctions package is already written and waiting for a signature';
  const added = 'Our door stays open to Moscow as long as the troops pull back';

  it('replaces the article: quotes only the old version had are retracted and listed, the rest kept under the same id', async () => {
    const first = await sendArticle(d1, 'POST', '/api/articles', { file: 'dpa-berg.txt', title: 'Envoy speaks', date: '2022-01-14', source: 'DPA', text: version([kept, dropped]) });
    expect(first.status).toBe(201);
    const before = (await first.json()) as IngestReport;
    const keptId = before.quotes.added.find((q) => q.text.includes(kept))!.id;

    const res = await sendArticle(d1, 'PUT', '/api/articles/dpa-berg', { title: 'Envoy speaks (corrected)', date: '2022-01-14', source: 'DPA', text: version([kept, added]) });
    expect(res.status).toBe(200);
    const report = (await res.json()) as IngestReport;
    expect(report.article).toMatchObject({ id: 'dpa-berg', title: 'Envoy speaks (corrected)', revision: 2 });
    expect(report.retracted.quotes.map((q) => q.text)).toEqual([expect.stringContaining(dropped)]);
    expect(report.quotes.corroborated.map((q) => q.id)).toContain(keptId);
    expect(report.actors.existing.map((a) => a.id)).toEqual(expect.arrayContaining(['anna-berg', 'joe-biden']));

    const sheet = await json<Sheet>('/actors/anna-berg.json');
    const texts = sheet.keyQuotes.map((q) => q.text).join('\n');
    expect(texts).toContain(kept);
    expect(texts).toContain(added);
    expect(texts).not.toContain(dropped);
    expect(sheet.keyQuotes.find((q) => q.id === keptId)!.corroboration).toBe(1);
    expect(sheet.notes?.retracted).toContainEqual(expect.objectContaining({ kind: 'quote', text: expect.stringContaining(dropped), note: expect.stringContaining('corrected version of article dpa-berg') }));
    expect(await (await d1('/sources/dpa-berg')).text()).toContain(added);
  });

  it('a PUT of an unknown article is 404', async () => {
    expect((await sendArticle(d1, 'PUT', '/api/articles/no-such-article', { text: 'Some text.\n' })).status).toBe(404);
  });

  it('leaves every counter equal to a recount of the live rows', async () => {
    const { counters, recount } = await countersAndRecount();
    expect(recount).toEqual(counters);
  });
});
