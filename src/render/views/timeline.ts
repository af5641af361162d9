// Timelines: the knowledge base's dated entries (events, quotes) as lines a sheet shows, and activity per day for the chart.

import type { ActivityDay, Quote, Span, TimelineEntry as KbTimelineEntry } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { chartUrl, evidenceUrl, type SheetSection } from '../urls';
import { firstReported } from './quoteRanking';
import type { OrderedList } from './ranked';
import { citationOf, outletOf, plural, spanText } from './shared';
import { eventDateLabel, eventLabel } from './storyFacts';

export interface TimelineEntry {
  /** Sortable date (YYYY, YYYY-MM or YYYY-MM-DD); null when undated. */
  date: string | null;
  /** The date as shown: "2021-12-07", "2022-01", "2022-01-10 to 2022-01-12", or "undated". */
  dateLabel: string;
  kind: 'quote' | 'statement' | 'event';
  /** "Quoted", "Reported statement", "Talks with Joe Biden". */
  label: string;
  /** The quote's words, or the sentence reporting the event. */
  text: string;
  /** What the sheet shows: a quote whole (in quotation marks), an event's sentence cut to about a line. */
  quoted: boolean;
  excerpt: string;
  outlet: string;
  citation: string;
  evidenceUrl: string;
  /** "3 outlets" when more than one outlet reports it, else null. */
  corroborationLabel: string | null;
}

export type { ActivityDay } from '../../kb/types';

export interface ChartView {
  svgUrl: string;
  /** Alternative text: what the chart shows, in words. */
  description: string;
  from: string | null;
  to: string | null;
  days: ActivityDay[];
}

function known(index: KbIndex, entry: KbTimelineEntry): boolean {
  return entry.kind === 'event' ? index.events.has(entry.ref) : index.quotes.has(entry.ref);
}

/**
 * A subject's timeline in the knowledge base's date order. Its entries point at the KB's own events and quotes; one the
 * index does not hold (a store's subset cut short) is skipped where entries are shown, and still counted in the total.
 */
export function timelineList(index: KbIndex, entries: readonly KbTimelineEntry[] | undefined): OrderedList<KbTimelineEntry> {
  const list = entries ?? [];
  const shown = (limit: number): KbTimelineEntry[] => {
    const out: KbTimelineEntry[] = [];
    for (const entry of list) {
      if (out.length >= limit) break;
      if (known(index, entry)) out.push(entry);
    }
    return out;
  };
  return { total: list.length, head: (k) => shown(k), all: () => shown(Infinity) };
}

/** The outlet that first reported a quote: its report is the one a timeline line cites. */
function firstReport(index: KbIndex, quote: Quote): Span {
  const date = firstReported(index, quote);
  return quote.sources.find((s) => (s.date ?? index.articles.get(s.article)?.date ?? null) === date) ?? quote.sources[0]!;
}

/** An event's sentence on a sheet line: whole when short, else cut at a word with an ellipsis (the link leads to all of it). */
export const EXCERPT_LENGTH = 120;

export function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
  return `${text.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).replace(/[\s,;:]+$/, '')}…`;
}

function line(index: KbIndex, date: string, span: Span, fields: Pick<TimelineEntry, 'dateLabel' | 'kind' | 'label'> & { text: string | null; corroboration: number }): TimelineEntry {
  const article = index.articles.get(span.article);
  const outlet = outletOf(article);
  const text = fields.text ?? spanText(index, span);
  const quoted = fields.kind !== 'event';
  return {
    date,
    dateLabel: fields.dateLabel,
    kind: fields.kind,
    label: fields.label,
    text,
    quoted,
    excerpt: quoted ? text : excerpt(text),
    outlet,
    citation: citationOf(outlet, article?.date ?? null),
    evidenceUrl: evidenceUrl(span),
    corroborationLabel: fields.corroboration > 1 ? plural(fields.corroboration, 'outlet') : null,
  };
}

/** One line of a subject's timeline (`subject` is the actor whose sheet it is, null on a topic sheet). */
export function timelineEntry(index: KbIndex, entry: KbTimelineEntry, subject: string | null): TimelineEntry {
  if (entry.kind === 'event') {
    const event = index.events.get(entry.ref)!;
    const source = event.sources[0]!;
    return line(index, entry.date, { article: source.article, start: source.start, end: source.end }, {
      dateLabel: eventDateLabel(event) ?? entry.date, kind: 'event', label: eventLabel(index, event, subject), text: event.description, corroboration: event.corroboration,
    });
  }
  const quote = index.quotes.get(entry.ref)!;
  const kind = quote.kind === 'indirect' ? 'statement' : 'quote';
  return line(index, entry.date, firstReport(index, quote), {
    dateLabel: entry.date, kind, label: kind === 'statement' ? 'Reported statement' : 'Quoted', text: quote.text, corroboration: quote.corroboration,
  });
}

export function chartView(section: SheetSection, id: string, subject: string, days: ActivityDay[], unit: string): ChartView {
  const from = days[0]?.date ?? null;
  const to = days.at(-1)?.date ?? null;
  let total = 0;
  let events = 0;
  let busiest: ActivityDay | null = null;
  for (const d of days) {
    total += d.count;
    events += d.events;
    if (!busiest || busiest.count < d.count) busiest = d;
  }
  const description = days.length
    ? `Activity per day for ${subject}: ${total} ${unit} from ${from} to ${to}` +
      (busiest ? `, most on ${busiest.date} (${busiest.count})` : '') +
      (events ? `; ${plural(events, 'event')} marked.` : '.')
    : `No dated activity for ${subject}.`;
  return { svgUrl: chartUrl(section, id), description, from, to, days };
}
