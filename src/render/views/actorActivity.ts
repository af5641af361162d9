// An actor's activity for the chart: mentions per day (by article date) and the dated quotes and events of their timeline.

import type { Actor } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { activityDays, chartView, type ChartView } from './timeline';

/** Mentions and the quotes on the actor's timeline per day, with the days of its events marked. Mentions come grouped by article: one date lookup per run. */
export function actorChart(index: KbIndex, actor: Actor): ChartView {
  const counts = new Map<string | null, number>();
  let article = '';
  let date: string | null = null;
  let run = 0;
  for (const mention of actor.mentions) {
    if (mention.article !== article) {
      if (run) counts.set(date, (counts.get(date) ?? 0) + run);
      article = mention.article;
      date = index.articles.get(article)?.date ?? null;
      run = 0;
    }
    run++;
  }
  if (run) counts.set(date, (counts.get(date) ?? 0) + run);
  const eventDates: string[] = [];
  for (const entry of actor.timeline ?? []) {
    if (entry.kind === 'event') eventDates.push(entry.date);
    else counts.set(entry.date, (counts.get(entry.date) ?? 0) + 1);
  }
  return chartView('actors', actor.id, actor.name, activityDays(counts, eventDates), 'mentions and quotes');
}
