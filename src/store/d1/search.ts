// Candidates for "did you mean": actors and topics sharing a word prefix with the query, read through search_terms,
// as a small KB that suggestPages then ranks by edit distance exactly as it ranks the bundled KB.

import type { KnowledgeBase } from '../../kb/types';
import { buildKbIndex, type KbIndex } from '../../render/kbIndex';
import { searchPrefixes } from '../keys';
import { sql } from '../sql/statement';
import { toActor, toTopic, type ActorRow, type AliasRow, type MetaRow, type TopicRow } from './rows';
import { IN_LIST, jsonList, type D1Session } from './session';

const CANDIDATES = 200;

export async function d1SearchIndex(session: D1Session, meta: MetaRow, query: string): Promise<KbIndex> {
  const prefixes = jsonList(searchPrefixes(query.replace(/\.(md|json)$/i, '')).slice(0, 12));
  const matching = (kind: string) => `SELECT ref_id FROM search_terms WHERE kind = '${kind}' AND prefix IN (${IN_LIST}) LIMIT ${CANDIDATES}`;
  const [actors, aliases, topics] = await session.read<[ActorRow, AliasRow, TopicRow]>(
    sql(`SELECT rowid AS seq, id, kind, name, gender FROM actors WHERE id IN (${matching('actor')}) AND retracted_at IS NULL`, prefixes),
    sql(`SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (${matching('actor')}) ORDER BY id`, prefixes),
    sql(`SELECT rowid AS seq, id, title, terms, summary, curated FROM topics WHERE id IN (${matching('topic')})`, prefixes),
  );
  const kb: KnowledgeBase = {
    version: 1,
    generatedAt: meta.generated_at,
    articles: [],
    actors: actors.sort((a, b) => a.seq - b.seq).map((r) => toActor(r, aliases.filter((a) => a.actor_id === r.id).map((a) => a.alias), [], [], [])),
    quotes: [],
    topics: topics.sort((a, b) => a.seq - b.seq).map((r) => toTopic(r, { articles: [], actors: [], quotes: [], sentences: [] })),
    problems: [],
  };
  return buildKbIndex(kb);
}
