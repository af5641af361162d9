// Actor sheet view model: who an actor is, what they said, and where each fact came from.

import type { Actor, ActorKind, Role } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl } from '../urls';
import {
  articleRefs,
  compareQuotes,
  evidenceRef,
  plural,
  quoteView,
  type ArticleRef,
  type EvidenceRef,
  type QuoteView,
} from './shared';

/** One article stating a role: links to the statement itself when its span is known. */
export interface RoleSourceView extends ArticleRef {
  evidenceUrl: string;
}

export interface RoleView {
  title: string;
  sources: RoleSourceView[];
  evidence: EvidenceRef[];
}

export interface MergeView {
  from: string;
  into: string;
  reason: string;
  evidence: EvidenceRef[];
}

export interface RelatedActorView {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  pageUrl: string;
  sharedArticles: number;
  sharedLabel: string;
}

export interface ActorSheet {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  pageUrl: string;
  markdownUrl: string;
  jsonUrl: string;
  aliases: string[];
  roles: RoleView[];
  merges: MergeView[];
  /** Direct and partial quotes, best-backed first. */
  keyQuotes: QuoteView[];
  /** Indirect (reported) speech. */
  statements: QuoteView[];
  mentionCount: number;
  articleCount: number;
  /** "mentioned 12 times in 3 articles" */
  mentionsLabel: string;
  related: RelatedActorView[];
  sources: ArticleRef[];
}

export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
};

/** Actors that share articles with this one, most shared first. */
function relatedActors(index: KbIndex, actor: Actor): RelatedActorView[] {
  const shared = new Map<string, number>();
  for (const articleId of index.articlesByActor.get(actor.id) ?? []) {
    for (const other of index.actorsByArticle.get(articleId) ?? []) {
      if (other !== actor.id) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  return [...shared]
    .flatMap(([id, count]) => {
      const other = index.actors.get(id);
      if (!other) return [];
      const kindLabel = KIND_LABELS[other.kind];
      return [{ id, name: other.name, kind: other.kind, kindLabel, pageUrl: actorUrl(id), sharedArticles: count, sharedLabel: plural(count, 'article') }];
    })
    .sort((a, b) => b.sharedArticles - a.sharedArticles || a.name.localeCompare(b.name));
}

function roleView(index: KbIndex, role: Role): RoleView {
  const sources = articleRefs(index, [...role.articles, ...role.evidence.map((span) => span.article)]);
  return {
    title: role.title,
    sources: sources.map((source) => {
      const span = role.evidence.find((evidence) => evidence.article === source.id);
      return { ...source, evidenceUrl: span ? evidenceUrl(span) : source.sourceUrl };
    }),
    evidence: role.evidence.map((span) => evidenceRef(index, span)),
  };
}

export function buildActorSheet(index: KbIndex, actor: Actor): ActorSheet {
  const quotes = (index.quotesBySpeaker.get(actor.id) ?? []).map((quote) => quoteView(index, quote)).sort(compareQuotes);
  const articleIds = index.articlesByActor.get(actor.id) ?? new Set<string>();
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    kindLabel: KIND_LABELS[actor.kind],
    pageUrl: actorUrl(actor.id),
    markdownUrl: actorUrl(actor.id, '.md'),
    jsonUrl: actorUrl(actor.id, '.json'),
    aliases: actor.aliases.filter((alias) => alias !== actor.name),
    roles: actor.roles.map((role) => roleView(index, role)),
    merges: actor.merges.map((merge) => ({
      from: merge.from,
      into: merge.into,
      reason: merge.reason,
      evidence: merge.evidence.map((span) => evidenceRef(index, span)),
    })),
    keyQuotes: quotes.filter((quote) => quote.kind !== 'indirect'),
    statements: quotes.filter((quote) => quote.kind === 'indirect'),
    mentionCount: actor.mentions.length,
    articleCount: articleIds.size,
    mentionsLabel: `mentioned ${plural(actor.mentions.length, 'time')} in ${plural(articleIds.size, 'article')}`,
    related: relatedActors(index, actor),
    sources: articleRefs(index, articleIds),
  };
}
