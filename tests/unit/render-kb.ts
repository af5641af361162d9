// Builds small knowledge bases for render tests from plain sentences: spans are computed, never typed by hand.

import type { Actor, ActorKind, Article, KnowledgeBase, Quote, Span, Topic } from '../../src/kb/types';

export interface ArticleSpec {
  id: string;
  source: string | null;
  date: string | null;
  text: string;
}

/** Every occurrence of `phrase` in the article, as spans. */
export function spansOf(article: ArticleSpec, phrase: string): Span[] {
  const spans: Span[] = [];
  for (let at = article.text.indexOf(phrase); at >= 0; at = article.text.indexOf(phrase, at + 1)) spans.push({ article: article.id, start: at, end: at + phrase.length });
  return spans;
}

export function kbOf(
  articles: ArticleSpec[],
  actors: { id: string; name: string; kind: ActorKind; names?: string[] }[],
  extra: { quotes?: Quote[]; topics?: Topic[] } = {},
): KnowledgeBase {
  const fullArticles: Article[] = articles.map((a) => ({
    ...a, file: `${a.id}.txt`, files: [`${a.id}.txt`], title: `Article ${a.id}`, sourceEvidence: a.source ? 'metadata' : null, url: null, wordCount: a.text.split(/\s+/).length,
  }));
  const fullActors: Actor[] = actors.map((actor) => ({
    id: actor.id, kind: actor.kind, name: actor.name, aliases: [], roles: [], merges: [], gender: null,
    mentions: articles.flatMap((article) => (actor.names ?? [actor.name]).flatMap((name) => spansOf(article, name))),
  }));
  return { version: 1, generatedAt: '2024-01-01T00:00:00.000Z', articles: fullArticles, actors: fullActors, quotes: extra.quotes ?? [], topics: extra.topics ?? [], problems: [] };
}

export function topicOf(id: string, terms: string[], articles: ArticleSpec[], sentences: string[]): Topic {
  return {
    id, title: id, terms, summary: null, curated: false, articles: articles.map((a) => a.id), actors: [], quotes: [],
    sentences: articles.flatMap((article) => sentences.flatMap((sentence) => spansOf(article, sentence))),
  };
}
