// Topic sheet view model: summary (editor's, or the most central sentences), facts, people and their quotes, sources.

import type { Quote, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { embedUrl, topicUrl } from '../urls';
import { figureFacts, type FigureConflictView, type FigureView } from './conflicts';
import { extractiveSummary } from './extractiveSummary';
import { listLink, type ListLink } from './lists';
import { storyFigureFacts } from './storyFacts';
import { rankQuotes } from './quoteRanking';
import { articleRefs, outletKeyOf, plural, quoteView, type ArticleRef, type QuoteView } from './shared';
import { topicActors, topicQuoteGroups, relatedTopicsOf, type QuoteGroupView, type TopicActorView } from './topicPeople';
import type { RelatedTopicView } from './relatedActors';
import { timelineEntry, type ChartView, type TimelineEntry, type TimelineRecord } from './timeline';
import { topicChart, topicTimelineRecords } from './topicActivity';

export type { QuoteGroupView, TopicActorView } from './topicPeople';

export interface SummaryParagraph {
  text: string;
  /** Evidence for an extracted sentence; null for the editor's own words. */
  evidenceUrl: string | null;
  citation: string | null;
}

export const TOPIC_LIMITS = { summary: 3, quotes: 5, groups: 8, actors: 30, timeline: 12, topics: 10, sources: 50, figures: 10 };

export interface TopicSheet {
  id: string;
  title: string;
  pageUrl: string;
  markdownUrl: string;
  jsonUrl: string;
  embedUrl: string;
  terms: string[];
  curated: boolean;
  summarySource: 'editor' | 'extracted' | 'none';
  summaryNote: string;
  articlesLabel: string;
  /** "5 articles from 2 outlets · 15 quotes · 19 actors · 2021-12-23 to 2021-12-31" */
  summaryLine: string;
  summary: SummaryParagraph[];
  figures: FigureView[];
  figureConflicts: FigureConflictView[];
  timeline: TimelineEntry[];
  chart: ChartView;
  /** The best-backed quotes on the topic. */
  quotes: QuoteView[];
  /** Who said what on the topic, speaker by speaker. */
  quoteGroups: QuoteGroupView[];
  actors: TopicActorView[];
  relatedTopics: RelatedTopicView[];
  sources: ArticleRef[];
  lastUpdated: string | null;
  lists: Record<TopicListName, ListLink>;
}

export interface TopicLists {
  quotes: Quote[];
  actors: TopicActorView[];
  timeline: TimelineRecord[];
  topics: RelatedTopicView[];
  sources: ArticleRef[];
}

export type TopicListName = keyof TopicLists;

/** The URL names of the lists: `/topics/:slug/quotes.json` (a Map, so no inherited name can match). */
export const TOPIC_LIST_PATHS = new Map<string, TopicListName>(
  (['quotes', 'actors', 'timeline', 'topics', 'sources'] as const).map((name) => [name, name]),
);

const SUMMARY_NOTES: Record<TopicSheet['summarySource'], string> = {
  editor: "Editor's summary.",
  extracted: 'Not written by an editor: the sentences most central to this topic across outlets, each linked to its source.',
  none: 'No summary yet.',
};

/** The editor's summary is shown as plain paragraphs: escaped like any other text, never raw markdown. */
function editorSummary(summary: string): SummaryParagraph[] {
  return summary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((text) => ({ text, evidenceUrl: null, citation: null }));
}

function topicQuotes(index: KbIndex, topic: Topic): Quote[] {
  return rankQuotes(index, topic.quotes.flatMap((id) => index.quotes.get(id) ?? []));
}

export function topicLists(index: KbIndex, topic: Topic): TopicLists {
  return {
    quotes: topicQuotes(index, topic),
    actors: topicActors(index, topic),
    timeline: topicTimelineRecords(index, topic),
    topics: relatedTopicsOf(index, topic),
    sources: articleRefs(index, topic.articles),
  };
}

export function topicListViews(index: KbIndex, list: TopicListName, items: unknown[]): unknown[] {
  if (list === 'quotes') return (items as Quote[]).map((quote) => quoteView(index, quote));
  if (list === 'timeline') return (items as TimelineRecord[]).map((record) => timelineEntry(index, record));
  return items;
}

function summaryLine(index: KbIndex, lists: TopicLists): string {
  const outlets = new Set(lists.sources.map((s) => outletKeyOf(index.articles.get(s.id), s.id)).filter((k) => !k.startsWith('article:')));
  const dates = lists.sources.map((s) => s.date).filter((d): d is string => d !== null);
  const parts = [
    `${plural(lists.sources.length, 'article')} from ${plural(outlets.size, 'named outlet')}`,
    plural(lists.quotes.length, 'quote'),
    plural(lists.actors.length, 'actor'),
  ];
  if (dates.length) parts.push(dates[0] === dates.at(-1) ? `on ${dates[0]}` : `${dates[0]} to ${dates.at(-1)}`);
  return parts.join(' · ');
}

export function buildTopicSheet(index: KbIndex, topic: Topic): TopicSheet {
  const lists = topicLists(index, topic);
  const editor = topic.summary?.trim();
  const summary: SummaryParagraph[] = editor ? editorSummary(editor) : extractiveSummary(index, topic, TOPIC_LIMITS.summary);
  const summarySource = editor ? 'editor' : summary.length ? 'extracted' : 'none';
  const figures = index.hasStoryFacts
    ? storyFigureFacts(index, (topic.figures ?? []).flatMap((id) => index.figures.get(id) ?? []), TOPIC_LIMITS.figures)
    : figureFacts(index, topic.sentences, TOPIC_LIMITS.figures);
  const link = (name: TopicListName, path: string, limit: number) => listLink('topics', topic.id, path, lists[name].length, limit);
  const dates = lists.sources.map((s) => s.date).filter((d): d is string => d !== null);
  return {
    id: topic.id,
    title: topic.title,
    pageUrl: topicUrl(topic.id),
    markdownUrl: topicUrl(topic.id, '.md'),
    jsonUrl: topicUrl(topic.id, '.json'),
    embedUrl: embedUrl('topics', topic.id),
    terms: topic.terms,
    curated: topic.curated,
    summarySource,
    summaryNote: SUMMARY_NOTES[summarySource],
    articlesLabel: plural(lists.sources.length, 'article'),
    summaryLine: summaryLine(index, lists),
    summary,
    figures: figures.figures,
    figureConflicts: figures.conflicts,
    timeline: topicListViews(index, 'timeline', lists.timeline.slice(0, TOPIC_LIMITS.timeline)) as TimelineEntry[],
    chart: topicChart(index, topic, lists.timeline),
    quotes: topicListViews(index, 'quotes', lists.quotes.slice(0, TOPIC_LIMITS.quotes)) as QuoteView[],
    quoteGroups: topicQuoteGroups(index, lists.quotes, TOPIC_LIMITS.groups),
    actors: lists.actors.slice(0, TOPIC_LIMITS.actors),
    relatedTopics: lists.topics.slice(0, TOPIC_LIMITS.topics),
    sources: lists.sources.slice(0, TOPIC_LIMITS.sources),
    lastUpdated: dates.at(-1) ?? null,
    lists: {
      quotes: link('quotes', 'quotes', TOPIC_LIMITS.quotes),
      actors: link('actors', 'actors', TOPIC_LIMITS.actors),
      timeline: link('timeline', 'timeline', TOPIC_LIMITS.timeline),
      topics: link('topics', 'topics', TOPIC_LIMITS.topics),
      sources: link('sources', 'sources', TOPIC_LIMITS.sources),
    },
  };
}
