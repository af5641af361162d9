// A topic's people: the actors involved, who said what (quotes grouped by speaker), and related topics.

import type { Quote, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
import { compareRankedQuotes, type RankedQuote } from './quoteRanking';
import { RankedList, topK, type OrderedList } from './ranked';
import type { RelatedTopicView } from './relatedActors';
import { citationOf, KIND_LABELS, outletOf, plural } from './shared';

export interface TopicActorView {
  id: string;
  name: string;
  kindLabel: string;
  pageUrl: string;
  /** Articles of this topic the actor appears in. */
  articleCount: number;
  articlesLabel: string;
}

/** One quote as a line under its speaker. */
export interface QuoteLineView {
  text: string;
  kind: Quote['kind'];
  citation: string;
  evidenceUrl: string;
}

export interface QuoteGroupView {
  speakerName: string;
  speakerPageUrl: string | null;
  quoteCount: number;
  countLabel: string;
  quotes: QuoteLineView[];
  /** Quotes of this speaker left off the sheet (all are in the quotes list JSON). */
  more: number;
}

const LINES_PER_SPEAKER = 2;

interface TopicActorRecord {
  id: string;
  name: string;
  articleCount: number;
}

function topicActorView(index: KbIndex, record: TopicActorRecord): TopicActorView {
  const actor = index.actors.get(record.id)!;
  const { id, name, articleCount } = record;
  return { id, name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), articleCount, articlesLabel: plural(articleCount, 'article') };
}

/** The topic's actors, in the most of its articles first (ties by name); views only for the ones a page shows. */
export function topicActors(index: KbIndex, topic: Topic): OrderedList<TopicActorView> {
  const topicArticles = index.topicArticles(topic);
  const records: TopicActorRecord[] = [];
  for (const id of new Set(topic.actors)) {
    const actor = index.actors.get(id);
    if (!actor) continue;
    records.push({ id, name: actor.name, articleCount: index.actorArticles.get(id)?.sharedWith(topicArticles) ?? 0 });
  }
  const ranked = new RankedList(records, (a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
  return {
    total: ranked.total,
    head: (k) => ranked.head(k).map((record) => topicActorView(index, record)),
    all: () => ranked.all().map((record) => topicActorView(index, record)),
  };
}

interface SpeakerGroup {
  key: string;
  /** The speaker's quotes with their place in the topic's list, in that order. */
  entries: { entry: RankedQuote; at: number }[];
}

/** The group's best quote, and its place in the topic's list (ties among equally ranked quotes go to the earlier). */
function bestOf(group: SpeakerGroup): { entry: RankedQuote; at: number } {
  return topK(group.entries, 1, (a, b) => compareRankedQuotes(a.entry, b.entry))[0]!;
}

/**
 * Quotes grouped by speaker (unnamed speakers by their label): the speakers with the most quotes first (ties: whose best
 * quote ranks higher), each with their best few quotes. One pass to group; quotes are compared only within the groups shown.
 */
export function topicQuoteGroups(index: KbIndex, entries: readonly RankedQuote[], limit: number): QuoteGroupView[] {
  const groups = new Map<string, SpeakerGroup>();
  /** Whether each speaker id is an actor the index holds, asked once per speaker. */
  const known = new Map<string, boolean>();
  const isKnown = (id: string): boolean => {
    let found = known.get(id);
    if (found === undefined) known.set(id, (found = index.actors.has(id)));
    return found;
  };
  entries.forEach((entry, at) => {
    const { speaker, speakerLabel } = entry.quote;
    const key = speaker && isKnown(speaker) ? speaker : `label:${speakerLabel ?? 'unnamed speaker'}`;
    const group = groups.get(key);
    if (group) group.entries.push({ entry, at });
    else groups.set(key, { key, entries: [{ entry, at }] });
  });
  const best = new Map<SpeakerGroup, { entry: RankedQuote; at: number }>();
  const bestFor = (group: SpeakerGroup) => {
    let found = best.get(group);
    if (!found) best.set(group, (found = bestOf(group)));
    return found;
  };
  const chosen = topK([...groups.values()], limit, (a, b) => {
    const bySize = b.entries.length - a.entries.length;
    if (bySize) return bySize;
    const [x, y] = [bestFor(a), bestFor(b)];
    return compareRankedQuotes(x.entry, y.entry) || x.at - y.at;
  });
  return chosen.map(({ key, entries: quotes }) => {
    const speaker = index.actors.get(key);
    return {
      speakerName: speaker?.name ?? key.slice('label:'.length),
      speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
      quoteCount: quotes.length,
      countLabel: plural(quotes.length, 'quote'),
      quotes: topK(quotes, LINES_PER_SPEAKER, (a, b) => compareRankedQuotes(a.entry, b.entry)).map(({ entry: { quote } }) => {
        const source = quote.sources[0]!;
        const article = index.articles.get(source.article);
        const date = source.date ?? article?.date ?? null;
        return { text: quote.text, kind: quote.kind, citation: citationOf(outletOf(article), date), evidenceUrl: evidenceUrl(source) };
      }),
      more: Math.max(0, quotes.length - LINES_PER_SPEAKER),
    };
  });
}

/** How many of `items` (each listed once, as a topic lists its actors) are in `set`. */
function countIn(items: readonly string[], set: ReadonlySet<string>): number {
  let count = 0;
  for (const item of items) if (set.has(item)) count++;
  return count;
}

/** Other topics covering the same articles and actors. */
export function relatedTopicsOf(index: KbIndex, topic: Topic): RankedList<RelatedTopicView> {
  const articles = index.topicArticles(topic);
  const actors = new Set(topic.actors);
  const related: { view: RelatedTopicView; score: number }[] = [];
  for (const other of index.kb.topics) {
    if (other.id === topic.id) continue;
    const sharedArticles = index.topicArticles(other).sharedWith(articles);
    if (!sharedArticles) continue;
    const sharedActors = countIn(other.actors, actors);
    const view = { id: other.id, title: other.title, pageUrl: topicUrl(other.id), sharedArticles, sharedLabel: plural(sharedArticles, 'article') };
    related.push({ view, score: sharedArticles * 2 + sharedActors });
  }
  const ranked = new RankedList(related, (a, b) => b.score - a.score || a.view.title.localeCompare(b.view.title));
  return new RankedList(ranked.all().map((r) => r.view), null);
}
