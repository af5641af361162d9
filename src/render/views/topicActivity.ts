// A topic's activity for the chart: its sentences per day (by article date), and the days of the events on its timeline.

import type { Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { activityDays, chartView, type ChartView } from './timeline';

/** Topic sentences per day, with the days of events marked. Sentences come grouped by article: one date lookup per run. */
export function topicChart(index: KbIndex, topic: Topic): ChartView {
  const counts = new Map<string | null, number>();
  let article = '';
  let date: string | null = null;
  for (const span of topic.sentences) {
    if (span.article !== article) {
      article = span.article;
      date = index.articles.get(article)?.date ?? null;
    }
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  const eventDates: string[] = [];
  for (const entry of topic.timeline ?? []) if (entry.kind === 'event') eventDates.push(entry.date);
  return chartView('topics', topic.id, topic.title, activityDays(counts, eventDates), 'sentences on the topic');
}
