// Ingest, as a recipe: read what the store already has (article, topics), extract the posted article with the
// bulk build's code, resolve its actors and quotes against the store, then write everything in one D1 batch (one
// transaction), so a failure writes nothing and concurrent ingests of different articles cannot lose each other's
// updates. Corrections (PUT) and retractions (DELETE) withdraw the old facts in the same transaction.

import type { ParsedArticle } from '../articles/parse';
import type { Quote } from '../kb/types';
import { sourceUrl } from '../render/urls';
import type { D1Session } from '../store/d1/session';
import { IN_LIST, jsonList } from '../store/d1/session';
import { contentKeyOf } from '../store/sql/kbRows';
import { sql } from '../store/sql/statement';
import { articleConflict, articleNotFound, extractionFailed } from './errors';
import { ExtractionFailedError, extractOne, type StoredTopic } from './extractOne';
import { countBefore, settleAndCountAfter, type Touched } from './recount';
import type { IngestReport, RetractionReport } from './report';
import { resolveActors, type ResolvedActor } from './resolveActors';
import { resolveQuotes } from './resolveQuotes';
import { resolveStory } from './resolveStory';
import { writeStory } from './writeStory';
import { recordRevision, retractArticle, retractEvidence } from './retract';
import { mergesToWrite, writeFacts } from './writeFacts';

interface StoredArticle {
  id: string;
  content_key: string | null;
  retracted_at: string | null;
}

interface Existing {
  byId: StoredArticle | undefined;
  byContent: StoredArticle | undefined;
  revision: number;
  topics: StoredTopic[];
}

async function readExisting(session: D1Session, id: string, contentKey: string | null): Promise<Existing> {
  const [byId, byContent, revision, topics] = await session.read<[StoredArticle, StoredArticle, { revision: number }, { id: string; title: string; terms: string }]>(
    sql('SELECT id, content_key, retracted_at FROM articles WHERE id = ?', id),
    sql('SELECT id, content_key, retracted_at FROM articles WHERE content_key = ?', contentKey),
    sql('SELECT COALESCE(MAX(revision), 0) AS revision FROM article_revisions WHERE article_id = ?', id),
    sql('SELECT id, title, terms FROM topics ORDER BY rowid'),
  );
  return {
    byId: byId[0], byContent: byContent[0], revision: revision[0]?.revision ?? 0,
    topics: topics.map((t) => ({ id: t.id, title: t.title, terms: JSON.parse(t.terms) as string[] })),
  };
}

/** A failed batch is rolled back whole; a constraint failure there means a concurrent write won the race. */
async function writeOrConflict<T>(requestName: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (/UNIQUE constraint failed|PRIMARY KEY/i.test(String((err as Error).message))) {
      throw articleConflict(requestName, 'another request changed this article (or posted the same text) at the same time; retry');
    }
    throw err;
  }
}

export type IngestMode = { kind: 'post' } | { kind: 'put'; id: string };

