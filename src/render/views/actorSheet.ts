// Actor sheet view model: who an actor is, what they said and did, with whom, and where each fact came from.

import type { Actor, ActorKind, Merge, Quote, Role } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, embedUrl } from '../urls';
import { actorChart, actorTimelineRecords } from './actorActivity';
import { mergeView, rankRoles, roleView, spellingViews, type MergeView, type RoleView, type SpellingView } from './actorIdentity';
import { disputedQuotes, figureFacts, quoteConflict, type FigureConflictView, type FigureView, type QuoteConflictView } from './conflicts';
import { listLink, type ListLink } from './lists';
import { storyFigureFacts } from './storyFacts';
import { rankQuotes } from './quoteRanking';
import { relatedActors, relatedActorView, relatedTopics, type RelatedActorView, type RelatedRecord, type RelatedTopicView } from './relatedActors';
import { articleRefs, KIND_LABELS, outletKeyOf, plural, quoteView, type ArticleRef, type QuoteView } from './shared';
import { timelineEntry, type ChartView, type TimelineEntry, type TimelineRecord } from './timeline';

export { KIND_LABELS } from './shared';
export type { MergeView, RoleView, RoleSourceView, SpellingView } from './actorIdentity';
export type { RelatedActorView, RelatedTopicView } from './relatedActors';

