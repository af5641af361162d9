// Who an actor is: roles with their sources, spellings seen across outlets, and why spellings were merged.

import { MENTIONS_READ } from '../../kb/sheetFacts';
import type { Actor, Merge, Role, Span } from '../../kb/types';
import type { ArticleSet } from '../articleSet';
import type { KbIndex } from '../kbIndex';
import { evidenceUrl } from '../urls';
import { articleList, articleRef, evidenceRef, plural, type ArticleRef, type EvidenceRef } from './shared';

/** One article stating a role: links to the statement itself when its span is known. */
export interface RoleSourceView extends ArticleRef {
  evidenceUrl: string;
}

export interface RoleView {
  title: string;
  /** The first few articles stating the role; `moreSources` counts the rest. */
  sources: RoleSourceView[];
  sourceCount: number;
  moreSources: number;
  evidence: EvidenceRef[];
}

/** A role lists this many sources on a sheet; its entry in the roles JSON list has the same. */
export const ROLE_SOURCE_LIMIT = 5;

export interface MergeView {
  from: string;
  into: string;
  reason: string;
  evidence: EvidenceRef[];
}

/** A way the name was written, and which outlets wrote it so. */
export interface SpellingView {
  spelling: string;
  count: number;
  countLabel: string;
  outlets: string[];
  outletsText: string;
  /** The first place it was written so. */
  evidenceUrl: string;
  /** True when this spelling was folded into the actor by a merge (its reason is listed). */
  merged: boolean;
}

const OUTLETS_NAMED = 4;

/** The articles stating a role (its own list and its evidence), as a set over the index's articles. */
function roleArticles(index: KbIndex, role: Role): ArticleSet {
  const set = index.articleSet();
  for (const id of role.articles) {
    const rank = index.articleRank.get(id);
    if (rank !== undefined) set.add(rank);
  }
  // evidence comes grouped by article: one lookup per run of one article
  let last: string | null = null;
  for (const span of role.evidence) {
    if (span.article === last) continue;
    last = span.article;
    const rank = index.articleRank.get(span.article);
    if (rank !== undefined) set.add(rank);
  }
  return set;
}

export function roleView(index: KbIndex, role: Role): RoleView {
  const sources = articleList(index, roleArticles(index, role));
  const shown = sources.head(ROLE_SOURCE_LIMIT);
  // the first evidence in each article shown, in one pass over the evidence
  const firstEvidence = new Map<string, Span | null>(shown.map((id) => [id, null]));
  for (const span of role.evidence) if (firstEvidence.get(span.article) === null) firstEvidence.set(span.article, span);
  return {
    title: role.title,
    sources: shown.map((id) => {
      const source = articleRef(index, id);
      const span = firstEvidence.get(id);
      return { ...source, evidenceUrl: span ? evidenceUrl(span) : source.sourceUrl };
    }),
    sourceCount: sources.total,
    moreSources: Math.max(0, sources.total - ROLE_SOURCE_LIMIT),
    evidence: role.evidence.slice(0, ROLE_SOURCE_LIMIT).map((span) => evidenceRef(index, span)),
  };
}

export function mergeView(index: KbIndex, merge: Merge): MergeView {
  return {
    from: merge.from,
    into: merge.into,
    reason: merge.reason,
    evidence: merge.evidence.slice(0, ROLE_SOURCE_LIMIT).map((span) => evidenceRef(index, span)),
  };
}

/** The ways the name is written, most used first, as the knowledge base counted them over the first mentions. */
export function spellingViews(index: KbIndex, actor: Actor): SpellingView[] {
  const read = Math.min(actor.mentions.length, MENTIONS_READ);
  const sampled = read < actor.mentions.length;
  return index.actorFacts(actor).spellings.map(({ spelling, count, outlets, first, merged }) => {
    const shown = outlets.slice(0, OUTLETS_NAMED).join(', ');
    return {
      spelling,
      count,
      countLabel: sampled ? `${count} of the first ${read} mentions` : plural(count, 'time'),
      outlets,
      outletsText: outlets.length > OUTLETS_NAMED ? `${shown} and ${outlets.length - OUTLETS_NAMED} more` : shown,
      evidenceUrl: evidenceUrl(first),
      merged,
    };
  });
}
