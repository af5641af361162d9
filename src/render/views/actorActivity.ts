// An actor's activity for the chart: mentions per day (by article date) and the dated quotes and events of their timeline.

import type { Actor } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { activityDays, chartView, countsPerDay, type ChartView } from './timeline';

/** Mentions and the quotes on the actor's timeline per day, with the days of its events marked. */
export function actorChart(index: KbIndex, actor: Actor): ChartView {
  const days = activityDays(countsPerDay(index, index.mentionRuns.get(actor.id)), actor.timeline ?? [], true);
  return chartView('actors', actor.id, actor.name, days, 'mentions and quotes');
}
