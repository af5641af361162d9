// A topic's activity for the chart: its sentences per day (by article date), and the days of the events on its timeline.

import type { Topic } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { chartView, type ChartView } from './timeline';

/** Topic sentences per day, with the days of events marked (counted at build time). */
export function topicChart(index: KbIndex, topic: Topic): ChartView {
  return chartView('topics', topic.id, topic.title, index.topicFacts(topic).activity, 'sentences on the topic');
}
