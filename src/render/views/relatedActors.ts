// Related actors (met with, spoke about, quoted together, named in the same sentence), as the knowledge base ranks them
// at build time (`Actor.related`), and related topics.

import type { Actor, ActorKind, Relation, RelationKind, Span } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
import { RankedList, type OrderedList } from './ranked';
import { KIND_LABELS, plural } from './shared';

export type { RelationKind } from '../../kb/types';

export interface RelationView {
  kind: RelationKind;
  /** "met or talked with, 2 reports", "spoke about, in 3 quotes". */
  label: string;
  count: number;
  /** The first evidence: the event's sentence, the quote, or the sentence naming both. */
  evidenceUrl: string;
}

export interface RelatedActorView {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  pageUrl: string;
  relations: RelationView[];
}

export interface RelatedTopicView {
  id: string;
  title: string;
  pageUrl: string;
  sharedArticles: number;
  sharedLabel: string;
}

/** A related actor before its view is built: its ties, strongest kind first. */
export interface RelatedRecord {
  id: string;
  relations: { kind: RelationKind; count: number; evidence: Span }[];
}

const ORDER: RelationKind[] = ['met', 'spokeAbout', 'quotedTogether', 'sameSentence'];

const LABELS: Record<RelationKind, (n: number) => string> = {
  met: (n) => `met or talked with, ${plural(n, 'report')}`,
  spokeAbout: (n) => `spoke about, in ${plural(n, 'quote')}`,
  quotedTogether: (n) => `quoted together, in ${plural(n, 'article')}`,
  sameSentence: (n) => `named together, in ${plural(n, 'sentence')}`,
};

/**
 * The actors tied to this one, in the knowledge base's order (strongest ties first). The relations come one per
 * (actor, kind), each actor's together; actors the store did not hand out (a D1 page's subset) are left out.
 * Nothing when the knowledge base has no relations for the actor: the section is then empty. Records are built only
 * for the actors a page shows.
 */
export function relatedActors(index: KbIndex, actor: Actor): OrderedList<RelatedRecord> {
  const relations = actor.related ?? ([] as Relation[]);
  const shown = (relation: Relation) => relation.actor !== actor.id && index.actors.has(relation.actor);
  const records = (limit: number): RelatedRecord[] => {
    const byActor = new Map<string, RelatedRecord>();
    for (const relation of relations) {
      if (!shown(relation)) continue;
      let record = byActor.get(relation.actor);
      if (!record) {
        if (byActor.size >= limit) continue;
        byActor.set(relation.actor, (record = { id: relation.actor, relations: [] }));
      }
      record.relations.push({ kind: relation.kind, count: relation.count, evidence: relation.evidence });
    }
    for (const record of byActor.values()) record.relations.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
    return [...byActor.values()];
  };
  let total = -1;
  return {
    get total() {
      if (total < 0) {
        const ids = new Set<string>();
        for (const relation of relations) if (shown(relation)) ids.add(relation.actor);
        total = ids.size;
      }
      return total;
    },
    head: (k) => records(k),
    all: () => records(Infinity),
  };
}

export function relatedActorView(index: KbIndex, record: RelatedRecord): RelatedActorView {
  const other = index.actors.get(record.id)!;
  return {
    id: record.id,
    name: other.name,
    kind: other.kind,
    kindLabel: KIND_LABELS[other.kind],
    pageUrl: actorUrl(record.id),
    relations: record.relations.map(({ kind, count, evidence }) => ({ kind, label: LABELS[kind](count), count, evidenceUrl: evidenceUrl(evidence) })),
  };
}

/** Topics that name the actor, by how many of the actor's articles they cover. */
export function relatedTopics(index: KbIndex, actor: Actor): RankedList<RelatedTopicView> {
  const articles = index.actorArticles.get(actor.id) ?? index.articleSet();
  const views = (index.topicsByActor.get(actor.id) ?? []).map((topic) => {
    const sharedArticles = articles.sharedWith(index.topicArticles(topic));
    return { id: topic.id, title: topic.title, pageUrl: topicUrl(topic.id), sharedArticles, sharedLabel: plural(sharedArticles, 'article') };
  });
  return new RankedList(views, (a, b) => b.sharedArticles - a.sharedArticles || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