export async function ingestArticle(session: D1Session, parsed: ParsedArticle, warnings: string[], mode: IngestMode, requestName: string): Promise<IngestReport | { duplicateOf: string }> {
  if (mode.kind === 'put') {
    parsed.article.id = mode.id;
  }
  const article = parsed.article;
  const contentKey = contentKeyOf(article.id, article.text);
  const existing = await readExisting(session, article.id, contentKey);
  if (mode.kind === 'post') {
    if (existing.byContent?.retracted_at) {
      throw articleConflict(requestName, `the same text was retracted as article "${existing.byContent.id}"; restore it with PUT /api/articles/${existing.byContent.id}`);
    }
    if (existing.byContent) return { duplicateOf: existing.byContent.id };
    if (existing.byId) throw articleConflict(requestName, `article "${article.id}" already exists with other text; correct it with PUT /api/articles/${article.id}`);
  } else {
    if (!existing.byId) throw articleNotFound(requestName, mode.id);
    if (existing.byContent && existing.byContent.id !== mode.id) throw articleConflict(requestName, `the same text is stored as article "${existing.byContent.id}"`);
  }

  const now = new Date().toISOString();
  let extracted;
  try {
    extracted = extractOne(parsed, existing.topics, now);
  } catch (err) {
    if (err instanceof ExtractionFailedError) throw extractionFailed(requestName, err.message);
    throw err;
  }
  const kb = extracted.kb;
  const actors = await resolveActors(session, kb.actors);
  const mapSpeaker = (id: string | null) => (id ? (actors.get(id)?.id ?? id) : null);
  const quotes: Quote[] = kb.quotes.map((q) => ({ ...q, speaker: mapSpeaker(q.speaker), sources: q.sources.map((s) => ({ ...s, speaker: mapSpeaker(s.speaker) })) }));
  const revision = existing.revision + 1;
  const decisions = await resolveQuotes(session, article.id, quotes, revision);
  const figures = (kb.figures ?? []).map((f) => ({ ...f, sources: f.sources.map((s) => ({ ...s, speaker: mapSpeaker(s.speaker) })) }));
  const events = (kb.events ?? []).map((e) => ({ ...e, participants: [...new Set(e.participants.map((p) => mapSpeaker(p)!))], place: mapSpeaker(e.place) }));
  const story = await resolveStory(session, figures, events, revision);

  const writer = crypto.randomUUID();
  const touched: Touched = {
    articleId: article.id,
    actors: [...new Set([...actors.values()].map((a) => a.id))],
    quotes: decisions.map((d) => (d.action === 'add' ? d.id : d.into)),
    topics: kb.topics.map((t) => t.id),
    figures: story.figures.map((d) => (d.action === 'add' ? d.id : d.into)),
    events: story.events.map((d) => (d.action === 'add' ? d.id : d.into)),
  };
  const facts = { kb: { ...kb, quotes }, actors, decisions, mode: mode.kind, writer } as const;
  const note = `the corrected version of article ${article.id} (${now.slice(0, 10)}) no longer reports it`;
  const results = await writeOrConflict(requestName, () =>
    session.write([
      recordRevision(article.id, revision, mode.kind === 'post' ? 'ingest' : 'replace', now),
      ...countBefore(touched),
      ...(mode.kind === 'put' ? retractEvidence(article.id, now) : []),
      ...writeFacts(facts),
      ...writeStory(article.id, article.source, kb.dates ?? [], story.figures, story.events),
      ...settleAndCountAfter(touched, now, note, writer),
      ...reportQueries(article.id, touched.quotes, now),
    ]),
  );
  const [quoteState, retractedQuotes, retractedActors, meta] = results.slice(-4).map((r) => r.results) as [
    Array<{ id: string; corroboration: number }>, Array<{ id: string; text: string }>, Array<{ id: string; name: string }>, Array<{ version: number }>,
  ];
  const corroboration = new Map(quoteState.map((q) => [q.id, q.corroboration]));
  const actorReport = (a: ResolvedActor, named: string) => ({
    id: a.id, name: a.name, kind: a.kind, ...(named !== a.name ? { asNamed: named } : {}), ...(a.reason ? { reason: a.reason } : {}),
  });
  const resolved = kb.actors.map((a) => ({ a, r: actors.get(a.id)! }));
  return {
    article: { id: article.id, title: article.title, date: article.date, source: article.source, url: article.url, revision, pageUrl: sourceUrl(article.id) },
    version: meta[0]?.version ?? 0,
    actors: {
      new: resolved.filter(({ r }) => !r.existing).map(({ a, r }) => actorReport(r, a.name)),
      existing: resolved.filter(({ r }) => r.existing).map(({ a, r }) => actorReport(r, a.name)),
    },
    merges: mergesToWrite(facts).map(({ from, into, reason }) => ({ from, into, reason })),
    quotes: {
      added: decisions.filter((d) => d.action === 'add' && d.conflictsWith.length === 0).map((d) => ({ id: (d as { id: string }).id, text: d.quote.text, kind: d.quote.kind, speaker: d.quote.speaker })),
      corroborated: decisions.flatMap((d) => d.action === 'corroborate'
        ? [{ id: d.into, text: d.storedText, kind: d.quote.kind, speaker: d.quote.speaker, corroboration: corroboration.get(d.into) ?? 1 }] : []),
      conflicts: decisions.flatMap((d) => d.action === 'add' && d.conflictsWith.length
        ? [{ id: d.id, text: d.quote.text, kind: d.quote.kind, speaker: d.quote.speaker, conflictsWith: d.conflictsWith }] : []),
    },
    topics: touched.topics,
    story: {
      dates: (kb.dates ?? []).length,
      figures: {
        added: story.figures.filter((d) => d.action === 'add').length,
        corroborated: story.figures.filter((d) => d.action === 'corroborate').length,
        conflicts: story.figures.filter((d) => d.action === 'add' && d.conflictsWith.length > 0).length,
      },
      events: { added: story.events.filter((d) => d.action === 'add').length, corroborated: story.events.filter((d) => d.action === 'corroborate').length },
    },
    retracted: { quotes: retractedQuotes, actors: retractedActors },
    warnings: [...warnings, ...extracted.problems.map((p) => p.reason)],
  };
}

