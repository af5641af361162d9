// Figures and events from the knowledge base's build-time story facts, shaped like the views sheets show.

import type { EventKind, Figure, StoryEvent } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { evidenceUrl } from '../urls';
import { pluralNoun, type FigureConflictView, type FigureFactsView, type FigureView } from './conflicts';
import { citationOf, outletOf, plural } from './shared';

const REPORTS_PER_FIGURE = 2;

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  call: 'Call', meeting: 'Meeting', talks: 'Talks', press_conference: 'Press conference', summit: 'Summit',
  statement: 'Statement', sanctions: 'Sanctions', deployment: 'Deployment',
};

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

/** Readings shown side by side for one thing counted differently. */
const READINGS_PER_CONFLICT = 3;

/**
 * The best-corroborated figures (at most `limit`), and up to `conflictLimit` sets of figures that count the same thing
 * with different values, best-corroborated first.
 */
export function storyFigureFacts(index: KbIndex, figures: Figure[], limit: number, conflictLimit: number): FigureFactsView {
  const ranked = [...figures].sort((a, b) => b.corroboration - a.corroboration);
  const conflicts: FigureConflictView[] = [];
  const seenKeys = new Set<string>();
  for (const figure of ranked) {
    if (conflicts.length === conflictLimit) break;
    if (!figure.conflictsWith.length || seenKeys.has(figure.key)) continue;
    seenKeys.add(figure.key);
    const readings = [figure];
    for (const id of figure.conflictsWith) {
      const rival = index.figures.get(id);
      if (rival && readings.length < READINGS_PER_CONFLICT) readings.push(rival);
    }
    const counts = figure.counts ?? figure.describes ?? figure.unit ?? figure.key;
    conflicts.push({ counts, countsPlural: pluralNoun(counts), readings: readings.map((f) => figureView(index, f)) });
  }
  return { figures: ranked.slice(0, limit).map((f) => figureView(index, f)), conflicts };
}

/** "2021-12-07", "2022-01", "2022-01-10 to 2022-01-12". */
export function eventDateLabel(event: StoryEvent): string | null {
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
