// An actor's activity: dated quotes and meetings in order, activity per day for the chart, the figures they cited.

import type { Actor } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { storyTimelineRecords } from './storyFacts';
import { activityDays, chartView, eventRecord, quoteRecord, sortRecords, type ChartView, type TimelineRecord } from './timeline';

const TAKES_PART = new Set(['person', 'organization']);

/**
 * The actor's timeline: the knowledge base's own (events and quotes by the date they happened), or, for a knowledge
 * base built before it had one, every quote and every meeting, talks or call sentence, by the article's date.
 */
export function actorTimelineRecords(index: KbIndex, actor: Actor): TimelineRecord[] {
  if (index.hasStoryFacts && actor.timeline) return storyTimelineRecords(index, actor.timeline, actor.id);
  const records = (index.quotesBySpeaker.get(actor.id) ?? []).map((quote) => quoteRecord(index, quote));
  if (TAKES_PART.has(actor.kind)) {
    for (const sentence of index.meetingsByActor.get(actor.id) ?? []) {
      const others = sentence.actors.filter((id) => id !== actor.id && TAKES_PART.has(index.actors.get(id)?.kind ?? ''));
      if (others.length) records.push(eventRecord(index, sentence, others));
    }
  }
  return sortRecords(records);
}

/** Mentions and quotes per day (by article date), with meetings and talks marked. */
export function actorChart(index: KbIndex, actor: Actor, records: TimelineRecord[]): ChartView {
  // Mentions come grouped by article, so the date is looked up once per run of one article.
  const counts = new Map<string | null, number>();
  let article = '';
  let date: string | null = null;
  for (const mention of actor.mentions) {
    if (mention.article !== article) {
      article = mention.article;
      date = index.articles.get(article)?.date ?? null;
    }
    counts.set(date, (counts.get(date) ?? 0) + 1);
  }
  for (const record of records) if (record.kind !== 'event') counts.set(record.date, (counts.get(record.date) ?? 0) + 1);
  const events = records.filter((record) => record.kind === 'event');
  return chartView('actors', actor.id, actor.name, activityDays(counts, events), 'mentions and quotes');
}
