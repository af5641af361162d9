// A topic's summary when no editor wrote one: the most central sentences across outlets (chosen by
// src/kb/topicSummary.ts, at build time for a sheet), each shown with its source.

import type { Span, Topic } from '../../kb/types';
import { summarySentences } from '../../kb/topicSummary';
import type { KbIndex } from '../kbIndex';
import { evidenceUrl } from '../urls';
import { citationOf, outletOf, spanText } from './shared';

export interface SummarySentence {
  text: string;
  citation: string;
  evidenceUrl: string;
}

/** Sentences as the summary shows them: the words, and where they come from. */
export function summarySentenceViews(index: KbIndex, spans: readonly Span[]): SummarySentence[] {
  return spans.map((span) => {
    const article = index.articles.get(span.article);
    return { text: spanText(index, span), citation: citationOf(outletOf(article), article?.date ?? null), evidenceUrl: evidenceUrl(span) };
  });
}

/** Up to `count` sentences: central first, no near-repeats, a second sentence from one outlet only when needed. */
export function extractiveSummary(index: KbIndex, topic: Topic, count: number): SummarySentence[] {
  return summarySentenceViews(index, summarySentences(index.articles, topic, count));
}
