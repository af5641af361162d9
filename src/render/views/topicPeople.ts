// A topic's people: the actors involved, who said what (quotes grouped by speaker), and related topics.

import type { Quote, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
import { byName } from '../../kb/sheetFacts';
import { RankedList, type OrderedList } from './ranked';
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

function topicActorView(index: KbIndex, id: string, articleCount: number): TopicActorView {
  const actor = index.actors.get(id)!;
  return { id, name: actor.name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), articleCount, articlesLabel: plural(articleCount, 'article') };
}

/** The topic's actors, in the most of its articles first (ties by name), as the knowledge base ranked them. */
export function topicActors(index: KbIndex, topic: Topic): OrderedList<TopicActorView> {
  const ranked = index.topicFacts(topic).actors;
  const views = (limit: number): TopicActorView[] => {
    const out: TopicActorView[] = [];
    for (const { actor, articles } of ranked) {
      if (out.length >= limit) break;
      if (index.actors.has(actor)) out.push(topicActorView(index, actor, articles));
    }
    return out;
  };
  return { total: ranked.length, head: (k) => views(k), all: () => views(Infinity) };
}

/** Who said what: the first `limit` speakers the knowledge base grouped the topic's quotes under, each with their best few. */
export function topicQuoteGroups(index: KbIndex, topic: Topic, limit: number): QuoteGroupView[] {
  return index.topicFacts(topic).speakers.slice(0, limit).map((group) => {
    const speaker = group.speaker === null ? undefined : index.actors.get(group.speaker);
    return {
      speakerName: speaker?.name ?? group.label ?? group.speaker ?? 'unnamed speaker',
      speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
      quoteCount: group.quotes.length,
      countLabel: plural(group.quotes.length, 'quote'),
      quotes: group.quotes.slice(0, LINES_PER_SPEAKER).flatMap((id) => {
        const quote = index.quotes.get(id);
        if (!quote) return [];
        const source = quote.sources[0]!;
        const article = index.articles.get(source.article);
        const date = source.date ?? article?.date ?? null;
        return [{ text: quote.text, kind: quote.kind, citation: citationOf(outletOf(article), date), evidenceUrl: evidenceUrl(source) }];
      }),
      more: Math.max(0, group.quotes.length - LINES_PER_SPEAKER),
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