/** What the write did, read back inside the same transaction. */
function reportQueries(articleId: string, quoteIds: string[], now: string) {
  return [
    sql(`SELECT id, corroboration FROM quotes WHERE id IN (${IN_LIST})`, jsonList(quoteIds)),
    sql('SELECT id, text FROM quotes WHERE retracted_at = ? AND id IN (SELECT quote_id FROM quote_sources WHERE article_id = ?) ORDER BY rowid', now, articleId),
    sql('SELECT id, name FROM actors WHERE retracted_at = ? AND id IN (SELECT actor_id FROM actor_articles WHERE article_id = ?) ORDER BY rowid', now, articleId),
    sql('SELECT version FROM store_meta WHERE id = 1'),
  ];
}

export async function retractStoredArticle(session: D1Session, id: string, reason: string | null, requestName: string): Promise<RetractionReport> {
  const [[stored], [revision]] = await session.read<[StoredArticle, { revision: number }]>(
    sql('SELECT id, content_key, retracted_at FROM articles WHERE id = ?', id),
    sql('SELECT COALESCE(MAX(revision), 0) AS revision FROM article_revisions WHERE article_id = ?', id),
  );
  if (!stored) throw articleNotFound(requestName, id);
  if (stored.retracted_at) throw articleConflict(requestName, `article "${id}" was already retracted on ${stored.retracted_at.slice(0, 10)}`);
  const now = new Date().toISOString();
  const next = (revision?.revision ?? 0) + 1;
  const note = `retracted on ${now.slice(0, 10)}${reason ? `: ${reason}` : ''}`;
  const touched: Touched = { articleId: id, actors: [], quotes: [], topics: [], figures: [], events: [] };
  const results = await writeOrConflict(requestName, () =>
    session.write([
      recordRevision(id, next, 'retract', now),
      ...countBefore(touched),
      ...retractEvidence(id, now),
      retractArticle(id, now, note),
      ...settleAndCountAfter(touched, now, `its only source, article ${id}, was ${note}`, crypto.randomUUID()),
      ...reportQueries(id, [], now),
      sql('SELECT COUNT(*) AS n FROM quotes WHERE retracted_at IS NULL AND id IN (SELECT quote_id FROM quote_sources WHERE article_id = ?)', id),
      sql('SELECT COUNT(*) AS n FROM actors WHERE retracted_at IS NULL AND id IN (SELECT actor_id FROM actor_articles WHERE article_id = ?)', id),
    ]),
  );
  const [, retractedQuotes, retractedActors, meta, keptQuotes, keptActors] = results.slice(-6).map((r) => r.results) as [
    unknown, Array<{ id: string; text: string }>, Array<{ id: string; name: string }>, Array<{ version: number }>, Array<{ n: number }>, Array<{ n: number }>,
  ];
  return {
    article: { id, retractedAt: now, revision: next },
    version: meta[0]?.version ?? 0,
    retracted: { quotes: retractedQuotes, actors: retractedActors },
    kept: { quotes: keptQuotes[0]?.n ?? 0, actors: keptActors[0]?.n ?? 0 },
  };
}
