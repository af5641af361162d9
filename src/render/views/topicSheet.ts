// Topic sheet view model: summary (editor's, or the sentences that best match the topic), actors, quotes, sources.

import type { Span, Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, evidenceUrl, topicUrl } from '../urls';
import { articleRefs, compareQuotes, plural, quoteView, spanText, type ArticleRef, type QuoteView } from './shared';
import { KIND_LABELS } from './actorSheet';

export interface SummaryParagraph {
  text: string;
  /** Evidence for an extracted sentence; null for the editor's own words. */
  evidenceUrl: string | null;
}

export interface TopicActorView {
  id: string;
  name: string;
  kindLabel: string;
  pageUrl: string;
  /** Articles of this topic the actor appears in. */
  articleCount: number;
  articlesLabel: string;
}

export interface TopicSheet {
  id: string;
  title: string;
  pageUrl: string;
  markdownUrl: string;
  jsonUrl: string;
  terms: string[];
  curated: boolean;
  summarySource: 'editor' | 'extracted' | 'none';
  summaryNote: string;
  articlesLabel: string;
  summary: SummaryParagraph[];
  actors: TopicActorView[];
  quotes: QuoteView[];
  sources: ArticleRef[];
}

export const SUMMARY_SENTENCES = 3;

const SUMMARY_NOTES: Record<TopicSheet['summarySource'], string> = {
  editor: "Editor's summary.",
  extracted: 'The sentences from the articles that best match this topic.',
  none: 'No summary yet.',
};

/** The editor's summary is shown as plain paragraphs: escaped like any other text, never raw markdown. */
function editorSummary(summary: string): SummaryParagraph[] {
  return summary
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((text) => ({ text, evidenceUrl: null }));
}

/** Sentences naming the most distinct topic terms, first-seen order breaking ties; duplicates folded. */
function topSentences(index: KbIndex, topic: Topic): SummaryParagraph[] {
  const terms = topic.terms.map((term) => term.toLowerCase());
  const seen = new Set<string>();
  const scored: { span: Span; text: string; score: number; order: number }[] = [];
  topic.sentences.forEach((span, order) => {
    const text = spanText(index, span);
    const key = text.toLowerCase();
    if (!text || seen.has(key)) return;
    seen.add(key);
    const score = terms.filter((term) => key.includes(term)).length;
    scored.push({ span, text, score, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, SUMMARY_SENTENCES)
    .map(({ span, text }) => ({ text, evidenceUrl: evidenceUrl(span) }));
}

function topicActors(index: KbIndex, topic: Topic): TopicActorView[] {
  const topicArticles = new Set(topic.articles);
  return topic.actors
    .flatMap((id) => {
      const actor = index.actors.get(id);
      if (!actor) return [];
      const inTopic = [...(index.articlesByActor.get(id) ?? [])].filter((a) => topicArticles.has(a)).length;
      return [{ id, name: actor.name, kindLabel: KIND_LABELS[actor.kind], pageUrl: actorUrl(id), articleCount: inTopic, articlesLabel: plural(inTopic, 'article') }];
    })
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}

export function buildTopicSheet(index: KbIndex, topic: Topic): TopicSheet {
  const summary = topic.summary?.trim() ? editorSummary(topic.summary) : topSentences(index, topic);
  const summarySource = topic.summary?.trim() ? 'editor' : summary.length ? 'extracted' : 'none';
  return {
    id: topic.id,
    title: topic.title,
    pageUrl: topicUrl(topic.id),
    markdownUrl: topicUrl(topic.id, '.md'),
    jsonUrl: topicUrl(topic.id, '.json'),
    terms: topic.terms,
    curated: topic.curated,
    summarySource,
    summaryNote: SUMMARY_NOTES[summarySource],
    articlesLabel: plural(new Set(topic.articles).size, 'article'),
    summary,
    actors: topicActors(index, topic),
    quotes: topic.quotes
      .flatMap((id) => {
        const quote = index.quotes.get(id);
        return quote ? [quoteView(index, quote)] : [];
      })
      .sort(compareQuotes),
    sources: articleRefs(index, topic.articles),
  };
}
