// An actor's lists in rank order, worked out once per index and actor: the sheet shows the head of each, the paginated
// JSON list routes page through the whole. Only the head a page shows is ever turned into views.

import type { Actor, Merge, Quote, Role, TimelineEntry as KbTimelineEntry } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { mergeView, rankRoles, roleView } from './actorIdentity';
import { isDisputed, quoteConflict } from './conflicts';
import { rankedQuotes } from './quoteRanking';
import { inKbOrder, RankedList, type OrderedList } from './ranked';
import { relatedActors, relatedActorView, relatedTopics, type RelatedRecord, type RelatedTopicView } from './relatedActors';
import { articleList, articleRef, quoteView } from './shared';
import { timelineEntry, timelineList } from './timeline';

export interface ActorLists {
  roles: RankedList<Role>;
  merges: RankedList<Merge>;
  /** Direct and partial quotes, best-backed first. */
  keyQuotes: RankedList<Quote>;
  /** Indirect (reported) speech, best-backed first. */
  statements: RankedList<Quote>;
  timeline: OrderedList<KbTimelineEntry>;
  related: RankedList<RelatedRecord>;
  topics: RankedList<RelatedTopicView>;
  /** Quotes whose words other outlets give to someone else. */
  conflicts: RankedList<Quote>;
  /** Article ids, oldest first. */
  sources: OrderedList<string>;
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

export const ACTOR_LIST_PATH_OF = Object.fromEntries([...ACTOR_LIST_PATHS].map(([path, name]) => [name, path])) as Record<ActorListName, string>;

function buildActorLists(index: KbIndex, actor: Actor): ActorLists {
  const keyQuotes: Quote[] = [];
  const statements: Quote[] = [];
  const conflicts: Quote[] = [];
  for (const quote of index.quotesBySpeaker.get(actor.id) ?? []) {
    (quote.kind === 'indirect' ? statements : keyQuotes).push(quote);
    if (isDisputed(quote)) conflicts.push(quote);
  }
  return {
    roles: inKbOrder(rankRoles(actor.roles)),
    merges: inKbOrder(actor.merges),
    keyQuotes: rankedQuotes(index, keyQuotes),
    statements: rankedQuotes(index, statements),
    timeline: timelineList(index, actor.timeline),
    related: relatedActors(index, actor),
    topics: relatedTopics(index, actor),
    conflicts: rankedQuotes(index, conflicts),
    sources: articleList(index, index.actorArticles.get(actor.id) ?? index.articleSet()),
  };
}

export function actorLists(index: KbIndex, actor: Actor): ActorLists {
  return index.memo(`actor-lists:${actor.id}`, () => buildActorLists(index, actor));
}

/** Views for some items of a list (the sheet's head, or one page of the JSON list). */
export function actorListViews(index: KbIndex, actorId: string, list: ActorListName, items: readonly unknown[]): unknown[] {
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
      return (items as KbTimelineEntry[]).map((entry) => timelineEntry(index, entry, actorId));
    case 'related':
      return (items as RelatedRecord[]).map((record) => relatedActorView(index, record));
    case 'sources':
      return (items as string[]).map((id) => articleRef(index, id));
    case 'topics':
      return [...items];
  }
}
