// Index view model: every actor grouped by kind, every topic, every article.

import type { ActorKind } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, topicUrl } from '../urls';
import { articleRefs, plural, type ArticleRef } from './shared';

export interface IndexActorView {
  id: string;
  name: string;
  pageUrl: string;
  mentionCount: number;
  articleCount: number;
  articlesLabel: string;
}

export interface ActorGroupView {
  kind: ActorKind;
  heading: string;
  count: number;
  actors: IndexActorView[];
}

export interface IndexTopicView {
  id: string;
  title: string;
  pageUrl: string;
  articleCount: number;
  articlesLabel: string;
  actorCount: number;
}

export interface IndexPage {
  generatedAt: string;
  counts: { articles: number; actors: number; quotes: number; topics: number };
  actorGroups: ActorGroupView[];
  topics: IndexTopicView[];
  articles: ArticleRef[];
}

const GROUP_HEADINGS: [ActorKind, string][] = [
  ['person', 'People'],
  ['organization', 'Organisations'],
  ['place', 'Places'],
];

export function buildIndexPage(index: KbIndex): IndexPage {
  const { kb } = index;
  const actorGroups = GROUP_HEADINGS.map(([kind, heading]): ActorGroupView => {
    const actors = kb.actors
      .filter((actor) => actor.kind === kind)
      .map((actor) => ({
        id: actor.id,
        name: actor.name,
        pageUrl: actorUrl(actor.id),
        mentionCount: actor.mentions.length,
        articleCount: index.articleCount(actor.id),
        articlesLabel: plural(index.articleCount(actor.id), 'article'),
      }))
      .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    return { kind, heading, count: actors.length, actors };
  });
  return {
    generatedAt: kb.generatedAt,
    counts: { articles: kb.articles.length, actors: kb.actors.length, quotes: kb.quotes.length, topics: kb.topics.length },
    actorGroups,
    topics: kb.topics
      .map((topic) => ({
        id: topic.id,
        title: topic.title,
        pageUrl: topicUrl(topic.id),
        articleCount: topic.articles.length,
        articlesLabel: plural(topic.articles.length, 'article'),
        actorCount: topic.actors.length,
      }))
      .sort((a, b) => b.articleCount - a.articleCount || a.title.localeCompare(b.title)),
    articles: articleRefs(index, kb.articles.map((article) => article.id)),
  };
}
