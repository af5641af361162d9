// An actor's lists in rank order: the sheet shows the head of each, the paginated JSON list routes page through the
// whole. Quotes and roles come ranked from the knowledge base (src/kb/sheetFacts.ts); only the head a page shows is
// ever turned into views.

import type { Actor, Merge, Quote, Role, TimelineEntry as KbTimelineEntry } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { mergeView, roleView } from './actorIdentity';
import { quoteConflict } from './conflicts';
import { rankedQuoteIds } from './quoteRanking';
import { inKbOrder, type OrderedList, type RankedList } from './ranked';
import { relatedActors, relatedActorView, relatedTopics, type RelatedRecord, type RelatedTopicView } from './relatedActors';
import { articleList, articleRef, quoteView } from './shared';
import { timelineEntry, timelineList } from './timeline';

export interface ActorLists {
  /** Best-supported first. */
  roles: RankedList<Role>;
  merges: RankedList<Merge>;
  /** Direct and partial quotes, best-backed first. */
  keyQuotes: OrderedList<Quote>;
  /** Indirect (reported) speech, best-backed first. */
  statements: OrderedList<Quote>;
  timeline: OrderedList<KbTimelineEntry>;
  related: OrderedList<RelatedRecord>;
  topics: RankedList<RelatedTopicView>;
  /** Quotes whose words other outlets give to someone else. */
  conflicts: OrderedList<Quote>;
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

export function actorLists(index: KbIndex, actor: Actor): ActorLists {
  const facts = index.actorFacts(actor);
  return {
    roles: inKbOrder(facts.roles.map((at) => actor.roles[at]!)),
    merges: inKbOrder(actor.merges),
    keyQuotes: rankedQuoteIds(index, facts.keyQuotes),
    statements: rankedQuoteIds(index, facts.statements),
    timeline: timelineList(index, actor.timeline),
    related: relatedActors(index, actor),
    topics: relatedTopics(index, actor),
    conflicts: rankedQuoteIds(index, facts.disputed),
    sources: articleList(index, index.actorArticles.get(actor.id) ?? index.articleSet()),
  };
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
