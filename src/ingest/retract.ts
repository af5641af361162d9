// Withdrawing an article's facts: every row the article supports is marked retracted (kept, with the date), never
// deleted, so sheets can list what was withdrawn. settleAndCountAfter then retracts the quotes and actors that had
// no other support, and facts also supported by other articles simply lose this source.

import { sql, type Statement } from '../store/sql/statement';

/** Tables whose rows are facts stated in one article. */
const EVIDENCE_TABLES = [
  'mentions', 'role_support', 'merges', 'quote_sources', 'topic_sentences', 'actor_articles', 'topic_articles',
  'date_facts', 'figure_sources', 'event_sources',
];

export function retractEvidence(articleId: string, now: string): Statement[] {
  return EVIDENCE_TABLES.map((t) => sql(`UPDATE ${t} SET retracted_at = ? WHERE article_id = ? AND retracted_at IS NULL`, now, articleId));
}

export function retractArticle(articleId: string, now: string, note: string): Statement {
  return sql('UPDATE articles SET retracted_at = ?, retraction_note = ? WHERE id = ?', now, note, articleId);
}

/** The next revision number; the primary key makes two concurrent changes to one article collide, so one fails. */
export function recordRevision(articleId: string, revision: number, action: 'ingest' | 'replace' | 'retract', now: string): Statement {
  return sql('INSERT INTO article_revisions (article_id, revision, action, at) VALUES (?, ?, ?, ?)', articleId, revision, action, now);
}
