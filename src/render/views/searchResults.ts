// Search over actors (names, aliases), topics (titles, terms) and quotes (their words): every query word must match.

import type { KbIndex } from '../kbIndex';
import { actorUrl, searchUrl, topicUrl } from '../urls';
import { KIND_LABELS, plural, quoteView, type QuoteView } from './shared';
import { rankQuotes } from './quoteRanking';

export interface ActorHit {
  id: string;
  name: string;
  kindLabel: string;
  pageUrl: string;
  /** The alias that matched, when the name itself did not. */
  matchedAlias: string | null;
}

export interface TopicHit {
  id: string;
  title: string;
  pageUrl: string;
  articlesLabel: string;
}

export interface HitList<T> {
  total: number;
  shown: number;
  items: T[];
}

export interface SearchResults {
  query: string;
  hasQuery: boolean;
  jsonUrl: string;
  actors: HitList<ActorHit>;
  topics: HitList<TopicHit>;
  quotes: HitList<QuoteView>;
  /** "3 actors, 1 topic, 12 quotes" */
  countsLabel: string;
}

export const QUERY_LIMIT = 100;
export const HIT_LIMITS = { actors: 20, topics: 20, quotes: 20 };

/** Lower-cased text, built once per Worker instance on the first search. */
interface SearchTexts {
  actors: { id: string; names: string[] }[];
  topics: { id: string; text: string }[];
  quotes: { id: string; text: string }[];
}

const cache = new WeakMap<KbIndex, SearchTexts>();

function fold(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

function texts(index: KbIndex): SearchTexts {
  let found = cache.get(index);
  if (!found) {
    found = {
      actors: index.kb.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases].map(fold) })),
      topics: index.kb.topics.map((t) => ({ id: t.id, text: fold([t.title, ...t.terms].join(' \u0000 ')) })),
      quotes: index.kb.quotes.map((q) => ({ id: q.id, text: fold(q.text) })),
    };
    cache.set(index, found);
  }
  return found;
}

/** The query as words: at most QUERY_LIMIT characters, folded like the texts. */
export function queryWords(query: string): string[] {
  return fold(query.slice(0, QUERY_LIMIT)).split(/\s+/).filter(Boolean);
}

function hits<T>(items: T[], limit: number): HitList<T> {
  return { total: items.length, shown: Math.min(limit, items.length), items: items.slice(0, limit) };
}

export function search(index: KbIndex, rawQuery: string): SearchResults {
  const query = rawQuery.trim().slice(0, QUERY_LIMIT);
  const words = queryWords(query);
  const all = texts(index);
  const matches = (text: string) => words.every((word) => text.includes(word));
  const actorHits = words.length
    ? all.actors.flatMap(({ id, names }) => {
        const at = names.findIndex(matches);
        if (at < 0) return [];
        const actor = index.actors.get(id)!;
        const exact = names[at] === words.join(' ');
        const hit: ActorHit = { id, name: actor.name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), matchedAlias: at > 0 ? actor.aliases[at - 1]! : null };
        return [{ hit, rank: (exact ? 0 : 1) * 1e6 - index.articleCount(id) }];
      })
    : [];
  actorHits.sort((a, b) => a.rank - b.rank);
  const topicHits = words.length
    ? all.topics.flatMap(({ id, text }) => {
        if (!matches(text)) return [];
        const topic = index.topics.get(id)!;
        return [{ id, title: topic.title, pageUrl: topicUrl(id), articlesLabel: plural(topic.articles.length, 'article') }];
      })
    : [];
  const quoteRecords = words.length ? all.quotes.flatMap(({ id, text }) => (matches(text) ? [index.quotes.get(id)!] : [])) : [];
  const ranked = rankQuotes(index, quoteRecords);
  const quotes: HitList<QuoteView> = { ...hits(ranked, HIT_LIMITS.quotes), items: ranked.slice(0, HIT_LIMITS.quotes).map((q) => quoteView(index, q)) };
  return {
    query,
    hasQuery: words.length > 0,
    jsonUrl: searchUrl(query, '.json'),
    actors: hits(actorHits.map((a) => a.hit), HIT_LIMITS.actors),
    topics: hits(topicHits, HIT_LIMITS.topics),
    quotes,
    countsLabel: [plural(actorHits.length, 'actor'), plural(topicHits.length, 'topic'), plural(quoteRecords.length, 'quote')].join(', '),
  };
}
