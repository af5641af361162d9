// A topic's people: the actors involved, who said what (quotes grouped by speaker), and related topics.

import type { Quote, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
import { quoteOrder } from './quoteRanking';
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

/** The collation `localeCompare` uses, made once (a collator per comparison costs more than the comparison). */
const byName = new Intl.Collator();

function topicActorView(index: KbIndex, id: string, articleCount: number): TopicActorView {
  const actor = index.actors.get(id)!;
  return { id, name: actor.name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), articleCount, articlesLabel: plural(articleCount, 'article') };
}

/**
 * The topic's actors, in the most of its articles first (ties by name). Counting is an AND of article sets per actor;
 * names are read only to break ties, and views built only for the actors a page shows.
 */
export function topicActors(index: KbIndex, topic: Topic): OrderedList<TopicActorView> {
  const topicArticles = index.topicArticles(topic);
  const ids: string[] = [];
  const counts: number[] = [];
  for (const id of new Set(topic.actors)) {
    const articles = index.actorArticles.get(id);
    if (!articles || !index.actors.has(id)) continue;
    ids.push(id);
    counts.push(articles.sharedWith(topicArticles));
  }
  const nameOf = (at: number) => index.actors.get(ids[at]!)!.name;
  const ranked = new RankedList(ids.map((_, at) => at), (a, b) => counts[b]! - counts[a]! || byName.compare(nameOf(a), nameOf(b)));
  const views = (places: readonly number[]) => places.map((at) => topicActorView(index, ids[at]!, counts[at]!));
  return { total: ranked.total, head: (k) => views(ranked.head(k)), all: () => views(ranked.all()) };
}

/**
 * Quotes grouped by speaker (unnamed speakers by their label): the speakers with the most quotes first (ties: whose best
 * quote ranks higher), each with their best few quotes. One counting pass over the quotes; only the groups shown are
 * gathered and ranked.
 */
export function topicQuoteGroups(index: KbIndex, quotes: readonly Quote[], limit: number): QuoteGroupView[] {
  /** Each speaker's quotes, as places in the list: named speakers by id, unnamed ones by how the text names them. */
  const byActor = new Map<string, number[]>();
  const byLabel = new Map<string, number[]>();
  /** Whether each speaker id is an actor the index holds, asked once per speaker. */
  const known = new Map<string, boolean>();
  quotes.forEach((quote, at) => {
    const { speaker } = quote;
    let found = false;
    if (speaker) {
      const seen = known.get(speaker);
      found = seen ?? index.actors.has(speaker);
      if (seen === undefined) known.set(speaker, found);
    }
    const groupsOf = found ? byActor : byLabel;
    const key = found ? speaker! : (quote.speakerLabel ?? 'unnamed speaker');
    const places = groupsOf.get(key);
    if (places) places.push(at);
    else groupsOf.set(key, [at]);
  });
  const groups = new Map<string, number[]>(byActor);
  for (const [label, places] of byLabel) groups.set(`label:${label}`, places);
  const order = quoteOrder(index);
  /** A group's best quote's place, worked out only when two groups of one size are compared (ties go to the earlier). */
  const best = new Map<string, number>();
  const bestAt = (key: string): number => {
    let found = best.get(key);
    if (found === undefined) best.set(key, (found = topK(groups.get(key)!, 1, (a, b) => order(quotes[a]!, quotes[b]!))[0]!));
    return found;
  };
  const chosen = topK([...groups.keys()], limit, (a, b) => {
    const bySize = groups.get(b)!.length - groups.get(a)!.length;
    if (bySize) return bySize;
    const x = bestAt(a);
    const y = bestAt(b);
    return order(quotes[x]!, quotes[y]!) || x - y;
  });
  return chosen.map((key) => {
    const speaker = index.actors.get(key);
    const own = groups.get(key)!.map((at) => quotes[at]!);
    return {
      speakerName: speaker?.name ?? key.slice('label:'.length),
      speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
      quoteCount: own.length,
      countLabel: plural(own.length, 'quote'),
      quotes: topK(own, LINES_PER_SPEAKER, order).map((quote) => {
        const source = quote.sources[0]!;
        const article = index.articles.get(source.article);
        const date = source.date ?? article?.date ?? null;
        return { text: quote.text, kind: quote.kind, citation: citationOf(outletOf(article), date), evidenceUrl: evidenceUrl(source) };
      }),
      more: Math.max(0, own.length - LINES_PER_SPEAKER),
    };
  });
}

/** Other topics covering the same articles and actors. */
export function relatedTopicsOf(index: KbIndex, topic: Topic): RankedList<RelatedTopicView> {
  const articles = index.topicArticles(topic);
  const actors = index.topicActors(topic);
  const related: { view: RelatedTopicView; score: number }[] = [];
  for (const other of index.kb.topics) {
    if (other.id === topic.id) continue;
    const sharedArticles = index.topicArticles(other).sharedWith(articles);
    if (!sharedArticles) continue;
    const sharedActors = index.topicActors(other).sharedWith(actors);
    const view = { id: other.id, title: other.title, pageUrl: topicUrl(other.id), sharedArticles, sharedLabel: plural(sharedArticles, 'article') };
    related.push({ view, score: sharedArticles * 2 + sharedActors });
  }
  const ranked = new RankedList(related, (a, b) => b.score - a.score || byName.compare(a.view.title, b.view.title));
  return new RankedList(ranked.all().map((r) => r.view), null);
}
