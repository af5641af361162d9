// Figures, events and timelines from the knowledge base's build-time story facts, shaped like the views sheets show.

import type { EventKind, Figure, StoryEvent, TimelineEntry as KbTimelineEntry } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { evidenceUrl } from '../urls';
import { pluralNoun, type FigureConflictView, type FigureFactsView, type FigureView } from './conflicts';
import { quoteRecord, type TimelineRecord } from './timeline';
import { citationOf, outletOf, plural } from './shared';

const REPORTS_PER_FIGURE = 5;

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  call: 'Call', meeting: 'Meeting', talks: 'Talks', press_conference: 'Press conference', summit: 'Summit',
  statement: 'Statement', sanctions: 'Sanctions', deployment: 'Deployment',
};

/** Kinds of event at which people meet: their participants are "met or talked with" each other. */
export const MEETING_EVENTS = new Set<EventKind>(['call', 'meeting', 'talks', 'summit']);

function figureView(index: KbIndex, figure: Figure): FigureView {
  const plain = figure.sources.find((source) => source.qualifier === null) ?? figure.sources[0];
  return {
    phrase: plain?.phrase ?? String(figure.value),
    counts: figure.counts ?? figure.describes ?? figure.unit ?? '',
    outlets: figure.corroboration,
    outletsLabel: plural(figure.corroboration, 'outlet'),
    reports: figure.sources.slice(0, REPORTS_PER_FIGURE).map((source) => {
      const article = index.articles.get(source.article);
      return { citation: citationOf(outletOf(article), source.date ?? article?.date ?? null), evidenceUrl: evidenceUrl(source) };
    }),
  };
}

/** The best-corroborated figures, and each set of figures that count the same thing with different values. */
export function storyFigureFacts(index: KbIndex, figures: Figure[], limit: number): FigureFactsView {
  const ranked = [...figures].sort((a, b) => b.corroboration - a.corroboration);
  const conflicts: FigureConflictView[] = [];
  const seenKeys = new Set<string>();
  for (const figure of ranked) {
    if (!figure.conflictsWith.length || seenKeys.has(figure.key)) continue;
    seenKeys.add(figure.key);
    const rivals = figure.conflictsWith.flatMap((id) => index.figures.get(id) ?? []);
    const counts = figure.counts ?? figure.describes ?? figure.unit ?? figure.key;
    conflicts.push({ counts, countsPlural: pluralNoun(counts), readings: [figure, ...rivals].map((f) => figureView(index, f)) });
  }
  return { figures: ranked.slice(0, limit).map((f) => figureView(index, f)), conflicts };
}

/** "2021-12-07", "2022-01", "2022-01-10 to 2022-01-12". */
function dateLabel(event: StoryEvent): string | null {
  if (!event.date) return null;
  return typeof event.date === 'string' ? event.date : `${event.date.from} to ${event.date.to}`;
}

/** "Call with Joe Biden", "Press conference in Moscow", "Talks between A and B (planned)". */
export function eventLabel(index: KbIndex, event: StoryEvent, subject: string | null): string {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const others = event.participants.filter((id) => id !== subject).map(name);
  const kind = EVENT_KIND_LABELS[event.kind];
  let label = kind;
  if (others.length) label = subject && event.participants.includes(subject) ? `${kind} with ${others.join(', ')}` : `${kind}: ${others.join(', ')}`;
  if (event.place && index.actors.has(event.place)) label += ` in ${name(event.place)}`;
  return event.status === 'planned' ? `${label} (planned)` : label;
}

function eventRecordOf(index: KbIndex, event: StoryEvent, date: string, subject: string | null): TimelineRecord | null {
  const source = event.sources[0];
  if (!source) return null;
  return {
    date,
    dateLabel: dateLabel(event) ?? date,
    span: { article: source.article, start: source.start, end: source.end },
    kind: 'event',
    label: eventLabel(index, event, subject),
    text: event.description,
    corroboration: event.corroboration,
  };
}

/** A subject's timeline (actor.timeline or topic.timeline), in the knowledge base's date order. */
export function storyTimelineRecords(index: KbIndex, entries: KbTimelineEntry[], subject: string | null): TimelineRecord[] {
  return entries.flatMap((entry) => {
    if (entry.kind === 'event') {
      const event = index.events.get(entry.ref);
      const record = event ? eventRecordOf(index, event, entry.date, subject) : null;
      return record ? [record] : [];
    }
    const quote = index.quotes.get(entry.ref);
    return quote ? [{ ...quoteRecord(index, quote), date: entry.date, dateLabel: entry.date }] : [];
  });
}
