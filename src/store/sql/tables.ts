// The columns each D1 table is written with, in one place, so bulk loading and ingest write rows the same way.

export const COLUMNS = {
  articles: ['id', 'file', 'files', 'title', 'date', 'source', 'source_evidence', 'url', 'text', 'word_count', 'content_key', 'sort_key', 'sentence_starts'],
  actors: ['id', 'kind', 'name', 'name_key', 'gender', 'mention_count', 'article_count'],
  actor_aliases: ['actor_id', 'alias'],
  person_keys: ['key', 'actor_id'],
  search_terms: ['prefix', 'kind', 'ref_id'],
  actor_articles: ['actor_id', 'article_id', 'sort_key'],
  mentions: ['actor_id', 'article_id', 'span_start', 'span_end'],
  roles: ['id', 'actor_id', 'title_key', 'title'],
  role_support: ['role_id', 'article_id', 'span_start', 'span_end'],
  merges: ['actor_id', 'from_name', 'into_name', 'reason', 'evidence', 'article_id'],
  quotes: ['id', 'text', 'kind', 'speaker', 'speaker_label', 'corroboration', 'conflict', 'match_key'],
  quote_sources: ['quote_id', 'article_id', 'span_start', 'span_end', 'speaker', 'speaker_label', 'cue_start', 'cue_end', 'date', 'outlet_key'],
  quote_conflicts: ['quote_id', 'other_id'],
  quote_shingles: ['shingle', 'quote_id'],
  topics: ['id', 'title', 'terms', 'summary', 'curated', 'article_count', 'actor_count'],
  topic_articles: ['topic_id', 'article_id', 'sort_key'],
  topic_actors: ['topic_id', 'actor_id', 'created_by'],
  topic_quotes: ['topic_id', 'quote_id'],
  topic_sentences: ['topic_id', 'article_id', 'span_start', 'span_end'],
  date_facts: ['article_id', 'span_start', 'span_end', 'phrase', 'resolved', 'precision', 'modifier'],
  figures: ['id', 'value', 'unit', 'counts', 'describes', 'qualifiers', 'key', 'corroboration'],
  figure_sources: ['figure_id', 'article_id', 'span_start', 'span_end', 'phrase', 'qualifier', 'speaker', 'date', 'outlet_key'],
  figure_conflicts: ['figure_id', 'other_id'],
  events: ['id', 'kind', 'date', 'date_precision', 'status', 'participants', 'place', 'description', 'corroboration', 'match_key'],
  event_sources: ['event_id', 'article_id', 'span_start', 'span_end', 'trigger_start', 'trigger_end', 'date_evidence_start', 'date_evidence_end', 'date', 'outlet_key'],
} as const;

export type TableName = keyof typeof COLUMNS;

/** Every table holding facts, children before parents, so clearing them in this order is safe. */
export const FACT_TABLES: TableName[] = [
  'event_sources', 'events', 'figure_conflicts', 'figure_sources', 'figures', 'date_facts',
  'topic_sentences', 'topic_quotes', 'topic_actors', 'topic_articles', 'topics',
  'quote_shingles', 'quote_conflicts', 'quote_sources', 'quotes',
  'merges', 'role_support', 'roles', 'mentions', 'actor_articles', 'search_terms', 'person_keys', 'actor_aliases', 'actors',
  'articles',
];
