// What was withdrawn from a sheet: quotes, roles and sources retracted with an article, read through partial
// indexes on `retracted_at IS NOT NULL` (named, so SQLite cannot walk the live rows instead) so the cost does not
// grow with the actor's live facts.

import { sourceUrl } from '../../render/urls';
import { sql } from '../sql/statement';
import type { RetractedFact } from '../types';

export const WITHDRAWN_LIMIT = 20;

interface WithdrawnRow {
  kind: RetractedFact['kind'];
  text: string;
  retracted_at: string;
  note: string | null;
  article_id: string | null;
}

export function actorWithdrawnStatement(actorId: string) {
  return sql(
    `SELECT * FROM (
       SELECT 'quote' AS kind, q.text AS text, q.retracted_at, q.retraction_note AS note, NULL AS article_id
         FROM quotes q INDEXED BY quotes_withdrawn WHERE q.speaker = ?1 AND q.retracted_at IS NOT NULL
       UNION ALL
       SELECT 'source', COALESCE(a.title, a.file), aa.retracted_at,
              COALESCE(a.retraction_note, 'the corrected version of this article no longer supports it'), a.id
         FROM actor_articles aa INDEXED BY actor_articles_withdrawn JOIN articles a ON a.id = aa.article_id WHERE aa.actor_id = ?1 AND aa.retracted_at IS NOT NULL
       UNION ALL
       SELECT 'role', r.title, MAX(s.retracted_at), 'every article stating it was withdrawn or corrected', NULL
         FROM roles r JOIN role_support s INDEXED BY role_support_withdrawn ON s.role_id = r.id
        WHERE r.actor_id = ?1 AND s.retracted_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM role_support l WHERE l.role_id = r.id AND l.retracted_at IS NULL)
        GROUP BY r.id
     ) ORDER BY retracted_at DESC, kind, text LIMIT ${WITHDRAWN_LIMIT}`,
    actorId,
  );
}

export function topicWithdrawnStatement(topicId: string) {
  return sql(
    `SELECT 'source' AS kind, COALESCE(a.title, a.file) AS text, ta.retracted_at,
            COALESCE(a.retraction_note, 'the corrected version of this article no longer supports it') AS note, a.id AS article_id
       FROM topic_articles ta INDEXED BY topic_articles_withdrawn JOIN articles a ON a.id = ta.article_id
      WHERE ta.topic_id = ? AND ta.retracted_at IS NOT NULL
      ORDER BY ta.retracted_at DESC, text LIMIT ${WITHDRAWN_LIMIT}`,
    topicId,
  );
}

export function toRetractedFacts(rows: WithdrawnRow[]): RetractedFact[] {
  return rows.map((r) => ({
    kind: r.kind,
    text: r.text,
    sourceUrl: r.article_id ? sourceUrl(r.article_id) : null,
    retractedAt: r.retracted_at,
    note: r.note ?? 'retracted',
  }));
}

export type { WithdrawnRow };
