// POST /api/articles: the article is extracted by the bulk build's code and merged into D1 (stored actors resolved
// by samePerson or name, quotes corroborated or flagged as conflicts), the 201 report says how, and every sheet
// shows it at once (new ETag, no stale cached page).

import { beforeAll, describe, expect, it } from 'vitest';
import generated from '../../src/generated/kb.json';
import type { KnowledgeBase } from '../../src/kb/types';
import type { IngestReport } from '../../src/ingest/report';
import { appsFor, db, loadIntoD1, sendArticle, warmUpIngest } from './d1-fixture';

const kb = generated as unknown as KnowledgeBase;
const { d1 } = appsFor(kb);
const redLines = kb.quotes.find((q) => q.text.includes('matter of security') && q.speaker === 'vladimir-putin')!;

const reuters = {
  file: 'reuters-2022-01-10.txt',
  title: 'Putin repeats demands',
  date: '2022-01-10',
  source: 'Reuters',
  url: 'https://example.com/reuters/putin',
  text: 'MOSCOW (Reuters) -- Russian President Vladimir Putin repeated his demands on Monday. "It’s a matter of security, and you know our red lines," Putin said at a meeting in Moscow.\n\n' +
    'Maria Lopez, a senior analyst at the Geneva Institute, said the talks would be difficult. "Nobody in this process expects a quick breakthrough on the guarantees," Lopez said.\n',
};

interface Sheet {
  keyQuotes: Array<{ id: string; text: string; corroboration: number; conflict: boolean; alsoAttributedTo: Array<{ speakerName: string }>; sources: Array<{ article: string }> }>;
  merges: Array<{ from: string; into: string; reason: string }>;
}

const json = async <T>(path: string) => (await (await d1(path)).json()) as T;

// the extraction code loads on the first write: load it here, outside any one test's time limit
beforeAll(() => Promise.all([loadIntoD1(kb), warmUpIngest()]), 60_000);

