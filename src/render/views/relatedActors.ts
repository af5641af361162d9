// Related actors (met with, spoke about, quoted together, named in the same sentence) and related topics.

import type { Actor, ActorKind, Span } from '../../kb/types';
import { mentionsWithin } from '../cooccurrence';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, sourceUrl, topicUrl } from '../urls';
import { KIND_LABELS, plural } from './shared';
import { MEETING_EVENTS } from './storyFacts';

export type RelationKind = 'met' | 'spokeAbout' | 'quotedTogether' | 'sameSentence';

export interface RelationView {
  kind: RelationKind;
  /** "met or talked with, 2 reports", "spoke about, in 3 quotes". */
  label: string;
  count: number;
  /** The first evidence: the sentence, the quote, or the shared article. */
  evidenceUrl: string;
}

export interface RelatedActorView {
  id: string;
  name: string;
  kind: ActorKind;
  kindLabel: string;
  pageUrl: string;
  relations: RelationView[];
  sharedArticles: number;
  sharedLabel: string;
}

export interface RelatedTopicView {
  id: string;
  title: string;
  pageUrl: string;
  sharedArticles: number;
  sharedLabel: string;
}

/** The first evidence is kept as data; its URL is built only if the actor is shown. */
type Evidence = Span | { article: string; start?: undefined; end?: undefined };

interface Tally {
  count: number;
  first: Evidence;
}

/** A related actor before its view is built: enough to sort and page. */
export interface RelatedRecord {
  id: string;
  relations: Partial<Record<RelationKind, Tally>>;
  score: number;
}

/** Stronger ties rank first: meeting, then speaking about, then being quoted in one article, then one sentence. */
const WEIGHTS: Record<RelationKind, number> = { met: 8, spokeAbout: 4, quotedTogether: 2, sameSentence: 1 };
const ORDER: RelationKind[] = ['met', 'spokeAbout', 'quotedTogether', 'sameSentence'];

const LABELS: Record<RelationKind, (n: number) => string> = {
  met: (n) => `met or talked with, ${plural(n, 'report')}`,
  spokeAbout: (n) => `spoke about, in ${plural(n, 'quote')}`,
  quotedTogether: (n) => `quoted together, in ${plural(n, 'article')}`,
  sameSentence: (n) => `named together, in ${plural(n, 'sentence')}`,
};

const TAKES_PART = new Set<ActorKind>(['person', 'organization']);

type Relations = Map<string, Partial<Record<RelationKind, Tally>>>;

function add(relations: Relations, other: string, kind: RelationKind, count: number, first: Evidence): void {
  let tallies = relations.get(other);
  if (!tallies) relations.set(other, (tallies = {}));
  const tally = tallies[kind];
  if (tally) tally.count += count;
  else tallies[kind] = { count, first };
}

/**
 * Every actor tied to this one by a shared sentence or by its quotes, strongest ties first. Sentence
 * ties were counted once at startup (KbIndex.pairs); only the actor's own quotes are read here.
 */
export function relatedActors(index: KbIndex, actor: Actor): RelatedRecord[] {
  const relations: Relations = new Map();
  if (index.hasStoryFacts) {
    // Meetings are the knowledge base's events (calls, meetings, talks, summits) and their participants.
    for (const event of index.eventsByParticipant.get(actor.id) ?? []) {
      const source = event.sources[0];
      if (!MEETING_EVENTS.has(event.kind) || !source) continue;
      for (const other of new Set(event.participants)) if (other !== actor.id) add(relations, other, 'met', 1, source);
    }
    for (const [other, pair] of index.pairs.get(actor.id) ?? []) add(relations, other, 'sameSentence', pair.sentences, pair.first);
  } else {
    const canMeet = TAKES_PART.has(actor.kind);
    for (const [other, pair] of index.pairs.get(actor.id) ?? []) {
      const met = canMeet && pair.meetings > 0 && TAKES_PART.has(index.actors.get(other)?.kind ?? 'place');
      if (met) add(relations, other, 'met', pair.meetings, pair.firstMeeting!);
      const plain = met ? pair.sentences - pair.meetings : pair.sentences;
      if (plain > 0) add(relations, other, 'sameSentence', plain, pair.first);
    }
  }
  const quoteArticles = new Set<string>();
  for (const quote of index.quotesBySpeaker.get(actor.id) ?? []) {
    for (const source of quote.sources) {
      quoteArticles.add(source.article);
      let previous = '';
      for (const mention of mentionsWithin(index.mentionsByArticle.get(source.article), source.start, source.end)) {
        if (mention.actor !== actor.id && mention.actor !== previous) add(relations, mention.actor, 'spokeAbout', 1, source);
        previous = mention.actor;
      }
    }
  }
  for (const article of quoteArticles) {
    for (const other of index.speakersByArticle.get(article) ?? []) {
      if (other !== actor.id) add(relations, other, 'quotedTogether', 1, { article });
    }
  }
  const records: RelatedRecord[] = [];
  for (const [id, tallies] of relations) {
    if (!index.actors.has(id)) continue;
    let score = 0;
    for (const kind of ORDER) score += WEIGHTS[kind] * (tallies[kind]?.count ?? 0);
    records.push({ id, relations: tallies, score });
  }
  // Ids break ties: plain comparison, since localeCompare over thousands of ties costs milliseconds.
  return records.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/** Articles two actors share: the smaller set is walked. */
function sharedArticleCount(index: KbIndex, a: string, b: string): number {
  const first = index.articlesByActor.get(a) ?? new Set<string>();
  const second = index.articlesByActor.get(b) ?? new Set<string>();
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  let shared = 0;
  for (const article of small) if (large.has(article)) shared++;
  return shared;
}

export function relatedActorView(index: KbIndex, actorId: string, record: RelatedRecord): RelatedActorView {
  const other = index.actors.get(record.id)!;
  const relations = ORDER.flatMap((kind) => {
    const tally = record.relations[kind];
    if (!tally) return [];
    const { first } = tally;
    const url = first.start === undefined ? sourceUrl(first.article) : evidenceUrl(first);
    return [{ kind, label: LABELS[kind](tally.count), count: tally.count, evidenceUrl: url }];
  });
  const sharedArticles = sharedArticleCount(index, actorId, record.id);
  return {
    id: record.id,
    name: other.name,
    kind: other.kind,
    kindLabel: KIND_LABELS[other.kind],
    pageUrl: actorUrl(record.id),
    relations,
    sharedArticles,
    sharedLabel: plural(sharedArticles, 'article'),
  };
}

/** Topics that name the actor, by how many of the actor's articles they cover. */
export function relatedTopics(index: KbIndex, actor: Actor): RelatedTopicView[] {
  const articles = index.articlesByActor.get(actor.id) ?? new Set<string>();
  return (index.topicsByActor.get(actor.id) ?? [])
    .map((topic) => {
      let sharedArticles = 0;
      for (const article of new Set(topic.articles)) if (articles.has(article)) sharedArticles++;
      return { id: topic.id, title: topic.title, pageUrl: topicUrl(topic.id), sharedArticles, sharedLabel: plural(sharedArticles, 'article') };
    })
    .sort((a, b) => b.sharedArticles - a.sharedArticles || (a.title < b.title ? -1 : 1));
}
