// Timelines: dated entries (quotes, statements, events) in order, and activity per day for the chart.

import type { Quote, Span } from '../../kb/types';
import type { MeetingKind, SharedSentence } from '../cooccurrence';
import type { KbIndex } from '../kbIndex';
import { chartUrl, evidenceUrl, type SheetSection } from '../urls';
import { firstReported } from './quoteRanking';
import { citationOf, outletOf, plural, spanText } from './shared';

export interface TimelineEntry {
  /** Sortable date (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
  date: string | null;
  /** The date as shown: "2021-12-07", "2022-01", "2022-01-10 to 2022-01-12", or "undated". */
  dateLabel: string;
  kind: 'quote' | 'statement' | 'event';
  /** "Quoted", "Reported statement", "Talks with Joe Biden". */
  label: string;
  text: string;
  outlet: string;
  citation: string;
  evidenceUrl: string;
  /** "3 outlets" when more than one outlet reports it, else null. */
  corroborationLabel: string | null;
}

/** An entry before its view is built: sorting and paging need only the date and position. */
export interface TimelineRecord {
  date: string | null;
  span: Span;
  kind: TimelineEntry['kind'];
  label: string;
  /** Quote text; for events the sentence is read from the article when the entry is shown. */
  text: string | null;
  dateLabel?: string;
  /** Distinct outlets reporting it, when known. */
  corroboration?: number;
}

export interface ActivityDay {
  date: string;
  /** Mentions, quotes or topic sentences reported that day. */
  count: number;
  /** Meetings, talks or calls reported that day. */
  events: number;
}

export interface ChartView {
  svgUrl: string;
  /** Alternative text: what the chart shows, in words. */
  description: string;
  from: string | null;
  to: string | null;
  days: ActivityDay[];
}

const EVENT_LABELS: Record<MeetingKind, string> = { meeting: 'Meeting', talks: 'Talks', call: 'Call' };

export function quoteRecord(index: KbIndex, quote: Quote): TimelineRecord {
  const date = firstReported(index, quote);
  const source = quote.sources.find((s) => (s.date ?? index.articles.get(s.article)?.date ?? null) === date) ?? quote.sources[0]!;
  const kind = quote.kind === 'indirect' ? 'statement' : 'quote';
  return { date, span: source, kind, label: kind === 'statement' ? 'Reported statement' : 'Quoted', text: quote.text, corroboration: quote.corroboration };
}

/** A meeting, talks or call sentence: "Talks with B, C" on one participant’s sheet, or "Talks between A and B" given a `lead`. */
export function eventRecord(index: KbIndex, sentence: SharedSentence, others: string[], lead: string | null = null): TimelineRecord {
  const names = others.map((id) => index.actors.get(id)?.name ?? id).join(', ');
  const kind = EVENT_LABELS[sentence.meeting!];
  const label = lead ? `${kind} between ${index.actors.get(lead)?.name ?? lead} and ${names}` : `${kind} with ${names}`;
  return { date: index.articles.get(sentence.article)?.date ?? null, span: sentence, kind: 'event', label, text: null };
}

/** Dated first, oldest first; same day in article order. */
export function sortRecords(records: TimelineRecord[]): TimelineRecord[] {
  return records.sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
    if (a.span.article !== b.span.article) return a.span.article < b.span.article ? -1 : 1;
    return a.span.start - b.span.start;
  });
}

export function timelineEntry(index: KbIndex, record: TimelineRecord): TimelineEntry {
  const article = index.articles.get(record.span.article);
  const outlet = outletOf(article);
  return {
    date: record.date,
    dateLabel: record.dateLabel ?? record.date ?? 'undated',
    kind: record.kind,
    label: record.label,
    text: record.text ?? spanText(index, record.span),
    outlet,
    citation: citationOf(outlet, article?.date ?? null),
    evidenceUrl: evidenceUrl(record.span),
    corroborationLabel: record.corroboration && record.corroboration > 1 ? plural(record.corroboration, 'outlet') : null,
  };
}

/** Counts per day from (date, weight) pairs, events marked; days in order. */
export function activityDays(counts: Iterable<[string | null, number]>, events: TimelineRecord[]): ActivityDay[] {
  const days = new Map<string, ActivityDay>();
  const day = (date: string): ActivityDay => {
    let found = days.get(date);
    if (!found) days.set(date, (found = { date, count: 0, events: 0 }));
    return found;
  };
  for (const [date, weight] of counts) if (date) day(date).count += weight;
  for (const event of events) if (event.date) day(event.date).events += 1;
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function chartView(section: SheetSection, id: string, subject: string, days: ActivityDay[], unit: string): ChartView {
  const from = days[0]?.date ?? null;
  const to = days.at(-1)?.date ?? null;
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const events = days.reduce((sum, d) => sum + d.events, 0);
  const busiest = days.reduce<ActivityDay | null>((best, d) => (best && best.count >= d.count ? best : d), null);
  const description = days.length
    ? `Activity per day for ${subject}: ${total} ${unit} from ${from} to ${to}` +
      (busiest ? `, most on ${busiest.date} (${busiest.count})` : '') +
      (events ? `; ${plural(events, 'event')} marked.` : '.')
    : `No dated activity for ${subject}.`;
  return { svgUrl: chartUrl(section, id), description, from, to, days };
}
