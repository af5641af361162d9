// Counters kept exact under concurrent writes: every write subtracts what the rows it may touch counted before it
// (`before`) and adds what they count after it (`after`), inside the same D1 transaction. The touched set is the
// same both times (everything linked to the article, plus what this write linked to it), so the net change is
// exactly the write's own, whatever other writes did before it.

import { jsonList } from '../store/d1/session';
import { sql, type Statement } from '../store/sql/statement';

export interface Touched {
  articleId: string;
  /** Stored actors this write links to the article (new or existing). */
  actors: string[];
  /** Stored quotes this write adds a source to, or creates. */
  quotes: string[];
  /** Topics this write links the article to. */
  topics: string[];
  /** Stored figures and events this write adds a source to, or creates. */
  figures: string[];
  events: string[];
}

const ACTORS = `(SELECT actor_id FROM actor_articles WHERE article_id = ?1 UNION SELECT value FROM json_each(?2))`;
const QUOTES = `(SELECT quote_id FROM quote_sources WHERE article_id = ?1 UNION SELECT value FROM json_each(?2))`;
const TOPICS = `(SELECT topic_id FROM topic_articles WHERE article_id = ?1 UNION SELECT value FROM json_each(?2))`;

function counters(sign: '-' | '+', t: Touched): Statement[] {
  const a = jsonList(t.actors);
  const q = jsonList(t.quotes);
  const tp = jsonList(t.topics);
  // `+kind`: count through the touched ids, not by walking every live actor of the kind
  const liveOfKind = (kind: string) => `(SELECT COUNT(*) FROM actors WHERE +kind = '${kind}' AND +retracted_at IS NULL AND id IN ${ACTORS})`;
  return [
    sql(
      `UPDATE actors SET
         mention_count = mention_count ${sign} (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = actors.id AND m.article_id = ?1 AND m.retracted_at IS NULL),
         article_count = article_count ${sign} (SELECT COUNT(*) FROM actor_articles l WHERE l.actor_id = actors.id AND l.article_id = ?1 AND l.retracted_at IS NULL)
       WHERE id IN ${ACTORS}`,
      t.articleId, a,
    ),
    sql(
      `UPDATE topics SET article_count = article_count ${sign}
         (SELECT COUNT(*) FROM topic_articles l WHERE l.topic_id = topics.id AND l.article_id = ?1 AND l.retracted_at IS NULL)
       WHERE id IN ${TOPICS}`,
      t.articleId, tp,
    ),
    sql(
      `UPDATE store_meta SET
         articles = articles ${sign} (SELECT COUNT(*) FROM articles WHERE id = ?1 AND retracted_at IS NULL),
         people = people ${sign} ${liveOfKind('person')},
         organizations = organizations ${sign} ${liveOfKind('organization')},
         places = places ${sign} ${liveOfKind('place')}
       WHERE id = 1`,
      t.articleId, a,
    ),
    sql(`UPDATE store_meta SET quotes = quotes ${sign} (SELECT COUNT(*) FROM quotes WHERE retracted_at IS NULL AND id IN ${QUOTES}) WHERE id = 1`, t.articleId, q),
  ];
}

/** Run first in the write's batch. */
export function countBefore(t: Touched): Statement[] {
  return counters('-', t);
}

/**
 * Run last: quotes and actors left with no live support are retracted (visibly: the row stays, with a date and a
 * note), the ones that gained support come back, then the counters add the new state.
 */
export function settleAndCountAfter(t: Touched, now: string, note: string, writer: string): Statement[] {
  const q = jsonList(t.quotes);
  const liveSource = 'EXISTS (SELECT 1 FROM quote_sources s WHERE s.quote_id = quotes.id AND s.retracted_at IS NULL)';
  const [actorCounts, topicCounts, ...metaCounts] = counters('+', t);
  return [
    sql(
      `UPDATE quotes SET
         corroboration = COALESCE(NULLIF((SELECT COUNT(DISTINCT outlet_key) FROM quote_sources s WHERE s.quote_id = quotes.id AND s.retracted_at IS NULL), 0), corroboration),
         retracted_at = CASE WHEN ${liveSource} THEN NULL ELSE COALESCE(retracted_at, ?3) END,
         retraction_note = CASE WHEN ${liveSource} THEN NULL ELSE COALESCE(retraction_note, ?4) END
       WHERE id IN ${QUOTES}`,
      t.articleId, q, now, note,
    ),
    ...(['figure', 'event'] as const).map((fact) => settleFact(fact, t, now, note)),
    sql(
      `UPDATE quotes SET conflict = EXISTS (SELECT 1 FROM quote_conflicts c JOIN quotes o ON o.id = c.other_id WHERE c.quote_id = quotes.id AND o.retracted_at IS NULL)
       WHERE id IN ${QUOTES} OR id IN (SELECT other_id FROM quote_conflicts WHERE quote_id IN ${QUOTES})`,
      t.articleId, q,
    ),
    actorCounts!,
    sql(
      `UPDATE actors SET
         retracted_at = CASE WHEN article_count > 0 THEN NULL ELSE COALESCE(retracted_at, ?3) END,
         retraction_note = CASE WHEN article_count > 0 THEN NULL ELSE COALESCE(retraction_note, ?4) END
       WHERE id IN ${ACTORS}`,
      t.articleId, jsonList(t.actors), now, note,
    ),
    topicCounts!,
    sql(
      `UPDATE topics SET actor_count = actor_count + (SELECT COUNT(*) FROM topic_actors l WHERE l.topic_id = topics.id AND l.created_by = ?2)
       WHERE id IN (SELECT value FROM json_each(?1))`,
      jsonList(t.topics), writer,
    ),
    ...metaCounts,
    sql('UPDATE store_meta SET version = version + 1, generated_at = ? WHERE id = 1', now),
  ];
}


/** A figure or event with no live source left is retracted (kept, dated); its corroboration counts live outlets. */
function settleFact(fact: 'figure' | 'event', t: Touched, now: string, note: string): Statement {
  const table = `${fact}s`;
  const sources = `${fact}_sources`;
  const live = `EXISTS (SELECT 1 FROM ${sources} s WHERE s.${fact}_id = ${table}.id AND s.retracted_at IS NULL)`;
  return sql(
    `UPDATE ${table} SET
       corroboration = COALESCE(NULLIF((SELECT COUNT(DISTINCT outlet_key) FROM ${sources} s WHERE s.${fact}_id = ${table}.id AND s.retracted_at IS NULL), 0), corroboration),
       retracted_at = CASE WHEN ${live} THEN NULL ELSE COALESCE(retracted_at, ?3) END,
       retraction_note = CASE WHEN ${live} THEN NULL ELSE COALESCE(retraction_note, ?4) END
     WHERE id IN (SELECT ${fact}_id FROM ${sources} WHERE article_id = ?1 UNION SELECT value FROM json_each(?2))`,
    t.articleId, jsonList(fact === 'figure' ? t.figures : t.events), now, note,
  );
}
