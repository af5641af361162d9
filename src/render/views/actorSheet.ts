// Actor sheet view model: who an actor is, what they said and did, with whom, and where each fact came from.

import type { Actor, ActorKind } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, embedUrl } from '../urls';
import { actorChart } from './actorActivity';
import { ACTOR_LIST_PATH_OF, actorListViews, actorLists, type ActorListName, type ActorLists } from './actorLists';
import { spellingViews, type MergeView, type RoleView, type SpellingView } from './actorIdentity';
import type { FigureConflictView, FigureView, QuoteConflictView } from './conflicts';
import { listLink, type ListLink } from './lists';
import { storyFigureFacts } from './storyFacts';
import type { RelatedActorView, RelatedTopicView } from './relatedActors';
import { KIND_LABELS, plural, type ArticleRef, type QuoteView } from './shared';
import type { ChartView, TimelineEntry } from './timeline';

export { KIND_LABELS } from './shared';
export { ACTOR_LIST_PATHS, actorListViews, actorLists, type ActorListName, type ActorLists } from './actorLists';
export type { MergeView, RoleView, RoleSourceView, SpellingView } from './actorIdentity';
export type { RelatedActorView, RelatedTopicView } from './relatedActors';

/**
 * How many items each section shows, so a sheet's markdown stays a few KB however much the news says about the actor;
 * the rest is one link away as paginated JSON.
 */
export const ACTOR_LIMITS = {
  roles: 3, merges: 3, keyQuotes: 6, statements: 2, timeline: 6, related: 6, topics: 5, conflicts: 2, sources: 6, figures: 4, figureConflicts: 2,
};

export interface ActorSummary {
  articleCount: number;
  /** Distinct named outlets; articles with no outlet named are counted apart. */
  outletCount: number;
  unnamedOutletArticles: number;
  quoteCount: number;
  statementCount: number;
  topTopics: { title: string; pageUrl: string }[];
  from: string | null;
  to: string | null;
  /** "5 articles from 2 outlets (3 more with no outlet named) · 12 quotes · 3 reported statements · 2021-12-23 to 2021-12-31" */
  line: string;
}

export interface ActorSheet {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  pageUrl: string;
  markdownUrl: string;
  jsonUrl: string;
  embedUrl: string;
  aliases: string[];
  roles: RoleView[];
  merges: MergeView[];
  spellings: SpellingView[];
  summary: ActorSummary;
  mentionCount: number;
  articleCount: number;
  /** "mentioned 12 times in 3 articles" */
  mentionsLabel: string;
  /** Direct and partial quotes, best-backed first. */
  keyQuotes: QuoteView[];
  /** Indirect (reported) speech. */
  statements: QuoteView[];
  timeline: TimelineEntry[];
  chart: ChartView;
  /** Figures in the actor's own words. */
  figures: FigureView[];
  related: RelatedActorView[];
  relatedTopics: RelatedTopicView[];
  /** The same words attributed to someone else by another outlet. */
  conflicts: QuoteConflictView[];
  /** Figures in the actor's quotes that disagree with each other. */
  figureConflicts: FigureConflictView[];
  sources: ArticleRef[];
  /** Date of the newest article on the sheet. */
  lastUpdated: string | null;
  /** Each capped section: how many there are and where the full paginated list is. */
  lists: Record<ActorListName, ListLink>;
}

/** Counts and the date span over all the actor's articles, as the knowledge base counted them. */
function summaryOf(index: KbIndex, actor: Actor, lists: ActorLists): ActorSummary {
  const { outlets, unnamedOutletArticles: unnamed, from, to } = index.actorFacts(actor).coverage;
  const topTopics = lists.topics.head(3).map(({ title, pageUrl }) => ({ title, pageUrl }));
  const parts = [
    `${plural(lists.sources.total, 'article')} from ${plural(outlets, 'outlet')}${unnamed ? ` (${unnamed} more with no outlet named)` : ''}`,
    plural(lists.keyQuotes.total, 'quote'),
    plural(lists.statements.total, 'reported statement'),
  ];
  if (from) parts.push(from === to ? `on ${from}` : `${from} to ${to}`);
  return {
    articleCount: lists.sources.total,
    outletCount: outlets,
    unnamedOutletArticles: unnamed,
    quoteCount: lists.keyQuotes.total,
    statementCount: lists.statements.total,
    topTopics,
    from,
    to,
    line: parts.join(' · '),
  };
}

export function buildActorSheet(index: KbIndex, actor: Actor): ActorSheet {
  const lists = actorLists(index, actor);
  const shown = <T>(name: ActorListName, limit: number): T[] => actorListViews(index, actor.id, name, lists[name].head(limit)) as T[];
  const link = (name: ActorListName, limit: number) => listLink('actors', actor.id, ACTOR_LIST_PATH_OF[name], lists[name].total, limit);
  const figures = storyFigureFacts(index, index.figuresBySpeaker.get(actor.id) ?? [], ACTOR_LIMITS.figures, ACTOR_LIMITS.figureConflicts);
  const summary = summaryOf(index, actor, lists);
  return {
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    kindLabel: KIND_LABELS[actor.kind],
    pageUrl: actorUrl(actor.id),
    markdownUrl: actorUrl(actor.id, '.md'),
    jsonUrl: actorUrl(actor.id, '.json'),
    embedUrl: embedUrl('actors', actor.id),
    aliases: actor.aliases.filter((alias) => alias !== actor.name),
    roles: shown<RoleView>('roles', ACTOR_LIMITS.roles),
    merges: shown<MergeView>('merges', ACTOR_LIMITS.merges),
    spellings: spellingViews(index, actor),
    summary,
    mentionCount: actor.mentions.length,
    articleCount: summary.articleCount,
    mentionsLabel: `mentioned ${plural(actor.mentions.length, 'time')} in ${plural(summary.articleCount, 'article')}`,
    keyQuotes: shown<QuoteView>('keyQuotes', ACTOR_LIMITS.keyQuotes),
    statements: shown<QuoteView>('statements', ACTOR_LIMITS.statements),
    timeline: shown<TimelineEntry>('timeline', ACTOR_LIMITS.timeline),
    chart: actorChart(index, actor),
    figures: figures.figures,
    related: shown<RelatedActorView>('related', ACTOR_LIMITS.related),
    relatedTopics: shown<RelatedTopicView>('topics', ACTOR_LIMITS.topics),
    conflicts: shown<QuoteConflictView>('conflicts', ACTOR_LIMITS.conflicts),
    figureConflicts: figures.conflicts,
    sources: shown<ArticleRef>('sources', ACTOR_LIMITS.sources),
    lastUpdated: summary.to,
    lists: {
      roles: link('roles', ACTOR_LIMITS.roles),
      merges: link('merges', ACTOR_LIMITS.merges),
      keyQuotes: link('keyQuotes', ACTOR_LIMITS.keyQuotes),
      statements: link('statements', ACTOR_LIMITS.statements),
      timeline: link('timeline', ACTOR_LIMITS.timeline),
      related: link('related', ACTOR_LIMITS.related),
      topics: link('topics', ACTOR_LIMITS.topics),
      conflicts: link('conflicts', ACTOR_LIMITS.conflicts),
      sources: link('sources', ACTOR_LIMITS.sources),
    },
  };
}
