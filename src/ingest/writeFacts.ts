// The statements that write one article's facts into D1, with its actors and quotes already resolved against what
// is stored. Idempotent where two concurrent writes can meet: actors, aliases, keys and links are upserts.

import type { KnowledgeBase, Merge, Span } from '../kb/types';
import { nameKey, personKeys, quoteMatchKey, quoteShingles, titleKey } from '../store/factKeys';
import { outletKey, searchPrefixes, sortKey } from '../store/keys';
import { actorArticleIds, contentKeyOf } from '../store/sql/kbRows';
import { insertRows, sql, type SqlValue, type Statement } from '../store/sql/statement';
import type { ResolvedActor } from './resolveActors';
import type { QuoteDecision } from './resolveQuotes';

export interface FactsToWrite {
  kb: KnowledgeBase;
  actors: Map<string, ResolvedActor>;
  /** Aligned with kb.quotes; their speakers already mapped to stored ids. */
  decisions: QuoteDecision[];
  mode: 'post' | 'put';
  writer: string;
}

const IGNORE = 'ON CONFLICT DO NOTHING';

function articleStatement(f: FactsToWrite): Statement {
  const a = f.kb.articles[0]!;
  const values: SqlValue[] = [a.file, JSON.stringify(a.files), a.title, a.date, a.source, a.sourceEvidence, a.url, a.text, a.wordCount, contentKeyOf(a.id, a.text), sortKey(a.date, a.title),
    a.sentenceStarts ? JSON.stringify(a.sentenceStarts) : null];
  if (f.mode === 'post') {
    return sql(`INSERT INTO articles (id, file, files, title, date, source, source_evidence, url, text, word_count, content_key, sort_key, sentence_starts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, a.id, ...values);
  }
  return sql(`UPDATE articles SET file = ?, files = ?, title = ?, date = ?, source = ?, source_evidence = ?, url = ?, text = ?, word_count = ?,
              content_key = ?, sort_key = ?, sentence_starts = ?, retracted_at = NULL, retraction_note = NULL WHERE id = ?`, ...values, a.id);
}

/** Merges as the stored actor shows them: into its stored name, and the cross-article join with its reason. */
export function mergesToWrite(f: FactsToWrite): Array<Merge & { actor: string }> {
  const out: Array<Merge & { actor: string }> = [];
  for (const a of f.kb.actors) {
    const r = f.actors.get(a.id)!;
    for (const m of a.merges) if (m.from !== r.name) out.push({ ...m, into: r.name, actor: r.id });
    const first = a.mentions[0];
    if (r.existing && r.reason && first && a.name !== r.name) {
      out.push({ from: a.name, into: r.name, reason: r.reason, evidence: [first], actor: r.id });
    }
  }
  return out;
}

export function writeFacts(f: FactsToWrite): Statement[] {
  const article = f.kb.articles[0]!;
  const sort = sortKey(article.date, article.title);
  const out: Statement[] = [articleStatement(f)];
  const rows = (table: string, columns: string[], values: SqlValue[][], suffix = '') => out.push(...insertRows(table, columns, values, suffix));
  const spans = (s: Span) => [s.article, s.start, s.end];

  const spoken = new Map<string, string[]>();
  for (const d of f.decisions) if (d.quote.speaker) spoken.set(d.quote.speaker, d.quote.sources.map((s) => s.article));
  const linked = new Set<string>();
  const newActors: SqlValue[][] = [];
  const aliases: SqlValue[][] = [];
  const keys: SqlValue[][] = [];
  const prefixes: SqlValue[][] = [];
  const mentions: SqlValue[][] = [];
  for (const a of f.kb.actors) {
    const r = f.actors.get(a.id)!;
    if (!r.existing) newActors.push([r.id, a.kind, r.name, nameKey(a.kind, r.name), a.gender, 0, 0]);
    const names = [...new Set([a.name, ...a.aliases])].filter((n) => n !== r.name);
    for (const n of names) aliases.push([r.id, n]);
    if (a.kind === 'person') for (const k of personKeys([a.name, ...a.aliases])) keys.push([k, r.id]);
    for (const p of searchPrefixes(r.id, r.name, ...names)) prefixes.push([p, 'actor', r.id]);
    if (actorArticleIds(a, []).size > 0) linked.add(r.id);
    for (const m of a.mentions) mentions.push([r.id, ...spans(m)]);
  }
  for (const speaker of spoken.keys()) linked.add(speaker);
  rows('actors', ['id', 'kind', 'name', 'name_key', 'gender', 'mention_count', 'article_count'], newActors, 'ON CONFLICT(id) DO NOTHING');
  rows('actor_aliases', ['actor_id', 'alias'], aliases, IGNORE);
  rows('person_keys', ['key', 'actor_id'], keys, IGNORE);
  rows('search_terms', ['prefix', 'kind', 'ref_id'], prefixes, IGNORE);
  rows('actor_articles', ['actor_id', 'article_id', 'sort_key'], [...linked].map((id) => [id, article.id, sort]),
    'ON CONFLICT(actor_id, article_id) DO UPDATE SET retracted_at = NULL, sort_key = excluded.sort_key');
  rows('mentions', ['actor_id', 'article_id', 'span_start', 'span_end'], mentions);

  for (const a of f.kb.actors) {
    const r = f.actors.get(a.id)!;
    for (const role of a.roles) {
      const key = titleKey(role.title);
      out.push(sql('INSERT INTO roles (actor_id, title_key, title) VALUES (?, ?, ?) ON CONFLICT(actor_id, title_key) DO NOTHING', r.id, key, role.title));
      const support = [...role.articles.map((id) => [id, null, null]), ...role.evidence.map((e) => [e.article, e.start, e.end])];
      for (const [id, start, end] of support) {
        out.push(sql('INSERT INTO role_support (role_id, article_id, span_start, span_end) SELECT id, ?, ?, ? FROM roles WHERE actor_id = ? AND title_key = ?',
          id as string, start as number | null, end as number | null, r.id, key));
      }
    }
  }
  rows('merges', ['actor_id', 'from_name', 'into_name', 'reason', 'evidence', 'article_id'],
    mergesToWrite(f).map((m) => [m.actor, m.from, m.into, m.reason, JSON.stringify(m.evidence), m.evidence[0]?.article ?? article.id]));

  const outlet = outletKey(article.source, article.id);
  for (const d of f.decisions) {
    const q = d.quote;
    const id = d.action === 'add' ? d.id : d.into;
    if (d.action === 'add') {
      out.push(sql(`INSERT INTO quotes (id, text, kind, speaker, speaker_label, corroboration, conflict, match_key) VALUES (?, ?, ?, ?, ?, 1, ?, ?) ON CONFLICT(id) DO NOTHING`,
        id, q.text, q.kind, q.speaker, q.speakerLabel, d.conflictsWith.length ? 1 : 0, quoteMatchKey(q.text, q.kind, q.speaker)));
      rows('quote_shingles', ['shingle', 'quote_id'], quoteShingles(q.text, q.kind).map((s) => [s, id]), IGNORE);
      rows('quote_conflicts', ['quote_id', 'other_id'], d.conflictsWith.flatMap((other) => [[id, other], [other, id]]), IGNORE);
    }
    rows('quote_sources', ['quote_id', 'article_id', 'span_start', 'span_end', 'speaker', 'speaker_label', 'cue_start', 'cue_end', 'date', 'outlet_key'],
      q.sources.map((s) => [id, ...spans(s), s.speaker, s.speakerLabel, s.cue?.start ?? null, s.cue?.end ?? null, s.date, outlet]));
  }

  const quoteIds = new Map(f.kb.quotes.map((q, i) => {
    const d = f.decisions[i]!;
    return [q.id, d.action === 'add' ? d.id : d.into];
  }));
  for (const t of f.kb.topics) {
    rows('topic_articles', ['topic_id', 'article_id', 'sort_key'], [[t.id, article.id, sort]],
      'ON CONFLICT(topic_id, article_id) DO UPDATE SET retracted_at = NULL, sort_key = excluded.sort_key');
    rows('topic_actors', ['topic_id', 'actor_id', 'created_by'], t.actors.map((a) => [t.id, f.actors.get(a)?.id ?? a, f.writer]), IGNORE);
    rows('topic_quotes', ['topic_id', 'quote_id'], t.quotes.map((q) => [t.id, quoteIds.get(q) ?? q]), IGNORE);
    rows('topic_sentences', ['topic_id', 'article_id', 'span_start', 'span_end'], t.sentences.map((s) => [t.id, ...spans(s)]));
  }
  return out;
}
