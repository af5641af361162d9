// A topic's activity for the chart: its sentences per day (by article date), and the days of the events on its timeline.

import type { Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { activityDays, chartView, countsPerDay, type ChartView } from './timeline';

/** Topic sentences per day, with the days of events marked. */
export function topicChart(index: KbIndex, topic: Topic): ChartView {
  const days = activityDays(countsPerDay(index, index.sentenceRuns.get(topic.id)), topic.timeline ?? [], false);
  return chartView('topics', topic.id, topic.title, days, 'sentences on the topic');
}
