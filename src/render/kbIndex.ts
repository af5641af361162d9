// Lookup tables over a knowledge base, built once per Worker instance so each request stays well inside 10 ms of CPU.

import type { Actor, Article, Figure, KnowledgeBase, Quote, Span, StoryEvent, Topic } from '../kb/types';
import { buildCooccurrence, type ActorSpan, type PairTally, type SharedSentence } from './cooccurrence';

export interface KbIndex {
  kb: KnowledgeBase;
  articles: Map<string, Article>;
  actors: Map<string, Actor>;
  quotes: Map<string, Quote>;
  topics: Map<string, Topic>;
  /** Articles each actor appears in: mentions, role evidence, merge evidence and quotes spoken. */
  articlesByActor: Map<string, Set<string>>;
  /** Actors appearing in each article (inverse of `articlesByActor`). */
  actorsByArticle: Map<string, Set<string>>;
  /** Quotes by speaker actor id, in KB order. */
  quotesBySpeaker: Map<string, Quote[]>;
  /** Actors quoted in each article. */
  speakersByArticle: Map<string, Set<string>>;
  /** Topics naming each actor (from `topics[].actors`), in KB order. */
  topicsByActor: Map<string, Topic[]>;
  /** Every actor mention of each article, sorted by offset. */
  mentionsByArticle: Map<string, ActorSpan[]>;
  /** For each actor, the actors it shares sentences with (counts and first evidence). */
  pairs: Map<string, Map<string, PairTally>>;
  /** Meeting, talks or call sentences naming each actor. */
  meetingsByActor: Map<string, SharedSentence[]>;
  /** Where each sentence of each article starts. */
  sentenceStarts: Map<string, number[]>;
  /** Shared sentences reporting a meeting, talks or a call, by article. */
  meetingsByArticle: Map<string, SharedSentence[]>;
  /**
   * Figures and events extracted at build time. A knowledge base built before they existed has neither;
   * `hasStoryFacts` says which, and sheets then read figures and meetings from the text themselves.
   */
  hasStoryFacts: boolean;
  figures: Map<string, Figure>;
  events: Map<string, StoryEvent>;
  /** Figures each actor cited in their own words (a figure source's `speaker`). */
  figuresBySpeaker: Map<string, Figure[]>;
  /** Events each actor took part in. */
  eventsByParticipant: Map<string, StoryEvent[]>;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function actorSpans(actor: Actor): Span[] {
  return [
    ...actor.mentions,
    ...actor.roles.flatMap((role) => role.evidence),
    ...actor.merges.flatMap((merge) => merge.evidence),
  ];
}

export function buildKbIndex(kb: KnowledgeBase): KbIndex {
  const articlesByActor = new Map<string, Set<string>>();
  const actorsByArticle = new Map<string, Set<string>>();
  const quotesBySpeaker = new Map<string, Quote[]>();
  const speakersByArticle = new Map<string, Set<string>>();
  const topicsByActor = new Map<string, Topic[]>();
  const link = (actorId: string, articleId: string): void => {
    addTo(articlesByActor, actorId, articleId);
    addTo(actorsByArticle, articleId, actorId);
  };

  for (const actor of kb.actors) {
    articlesByActor.set(actor.id, new Set());
    for (const span of actorSpans(actor)) link(actor.id, span.article);
    for (const role of actor.roles) for (const article of role.articles) link(actor.id, article);
  }
  for (const quote of kb.quotes) {
    if (!quote.speaker) continue;
    const spoken = quotesBySpeaker.get(quote.speaker);
    if (spoken) spoken.push(quote);
    else quotesBySpeaker.set(quote.speaker, [quote]);
    for (const source of quote.sources) {
      link(quote.speaker, source.article);
      addTo(speakersByArticle, source.article, quote.speaker);
    }
  }
  for (const topic of kb.topics) {
    for (const actorId of new Set(topic.actors)) {
      const topics = topicsByActor.get(actorId);
      if (topics) topics.push(topic);
      else topicsByActor.set(actorId, [topic]);
    }
  }
  const figures: Figure[] = kb.figures ?? [];
  const events: StoryEvent[] = kb.events ?? [];
  const figuresBySpeaker = new Map<string, Figure[]>();
  for (const figure of figures) {
    for (const speaker of new Set(figure.sources.map((source) => source.speaker))) if (speaker) pushTo(figuresBySpeaker, speaker, figure);
  }
  const eventsByParticipant = new Map<string, StoryEvent[]>();
  for (const event of events) for (const actorId of new Set(event.participants)) pushTo(eventsByParticipant, actorId, event);
  const articles = byId(kb.articles);
  const { mentionsByArticle, pairs, meetingsByActor, sentenceStarts, meetingsByArticle } = buildCooccurrence(kb, articles);

  return {
    kb,
    articles,
    actors: byId(kb.actors),
    quotes: byId(kb.quotes),
    topics: byId(kb.topics),
    articlesByActor,
    actorsByArticle,
    quotesBySpeaker,
    speakersByArticle,
    topicsByActor,
    mentionsByArticle,
    pairs,
    meetingsByActor,
    sentenceStarts,
    meetingsByArticle,
    hasStoryFacts: kb.figures !== undefined && kb.events !== undefined,
    figures: byId(figures),
    events: byId(events),
    figuresBySpeaker,
    eventsByParticipant,
  };
}
