// Topic sheet view model: summary (editor's, or the most central sentences), facts, people and their quotes, sources.

import type { Quote, Topic, TimelineEntry as KbTimelineEntry } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { embedUrl, topicUrl } from '../urls';
import type { FigureConflictView, FigureView } from './conflicts';
import { summarySentenceViews } from './extractiveSummary';
import { listLink, type ListLink } from './lists';
import { storyFigureFacts } from './storyFacts';
import { rankedQuoteIds } from './quoteRanking';
import { RankedList, type OrderedList } from './ranked';
import { articleList, articleRef, plural, quoteView, type ArticleRef, type QuoteView } from './shared';
import { topicActors, topicQuoteGroups, relatedTopicsOf, type QuoteGroupView, type TopicActorView } from './topicPeople';
import type { RelatedTopicView } from './relatedActors';
import { timelineEntry, timelineList, type ChartView, type TimelineEntry } from './timeline';
import { topicChart } from './topicActivity';

export type { QuoteGroupView, TopicActorView } from './topicPeople';

export interface SummaryParagraph {
  text: string;
  /** Evidence for an extracted sentence; null for the editor's own words. */
  evidenceUrl: string | null;
  citation: string | null;
}

/** How many items each section shows, so the sheet stays a few KB however big the topic; the rest is in the JSON lists. */
export const TOPIC_LIMITS = { summary: 3, quotes: 4, groups: 4, actors: 10, timeline: 6, topics: 5, sources: 6, figures: 4, figureConflicts: 2 };

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

/** The topic's lists in rank order (ranked in the knowledge base, src/kb/sheetFacts.ts); views are built for what a page shows. */
export interface TopicLists {
  quotes: OrderedList<Quote>;
  actors: OrderedList<TopicActorView>;
  timeline: OrderedList<KbTimelineEntry>;
  topics: RankedList<RelatedTopicView>;
  /** Article ids, oldest first. */
  sources: OrderedList<string>;
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

export function topicLists(index: KbIndex, topic: Topic): TopicLists {
  return {
    quotes: rankedQuoteIds(index, index.topicFacts(topic).quotes),
    actors: topicActors(index, topic),
    timeline: timelineList(index, topic.timeline),
    topics: relatedTopicsOf(index, topic),
    sources: articleList(index, index.topicArticles(topic)),
  };
}

/** Views for some items of a list (the sheet's head, or one page of the JSON list). */
export function topicListViews(index: KbIndex, list: TopicListName, items: readonly unknown[]): unknown[] {
  if (list === 'quotes') return (items as Quote[]).map((quote) => quoteView(index, quote));
  if (list === 'timeline') return (items as KbTimelineEntry[]).map((entry) => timelineEntry(index, entry, null));
  if (list === 'sources') return (items as string[]).map((id) => articleRef(index, id));
  return [...items];
}

/** The one-line summary and the newest date, over all the topic's articles, as the knowledge base counted them. */
function summaryOf(index: KbIndex, topic: Topic, lists: TopicLists): { line: string; lastUpdated: string | null } {
  const { outlets, from, to } = index.topicFacts(topic).coverage;
  const parts = [
    `${plural(lists.sources.total, 'article')} from ${plural(outlets, 'named outlet')}`,
    plural(lists.quotes.total, 'quote'),
    plural(lists.actors.total, 'actor'),
  ];
  if (from) parts.push(from === to ? `on ${from}` : `${from} to ${to}`);
  return { line: parts.join(' · '), lastUpdated: to };
}

export function buildTopicSheet(index: KbIndex, topic: Topic): TopicSheet {
  const lists = topicLists(index, topic);
  const shown = <T>(name: TopicListName, limit: number): T[] => topicListViews(index, name, lists[name].head(limit)) as T[];
  const editor = topic.summary?.trim();
  const summary: SummaryParagraph[] = editor ? editorSummary(editor) : summarySentenceViews(index, index.topicFacts(topic).summary.slice(0, TOPIC_LIMITS.summary));
  const summarySource = editor ? 'editor' : summary.length ? 'extracted' : 'none';
  const figureList = (topic.figures ?? []).flatMap((id) => index.figures.get(id) ?? []);
  const figures = storyFigureFacts(index, figureList, TOPIC_LIMITS.figures, TOPIC_LIMITS.figureConflicts);
  const link = (name: TopicListName, path: string, limit: number) => listLink('topics', topic.id, path, lists[name].total, limit);
  const { line, lastUpdated } = summaryOf(index, topic, lists);
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
    articlesLabel: plural(lists.sources.total, 'article'),
    summaryLine: line,
    summary,
    figures: figures.figures,
    figureConflicts: figures.conflicts,
    timeline: shown<TimelineEntry>('timeline', TOPIC_LIMITS.timeline),
    chart: topicChart(index, topic),
    quotes: shown<QuoteView>('quotes', TOPIC_LIMITS.quotes),
    quoteGroups: topicQuoteGroups(index, topic, TOPIC_LIMITS.groups),
    actors: shown<TopicActorView>('actors', TOPIC_LIMITS.actors),
    relatedTopics: shown<RelatedTopicView>('topics', TOPIC_LIMITS.topics),
    sources: shown<ArticleRef>('sources', TOPIC_LIMITS.sources),
    lastUpdated,
    lists: {
      quotes: link('quotes', 'quotes', TOPIC_LIMITS.quotes),
      actors: link('actors', 'actors', TOPIC_LIMITS.actors),
      timeline: link('timeline', 'timeline', TOPIC_LIMITS.timeline),
      topics: link('topics', 'topics', TOPIC_LIMITS.topics),
      sources: link('sources', 'sources', TOPIC_LIMITS.sources),
    },
  };
}
