// A topic's people: the actors involved, who said what (quotes grouped by speaker), and related topics.

import type { Quote, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
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

const LINES_PER_SPEAKER = 3;

export function topicActors(index: KbIndex, topic: Topic): TopicActorView[] {
  const topicArticles = new Set(topic.articles);
  return [...new Set(topic.actors)]
    .flatMap((id) => {
      const actor = index.actors.get(id);
      if (!actor) return [];
      let inTopic = 0;
      for (const article of index.articlesByActor.get(id) ?? []) if (topicArticles.has(article)) inTopic++;
      return [{ id, name: actor.name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), articleCount: inTopic, articlesLabel: plural(inTopic, 'article') }];
    })
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}

/** Ranked quotes grouped by speaker; speakers with the most quotes first; unnamed speakers grouped by their label. */
export function topicQuoteGroups(index: KbIndex, ranked: Quote[], limit: number): QuoteGroupView[] {
  const groups = new Map<string, Quote[]>();
  for (const quote of ranked) {
    const key = quote.speaker && index.actors.has(quote.speaker) ? quote.speaker : `label:${quote.speakerLabel ?? 'unnamed speaker'}`;
    const list = groups.get(key);
    if (list) list.push(quote);
    else groups.set(key, [quote]);
  }
  return [...groups]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, limit)
    .map(([key, quotes]) => {
      const speaker = index.actors.get(key);
      return {
        speakerName: speaker?.name ?? key.slice('label:'.length),
        speakerPageUrl: speaker ? actorUrl(speaker.id) : null,
        quoteCount: quotes.length,
        countLabel: plural(quotes.length, 'quote'),
        quotes: quotes.slice(0, LINES_PER_SPEAKER).map((quote) => {
          const source = quote.sources[0]!;
          const article = index.articles.get(source.article);
          const date = source.date ?? article?.date ?? null;
          return { text: quote.text, kind: quote.kind, citation: citationOf(outletOf(article), date), evidenceUrl: evidenceUrl(source) };
        }),
        more: Math.max(0, quotes.length - LINES_PER_SPEAKER),
      };
    });
}

/** Other topics covering the same articles and actors. */
export function relatedTopicsOf(index: KbIndex, topic: Topic): RelatedTopicView[] {
  const articles = new Set(topic.articles);
  const actors = new Set(topic.actors);
  return index.kb.topics
    .flatMap((other) => {
      if (other.id === topic.id) return [];
      const sharedArticles = new Set(other.articles.filter((a) => articles.has(a))).size;
      const sharedActors = new Set(other.actors.filter((a) => actors.has(a))).size;
      if (!sharedArticles) return [];
      const view = { id: other.id, title: other.title, pageUrl: topicUrl(other.id), sharedArticles, sharedLabel: plural(sharedArticles, 'article') };
      return [{ view, score: sharedArticles * 2 + sharedActors }];
    })
    .sort((a, b) => b.score - a.score || a.view.title.localeCompare(b.view.title))
    .map((s) => s.view);
}
