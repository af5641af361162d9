// A topic's activity: its dated quotes and the meetings and talks in its sentences, and sentences per day for the chart.

import type { Topic } from '../../kb/types';
import type { SharedSentence } from '../cooccurrence';
import type { KbIndex } from '../kbIndex';
import { storyTimelineRecords } from './storyFacts';
import { activityDays, chartView, eventRecord, quoteRecord, sortRecords, type ChartView, type TimelineRecord } from './timeline';

const TAKES_PART = new Set(['person', 'organization']);

/** The topic's timeline from the knowledge base, or (for an older one) its quotes and meeting sentences by article date. */
export function topicTimelineRecords(index: KbIndex, topic: Topic): TimelineRecord[] {
  if (index.hasStoryFacts && topic.timeline) return storyTimelineRecords(index, topic.timeline, null);
  const records = topic.quotes.flatMap((id) => {
    const quote = index.quotes.get(id);
    return quote ? [quoteRecord(index, quote)] : [];
  });
  // Meetings come from the shared sentences found at startup: no sentence is searched again here.
  const seen = new Set<SharedSentence>();
  for (const span of topic.sentences) {
    for (const sentence of index.meetingsByArticle.get(span.article) ?? []) {
      if (seen.has(sentence) || sentence.end <= span.start || sentence.start >= span.end) continue;
      seen.add(sentence);
      const actors = sentence.actors.filter((id) => TAKES_PART.has(index.actors.get(id)?.kind ?? ''));
      if (actors.length < 2) continue;
      const [lead, ...others] = actors;
      records.push(eventRecord(index, sentence, others, lead!));
    }
  }
  return sortRecords(records);
}

/** Topic sentences per day (by article date), with meetings and talks marked. */
export function topicChart(index: KbIndex, topic: Topic, records: TimelineRecord[]): ChartView {
  const counts = new Map<string | null, number>();
  for (const span of topic.sentences) {
    const date = index.articles.get(span.article)?.date ?? null;
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  const events = records.filter((record) => record.kind === 'event');
  return chartView('topics', topic.id, topic.title, activityDays(counts, events), 'sentences on the topic');
}
