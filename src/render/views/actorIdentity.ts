// Who an actor is: roles with their sources, spellings seen across outlets, and why spellings were merged.

import type { Actor, Merge, Role } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { evidenceUrl } from '../urls';
import { articleList, articleRef, articleSetOf, evidenceRef, outletOf, plural, type ArticleRef, type EvidenceRef } from './shared';

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

export const SPELLING_LIMIT = 12;
/** Mentions read for spellings: the counts are of the first this many (enough to rank the ways a name is written). */
export const MENTIONS_READ = 200;
const OUTLETS_NAMED = 4;

function roleArticles(role: Role): Set<string> {
  return new Set([...role.articles, ...role.evidence.map((span) => span.article)]);
}

/** Best-supported roles first: stated in more articles. */
export function rankRoles(roles: Role[]): Role[] {
  const support = new Map(roles.map((role) => [role, roleArticles(role).size]));
  return [...roles].sort((a, b) => support.get(b)! - support.get(a)!);
}

export function roleView(index: KbIndex, role: Role): RoleView {
  const sources = articleList(index, articleSetOf(index, roleArticles(role)));
  return {
    title: role.title,
    sources: sources.head(ROLE_SOURCE_LIMIT).map((id) => {
      const source = articleRef(index, id);
      const span = role.evidence.find((evidence) => evidence.article === id);
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

/** Spellings read from the mention spans themselves, most used first. */
export function spellingViews(index: KbIndex, actor: Actor): SpellingView[] {
  const merged = new Set(actor.merges.map((merge) => merge.from.toLowerCase()));
  const seen = new Map<string, { count: number; outlets: Set<string>; first: (typeof actor.mentions)[number] }>();
  const read = Math.min(actor.mentions.length, MENTIONS_READ);
  const sampled = read < actor.mentions.length;
  for (let i = 0; i < read; i++) {
    const mention = actor.mentions[i]!;
    const article = index.articles.get(mention.article);
    const raw = article?.text.slice(mention.start, mention.end);
    const spelling = raw && /\s\s|[\n\t]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
    if (!spelling) continue;
    const entry = seen.get(spelling);
    if (entry) {
      entry.count++;
      entry.outlets.add(outletOf(article));
    } else {
      seen.set(spelling, { count: 1, outlets: new Set([outletOf(article)]), first: mention });
    }
  }
  return [...seen]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, SPELLING_LIMIT)
    .map(([spelling, { count, outlets, first }]) => {
      const names = [...outlets].sort();
      const shown = names.slice(0, OUTLETS_NAMED).join(', ');
      return {
        spelling,
        count,
        countLabel: sampled ? `${count} of the first ${read} mentions` : plural(count, 'time'),
        outlets: names,
        outletsText: names.length > OUTLETS_NAMED ? `${shown} and ${names.length - OUTLETS_NAMED} more` : shown,
        evidenceUrl: evidenceUrl(first),
        merged: merged.has(spelling.toLowerCase()),
      };
    });
}
