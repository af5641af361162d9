// An actor's activity for the chart: mentions per day (by article date) and the dated quotes and events of their timeline.

import type { Actor } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { chartView, type ChartView } from './timeline';

/** Mentions and the quotes on the actor's timeline per day, with the days of its events marked (counted at build time). */
export function actorChart(index: KbIndex, actor: Actor): ChartView {
  return chartView('actors', actor.id, actor.name, index.actorFacts(actor).activity, 'mentions and quotes');
}
