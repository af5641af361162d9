// Lookup tables over a knowledge base, built once per Worker instance so each request stays well inside 10 ms of CPU.

import type { Actor, Article, KnowledgeBase, Quote, Span, Topic } from '../kb/types';

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
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
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
    for (const source of quote.sources) link(quote.speaker, source.article);
  }

  return {
    kb,
    articles: byId(kb.articles),
    actors: byId(kb.actors),
    quotes: byId(kb.quotes),
    topics: byId(kb.topics),
    articlesByActor,
    actorsByArticle,
    quotesBySpeaker,
  };
}
