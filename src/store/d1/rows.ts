// Row shapes read back from D1, and how they become knowledge-base objects again.

import type { Actor, ActorKind, Article, Merge, Quote, QuoteKind, Role, Span, Topic } from '../../kb/types';

export interface MetaRow {
  version: number;
  generated_at: string;
  articles: number;
  quotes: number;
  topics: number;
  people: number;
  organizations: number;
  places: number;
  story_facts: number;
}

export interface ArticleRow {
  seq: number;
  id: string;
  file: string;
  files: string;
  title: string | null;
  date: string | null;
  source: string | null;
  source_evidence: Article['sourceEvidence'];
  url: string | null;
  text: string;
  word_count: number;
  sentence_starts?: string | null;
  retracted_at: string | null;
  retraction_note: string | null;
}

export interface ActorRow {
  seq: number;
  id: string;
  kind: ActorKind;
  name: string;
  gender: Actor['gender'];
  mention_count: number;
  article_count: number;
  retracted_at: string | null;
  retraction_note: string | null;
}

export interface AliasRow {
  actor_id: string;
  alias: string;
}

export interface SpanRow {
  id: number;
  article_id: string;
  span_start: number;
  span_end: number;
}

export interface MentionRow extends SpanRow {
  actor_id: string;
}

export interface RoleSupportRow {
  id: number;
  role_id: number;
  actor_id: string;
  title: string;
  article_id: string;
  span_start: number | null;
  span_end: number | null;
}

export interface MergeRow {
  id: number;
  actor_id: string;
  from_name: string;
  into_name: string;
  reason: string;
  evidence: string;
}

export interface QuoteRow {
  seq: number;
  id: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speaker_label: string | null;
  corroboration: number;
  conflict: number;
}

export interface QuoteSourceRow extends SpanRow {
  quote_id: string;
  speaker: string | null;
  speaker_label: string | null;
  cue_start: number | null;
  cue_end: number | null;
  date: string | null;
}

export interface ConflictRow {
  quote_id: string;
  other_id: string;
}

export interface TopicRow {
  seq: number;
  id: string;
  title: string;
  terms: string;
  summary: string | null;
  curated: number;
  article_count: number;
  actor_count: number;
}

export interface TopicLinkRow {
  topic_id: string;
  ref_id: string;
}

export interface TopicSentenceRow extends SpanRow {
  topic_id: string;
}

export const span = (r: SpanRow): Span => ({ article: r.article_id, start: r.span_start, end: r.span_end });

export function toArticle(r: ArticleRow): Article {
  return {
    id: r.id, file: r.file, files: JSON.parse(r.files) as string[], title: r.title, date: r.date, source: r.source,
    sourceEvidence: r.source_evidence, url: r.url, text: r.text, wordCount: r.word_count,
    ...(r.sentence_starts ? { sentenceStarts: JSON.parse(r.sentence_starts) as number[] } : {}),
  };
}

export function toActor(r: ActorRow, aliases: string[], mentions: Span[], roles: Role[], merges: Merge[]): Actor {
  return { id: r.id, kind: r.kind, name: r.name, aliases, roles, mentions, merges, gender: r.gender };
}

/** Role support rows (in id order) → roles in KB order: article-only rows list articles, the rest are evidence. */
export function toRoles(rows: RoleSupportRow[]): Role[] {
  const byRole = new Map<number, Role>();
  for (const r of [...rows].sort((a, b) => a.role_id - b.role_id || a.id - b.id)) {
    let role = byRole.get(r.role_id);
    if (!role) byRole.set(r.role_id, (role = { title: r.title, articles: [], evidence: [] }));
    if (r.span_start === null || r.span_end === null) role.articles.push(r.article_id);
    else role.evidence.push({ article: r.article_id, start: r.span_start, end: r.span_end });
  }
  return [...byRole.values()];
}

export function toMerge(r: MergeRow): Merge {
  return { from: r.from_name, into: r.into_name, reason: r.reason, evidence: JSON.parse(r.evidence) as Span[] };
}

export function toQuote(r: QuoteRow, sources: QuoteSourceRow[], conflictsWith: string[]): Quote {
  return {
    id: r.id, text: r.text, kind: r.kind, speaker: r.speaker, speakerLabel: r.speaker_label,
    sources: sources.map((s) => ({
      ...span(s), speaker: s.speaker, speakerLabel: s.speaker_label,
      cue: s.cue_start === null || s.cue_end === null ? null : { start: s.cue_start, end: s.cue_end }, date: s.date,
    })),
    corroboration: r.corroboration, conflict: r.conflict === 1, conflictsWith,
  };
}

export function toTopic(r: TopicRow, lists: Pick<Topic, 'articles' | 'actors' | 'quotes' | 'sentences'>): Topic {
  return { id: r.id, title: r.title, terms: JSON.parse(r.terms) as string[], summary: r.summary, curated: r.curated === 1, ...lists };
}