describe('POST /api/articles', () => {
  let report: IngestReport;
  let etagBefore: string | null;

  it('answers 201 with what was extracted and how it was merged', async () => {
    etagBefore = (await d1('/actors/vladimir-putin')).headers.get('ETag');
    expect(redLines).toBeDefined();
    const res = await sendArticle(d1, 'POST', '/api/articles', reuters);
    expect(res.status).toBe(201);
    report = (await res.json()) as IngestReport;
    expect(res.headers.get('Location')).toBe('/sources/reuters-2022-01-10');
    expect(report.article).toMatchObject({ id: 'reuters-2022-01-10', title: reuters.title, date: reuters.date, source: 'Reuters', revision: 1 });
    expect(report.actors.existing.map((a) => a.id)).toContain('vladimir-putin');
    expect(report.actors.new.map((a) => a.id)).toContain('maria-lopez');
    expect(report.quotes.corroborated).toEqual([expect.objectContaining({ id: redLines.id, speaker: 'vladimir-putin', corroboration: redLines.corroboration + 1 })]);
    expect(report.quotes.added.map((q) => q.speaker)).toContain('maria-lopez');
    expect(report.quotes.conflicts).toEqual([]);
  });

  it('shows on every sheet at once: new ETag, new quote source, new actor, new counts', async () => {
    const res = await d1('/actors/vladimir-putin');
    expect(res.headers.get('ETag')).not.toBe(etagBefore);
    const sheet = await json<Sheet>('/actors/vladimir-putin.json');
    const quote = sheet.keyQuotes.find((q) => q.id === redLines.id)!;
    expect(quote.corroboration).toBe(redLines.corroboration + 1);
    expect(quote.sources.map((s) => s.article)).toContain('reuters-2022-01-10');
    expect((await d1('/actors/maria-lopez')).status).toBe(200);
    expect(await (await d1('/sources/reuters-2022-01-10')).text()).toContain('Maria Lopez, a senior analyst');
    const index = await json<{ counts: { articles: number } }>('/index.json');
    expect(index.counts.articles).toBe(kb.articles.length + 1);
    const health = await json<{ store: string; articles: number }>('/healthz');
    expect(health).toMatchObject({ store: 'd1', articles: kb.articles.length + 1 });
    expect(await (await d1('/')).text()).toContain(`Built from ${kb.articles.length + 1} articles`);
  });

  it('same words from another speaker become a separate quote flagged as a conflict', async () => {
    const res = await sendArticle(d1, 'POST', '/api/articles', {
      file: 'ap-2022-01-11.txt', title: 'Sullivan on red lines', date: '2022-01-11', source: 'AP',
      text: 'WASHINGTON (AP) -- National security adviser Jake Sullivan spoke to reporters on Tuesday. "It’s a matter of security, and you know our red lines," Jake Sullivan said.\n',
    });
    expect(res.status).toBe(201);
    const { quotes } = (await res.json()) as IngestReport;
    expect(quotes.conflicts).toEqual([expect.objectContaining({ speaker: 'jake-sullivan', conflictsWith: [redLines.id] })]);
    const sheet = await json<Sheet>('/actors/vladimir-putin.json');
    const quote = sheet.keyQuotes.find((q) => q.id === redLines.id)!;
    expect(quote.conflict).toBe(true);
    expect(quote.alsoAttributedTo.map((a) => a.speakerName)).toContain('Jake Sullivan');
  });

  it('a spelling variant joins the stored person, and the merge is shown with its reason', async () => {
    const res = await sendArticle(d1, 'POST', '/api/articles', {
      file: 'afp-2022-01-12.txt', title: 'Putin warns the West', date: '2022-01-12', source: 'AFP',
      text: 'KYIV (AFP) -- Russian President Vladimir Puttin warned the West again on Wednesday. "We will not wait forever for an answer from Washington," Puttin said.\n',
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as IngestReport;
    expect(body.actors.existing).toContainEqual(expect.objectContaining({ id: 'vladimir-putin', asNamed: 'Vladimir Puttin', reason: expect.stringMatching(/spelling variant/) }));
    expect(body.merges).toContainEqual(expect.objectContaining({ from: 'Vladimir Puttin', into: 'Vladimir Putin' }));
    expect(body.quotes.added).toContainEqual(expect.objectContaining({ speaker: 'vladimir-putin' }));
    const sheet = await json<Sheet>('/actors/vladimir-putin.json');
    expect(sheet.merges).toContainEqual(expect.objectContaining({ from: 'Vladimir Puttin', reason: expect.stringMatching(/spelling variant/) }));
    expect((await d1('/actors/vladimir-puttin')).status).toBe(404);
  });

  it('events and figures reported again join the stored ones, with one more outlet', async () => {
    const call = kb.events!.find((e) => e.kind === 'call' && e.date === '2021-12-30')!;
    const troops = kb.figures!.find((f) => f.key === 'troop|' && f.value === 100000)!;
    const res = await sendArticle(d1, 'POST', '/api/articles', {
      file: 'reuters-2022-01-03.txt', title: 'Call recap', date: '2022-01-03', source: 'Reuters',
      text: 'WASHINGTON (Reuters) -- President Joe Biden and Russian President Vladimir Putin spoke by phone on Dec. 30, the White House said. Russia has massed more than 100,000 troops near the border with Ukraine.\n',
    });
    expect(res.status).toBe(201);
    const { story } = (await res.json()) as IngestReport;
    expect(story.events.corroborated).toBeGreaterThanOrEqual(1);
    expect(story.figures.corroborated).toBe(1);
    const rows = await db.batch([
      db.prepare('SELECT corroboration FROM events WHERE id = ?').bind(call.id),
      db.prepare('SELECT corroboration FROM figures WHERE id = ?').bind(troops.id),
      db.prepare("SELECT COUNT(*) AS n FROM event_sources WHERE event_id = ? AND article_id = 'reuters-2022-01-03'").bind(call.id),
    ]);
    expect(rows.map((r) => r.results[0])).toEqual([{ corroboration: call.corroboration + 1 }, { corroboration: troops.corroboration + 1 }, { n: 1 }]);
    const timeline = (await (await d1('/actors/joe-biden/timeline.json?page=1&per_page=50')).json()) as { items: Array<{ date: string; kind: string; corroborationLabel: string | null }> };
    expect(timeline.items).toContainEqual(expect.objectContaining({ date: '2021-12-30', kind: 'event', corroborationLabel: `${call.corroboration + 1} outlets` }));
  });

  it('reads markdown with YAML front matter', async () => {
    const res = await sendArticle(d1, 'POST', '/api/articles?file=tass-2022-01-13.md',
      '---\ntitle: Kremlin comments\ndate: 2022-01-13\nsource: TASS\nurl: https://example.com/tass\n---\nKremlin spokesman Dmitry Peskov said on Thursday that the talks were "unsuccessful" so far.\n');
    expect(res.status).toBe(201);
    const body = (await res.json()) as IngestReport;
    expect(body.article).toMatchObject({ id: 'tass-2022-01-13', title: 'Kremlin comments', date: '2022-01-13', source: 'TASS', url: 'https://example.com/tass' });
    const row = await db.prepare('SELECT file, source_evidence FROM articles WHERE id = ?').bind('tass-2022-01-13').first();
    expect(row).toEqual({ file: 'tass-2022-01-13.md', source_evidence: 'metadata' });
  });

  it('posting the same text again writes nothing and names the stored article', async () => {
    const version = await db.prepare('SELECT version FROM store_meta').first('version');
    const res = await sendArticle(d1, 'POST', '/api/articles', { ...reuters, file: 'copy-of-reuters.txt' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ written: false, duplicateOf: 'reuters-2022-01-10' });
    expect(await db.prepare('SELECT version FROM store_meta').first('version')).toBe(version);
  });

  it('an id already used by other text is 409, pointing at PUT', async () => {
    const res = await sendArticle(d1, 'POST', '/api/articles', { ...reuters, text: 'Different words entirely, posted under the same file name.\n' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('PUT /api/articles/reuters-2022-01-10');
  });
});
