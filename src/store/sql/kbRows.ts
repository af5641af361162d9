// A whole knowledge base as D1 rows, in KB order (row ids then give the KB's order back), with the derived columns
// (counts, sort keys, match keys) computed here so the bulk load and the ingest path agree.

import { parseArticle } from '../../articles/parse';
import type { Actor, KnowledgeBase } from '../../kb/types';
import { nameKey, personKeys, quoteMatchKey, quoteShingles, titleKey } from '../factKeys';
import { outletKey, searchPrefixes, sortKey } from '../keys';
import type { SqlValue } from './statement';
import { COLUMNS, type TableName } from './tables';
import { storyFactRows } from './storyFactRows';

export type TableRows = Record<TableName, SqlValue[][]>;

export interface MetaCounts {
  /** 1 when the KB carries dates, figures and events. */
  storyFacts: number;
  articles: number;
  quotes: number;
  topics: number;
  people: number;
  organizations: number;
  places: number;
}

/** Articles an actor appears in, as buildKbIndex counts them: mentions, roles, merges and the quotes they spoke. */
export function actorArticleIds(actor: Actor, spokenSources: Iterable<string>): Set<string> {
  const ids = new Set<string>();
  for (const m of actor.mentions) ids.add(m.article);
  for (const r of actor.roles) {
    for (const e of r.evidence) ids.add(e.article);
    for (const a of r.articles) ids.add(a);
  }
  for (const m of actor.merges) for (const e of m.evidence) ids.add(e.article);
  for (const a of spokenSources) ids.add(a);
  return ids;
}

/** The same article body gives the same key, whichever file or request it came in. */
export function contentKeyOf(id: string, text: string): string | null {
  try {
    return parseArticle(`${id}.txt`, text).contentKey;
  } catch {
    return null;
  }
}

export function kbRows(kb: KnowledgeBase): { rows: TableRows; counts: MetaCounts } {
  const rows = Object.fromEntries(
    (Object.keys(COLUMNS) as TableName[]).map((t) => [t, [] as SqlValue[][]]),
  ) as TableRows;
  const articles = new Map(kb.articles.map((a) => [a.id, a]));
  const sortOf = (id: string) => {
    const a = articles.get(id);
    return sortKey(a?.date ?? null, a?.title ?? null);
  };

  for (const a of kb.articles) {
    rows.articles.push([a.id, a.file, JSON.stringify(a.files), a.title, a.date, a.source, a.sourceEvidence, a.url, a.text, a.wordCount,
      contentKeyOf(a.id, a.text), sortKey(a.date, a.title), a.sentenceStarts ? JSON.stringify(a.sentenceStarts) : null]);
  }

  const spoken = new Map<string, string[]>();
  for (const q of kb.quotes) if (q.speaker) for (const s of q.sources) (spoken.get(q.speaker) ?? spoken.set(q.speaker, []).get(q.speaker)!).push(s.article);

  let roleId = 0;
  for (const actor of kb.actors) {
    const articleIds = actorArticleIds(actor, spoken.get(actor.id) ?? []);
    rows.actors.push([actor.id, actor.kind, actor.name, nameKey(actor.kind, actor.name), actor.gender, actor.mentions.length, articleIds.size]);
    for (const alias of new Set(actor.aliases)) rows.actor_aliases.push([actor.id, alias]);
    if (actor.kind === 'person') for (const key of personKeys([actor.name, ...actor.aliases])) rows.person_keys.push([key, actor.id]);
    for (const prefix of searchPrefixes(actor.id, actor.name, ...actor.aliases)) rows.search_terms.push([prefix, 'actor', actor.id]);
    for (const id of articleIds) rows.actor_articles.push([actor.id, id, sortOf(id)]);
    for (const m of actor.mentions) rows.mentions.push([actor.id, m.article, m.start, m.end]);
    const keys = new Set<string>();
    for (const role of actor.roles) {
      let key = titleKey(role.title);
      for (let n = 2; keys.has(key); n++) key = `${titleKey(role.title)}#${n}`;
      keys.add(key);
      rows.roles.push([++roleId, actor.id, key, role.title]);
      for (const article of role.articles) rows.role_support.push([roleId, article, null, null]);
      for (const e of role.evidence) rows.role_support.push([roleId, e.article, e.start, e.end]);
    }
    for (const m of actor.merges) {
      rows.merges.push([actor.id, m.from, m.into, m.reason, JSON.stringify(m.evidence), m.evidence[0]?.article ?? '']);
    }
  }

  for (const q of kb.quotes) {
    rows.quotes.push([q.id, q.text, q.kind, q.speaker, q.speakerLabel, q.corroboration, q.conflict ? 1 : 0, quoteMatchKey(q.text, q.kind, q.speaker)]);
    for (const s of q.sources) {
      rows.quote_sources.push([q.id, s.article, s.start, s.end, s.speaker, s.speakerLabel, s.cue?.start ?? null, s.cue?.end ?? null, s.date,
        outletKey(articles.get(s.article)?.source ?? null, s.article)]);
    }
    for (const other of q.conflictsWith) rows.quote_conflicts.push([q.id, other]);
    for (const shingle of quoteShingles(q.text, q.kind)) rows.quote_shingles.push([shingle, q.id]);
  }

  for (const t of kb.topics) {
    const topicArticles = [...new Set(t.articles)];
    rows.topics.push([t.id, t.title, JSON.stringify(t.terms), t.summary, t.curated ? 1 : 0, topicArticles.length, new Set(t.actors).size]);
    for (const prefix of searchPrefixes(t.id, t.title, ...t.terms)) rows.search_terms.push([prefix, 'topic', t.id]);
    for (const a of topicArticles) rows.topic_articles.push([t.id, a, sortOf(a)]);
    for (const a of new Set(t.actors)) rows.topic_actors.push([t.id, a, 'bulk']);
    for (const q of new Set(t.quotes)) rows.topic_quotes.push([t.id, q]);
    for (const s of t.sentences) rows.topic_sentences.push([t.id, s.article, s.start, s.end]);
  }

  storyFactRows(kb, rows, (id) => outletKey(articles.get(id)?.source ?? null, id));

  const kindCount = (kind: string) => kb.actors.filter((a) => a.kind === kind).length;
  return {
    rows,
    counts: {
      storyFacts: kb.figures !== undefined && kb.events !== undefined ? 1 : 0,
      articles: kb.articles.length, quotes: kb.quotes.length, topics: kb.topics.length,
      people: kindCount('person'), organizations: kindCount('organization'), places: kindCount('place'),
    },
  };
}