/** How many items each section shows; the rest is one link away as paginated JSON. */
export const ACTOR_LIMITS = {
  roles: 8, merges: 10, keyQuotes: 10, statements: 10, timeline: 15, related: 15, topics: 10, conflicts: 5, sources: 30, figures: 10,
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

/** The actor's full lists, sorted once; the sheet shows the head of each, the JSON list routes page through them. */
export interface ActorLists {
  roles: Role[];
  merges: Merge[];
  keyQuotes: Quote[];
  statements: Quote[];
  timeline: TimelineRecord[];
  related: RelatedRecord[];
  topics: RelatedTopicView[];
  conflicts: Quote[];
  sources: ArticleRef[];
}

export type ActorListName = keyof ActorLists;

/** The URL names of the lists: `/actors/:slug/quotes.json` (a Map, so no inherited name can match). */
export const ACTOR_LIST_PATHS = new Map<string, ActorListName>([
  ['roles', 'roles'],
  ['merges', 'merges'],
  ['quotes', 'keyQuotes'],
  ['statements', 'statements'],
  ['timeline', 'timeline'],
  ['related', 'related'],
  ['topics', 'topics'],
  ['conflicts', 'conflicts'],
  ['sources', 'sources'],
]);

const LIST_PATH_OF = Object.fromEntries([...ACTOR_LIST_PATHS].map(([path, name]) => [name, path])) as Record<ActorListName, string>;

export function actorLists(index: KbIndex, actor: Actor): ActorLists {
  const ranked = rankQuotes(index, index.quotesBySpeaker.get(actor.id) ?? []);
  return {
    roles: rankRoles(actor.roles),
    merges: actor.merges,
    keyQuotes: ranked.filter((quote) => quote.kind !== 'indirect'),
    statements: ranked.filter((quote) => quote.kind === 'indirect'),
    timeline: actorTimelineRecords(index, actor),
    related: relatedActors(index, actor),
    topics: relatedTopics(index, actor),
    conflicts: disputedQuotes(ranked),
    sources: articleRefs(index, index.articlesByActor.get(actor.id) ?? []),
  };
}

/** Views for one page of a list (the sheet's head or a JSON page). */
export function actorListViews(index: KbIndex, actorId: string, list: ActorListName, items: unknown[]): unknown[] {
  switch (list) {
    case 'roles':
      return (items as Role[]).map((role) => roleView(index, role));
    case 'merges':
      return (items as Merge[]).map((merge) => mergeView(index, merge));
    case 'conflicts':
      return (items as Quote[]).map((quote) => quoteConflict(index, quote));
    case 'keyQuotes':
    case 'statements':
      return (items as Quote[]).map((quote) => quoteView(index, quote));
    case 'timeline':
      return (items as TimelineRecord[]).map((record) => timelineEntry(index, record));
    case 'related':
      return (items as RelatedRecord[]).map((record) => relatedActorView(index, actorId, record));
    default:
      return items;
  }
}

function summaryOf(index: KbIndex, actor: Actor, lists: ActorLists): ActorSummary {
  const named = new Set<string>();
  let unnamed = 0;
  for (const ref of lists.sources) {
    const key = outletKeyOf(index.articles.get(ref.id), ref.id);
    if (key.startsWith('article:')) unnamed++;
    else named.add(key);
  }
  const dates = lists.sources.map((s) => s.date).filter((d): d is string => d !== null);
  const from = dates[0] ?? null;
  const to = dates.at(-1) ?? null;
  const topTopics = lists.topics.slice(0, 3).map(({ title, pageUrl }) => ({ title, pageUrl }));
  const parts = [
    `${plural(lists.sources.length, 'article')} from ${plural(named.size, 'outlet')}${unnamed ? ` (${unnamed} more with no outlet named)` : ''}`,
    plural(lists.keyQuotes.length, 'quote'),
    plural(lists.statements.length, 'reported statement'),
  ];
  if (from) parts.push(from === to ? `on ${from}` : `${from} to ${to}`);
  return {
    articleCount: lists.sources.length,
    outletCount: named.size,
    unnamedOutletArticles: unnamed,
    quoteCount: lists.keyQuotes.length,
    statementCount: lists.statements.length,
    topTopics,
    from,
    to,
    line: parts.join(' · '),
  };
}

export function buildActorSheet(index: KbIndex, actor: Actor): ActorSheet {
  const lists = actorLists(index, actor);
  const head = <K extends ActorListName>(name: K, limit: number) => lists[name].slice(0, limit) as ActorLists[K];
  const link = (name: ActorListName, limit: number) => listLink('actors', actor.id, LIST_PATH_OF[name], lists[name].length, limit);
  const spoken = index.quotesBySpeaker.get(actor.id) ?? [];
  const figures = index.hasStoryFacts
    ? storyFigureFacts(index, index.figuresBySpeaker.get(actor.id) ?? [], ACTOR_LIMITS.figures)
    : figureFacts(index, spoken.flatMap((quote) => quote.sources), ACTOR_LIMITS.figures);
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
    roles: actorListViews(index, actor.id, 'roles', head('roles', ACTOR_LIMITS.roles)) as RoleView[],
    merges: actorListViews(index, actor.id, 'merges', head('merges', ACTOR_LIMITS.merges)) as MergeView[],
    spellings: spellingViews(index, actor),
    summary,
    mentionCount: actor.mentions.length,
    articleCount: lists.sources.length,
    mentionsLabel: `mentioned ${plural(actor.mentions.length, 'time')} in ${plural(lists.sources.length, 'article')}`,
    keyQuotes: actorListViews(index, actor.id, 'keyQuotes', head('keyQuotes', ACTOR_LIMITS.keyQuotes)) as QuoteView[],
    statements: actorListViews(index, actor.id, 'statements', head('statements', ACTOR_LIMITS.statements)) as QuoteView[],
    timeline: actorListViews(index, actor.id, 'timeline', head('timeline', ACTOR_LIMITS.timeline)) as TimelineEntry[],
    chart: actorChart(index, actor, lists.timeline),
    figures: figures.figures,
    related: actorListViews(index, actor.id, 'related', head('related', ACTOR_LIMITS.related)) as RelatedActorView[],
    relatedTopics: head('topics', ACTOR_LIMITS.topics),
    conflicts: actorListViews(index, actor.id, 'conflicts', head('conflicts', ACTOR_LIMITS.conflicts)) as QuoteConflictView[],
    figureConflicts: figures.conflicts,
    sources: head('sources', ACTOR_LIMITS.sources),
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
