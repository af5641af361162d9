// Story facts for a page: the date phrases in the window's articles, and the figures and events reported there with
// all their sources (and the figures they conflict with), as KB objects; timelines are then derived from them.

import type { DateFact, Figure, StoryEvent } from '../../kb/types';
import { sql, type Statement } from '../sql/statement';
import { firstConflictsOf, firstSourcesOf, sourcesInWindow } from './fanout';
import { IN_LIST } from './session';
import { span, type SpanRow } from './rows';

export interface DateFactRow extends SpanRow {
  phrase: string;
  resolved: string | null;
  precision: DateFact['precision'];
  modifier: DateFact['modifier'];
}

export interface FigureRow {
  seq: number;
  id: string;
  value: number;
  unit: string | null;
  counts: string | null;
  describes: string | null;
  qualifiers: string;
  key: string;
  corroboration: number;
}

export interface FigureSourceRow extends SpanRow {
  figure_id: string;
  phrase: string;
  qualifier: string | null;
  speaker: string | null;
  date: string | null;
}

export interface EventRow {
  seq: number;
  id: string;
  kind: StoryEvent['kind'];
  date: string | null;
  date_precision: StoryEvent['datePrecision'];
  status: StoryEvent['status'];
  participants: string;
  place: string | null;
  description: string;
  corroboration: number;
}

export interface EventSourceRow extends SpanRow {
  event_id: string;
  trigger_start: number;
  trigger_end: number;
  date_evidence_start: number | null;
  date_evidence_end: number | null;
  date: string | null;
}

export interface StoryRows {
  dates: DateFactRow[];
  figures: FigureRow[];
  figureSources: FigureSourceRow[];
  figureConflicts: Array<{ figure_id: string; other_id: string }>;
  events: EventRow[];
  eventSources: EventSourceRow[];
}

const FIGURE_COLUMNS = 'rowid AS seq, id, value, unit, counts, describes, qualifiers, key, corroboration';
const FIGURE_SOURCES = {
  table: 'figure_sources', fact: 'figure_id', columns: 'id, figure_id, article_id, span_start, span_end, phrase, qualifier, speaker, date',
};
const EVENT_SOURCES = {
  table: 'event_sources', fact: 'event_id',
  columns: 'id, event_id, article_id, span_start, span_end, trigger_start, trigger_end, date_evidence_start, date_evidence_end, date',
};

/** The window's story facts by id (`figures`, `events`: JSON lists), read in the same round trip as the rest of the page. */
export function storyStatements(w: string, figures: string, events: string): Statement[] {
  return [
    sql(`SELECT id, article_id, span_start, span_end, phrase, resolved, precision, modifier FROM date_facts WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w),
    sql(`SELECT ${FIGURE_COLUMNS} FROM figures WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, figures),
    sourcesInWindow(FIGURE_SOURCES, w),
    firstSourcesOf(FIGURE_SOURCES, figures),
    firstConflictsOf('figure_conflicts', 'figure_id', figures),
    sql(`SELECT rowid AS seq, id, kind, date, date_precision, status, participants, place, description, corroboration FROM events
          WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, events),
    sourcesInWindow(EVENT_SOURCES, w),
    firstSourcesOf(EVENT_SOURCES, events),
  ];
}

/** The results of storyStatements as rows: window sources and first sources together. */
export function readStoryRows(results: object[]): StoryRows {
  const [dates = [], figures = [], figureSources = [], firstFigureSources = [], figureConflicts = [], events = [], eventSources = [], firstEventSources = []] =
    results as [StoryRows['dates'], StoryRows['figures'], StoryRows['figureSources'], StoryRows['figureSources'], StoryRows['figureConflicts'],
      StoryRows['events'], StoryRows['eventSources'], StoryRows['eventSources']];
  return {
    dates, figures, figureConflicts, events,
    figureSources: [...figureSources, ...firstFigureSources],
    eventSources: [...eventSources, ...firstEventSources],
  };
}

/** Figures the window's figures conflict with, and their first sources: read with the other partners. */
export function figurePartnerStatements(ids: string): Statement[] {
  return [sql(`SELECT ${FIGURE_COLUMNS} FROM figures WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, ids), firstSourcesOf(FIGURE_SOURCES, ids)];
}

const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;
const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

function unique<T>(rows: T[], key: (row: T) => string | number): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

/** Rows → the KB's dates, figures and events, in KB order; conflicts only with figures that are here and live. */
export function assembleStoryFacts(rows: StoryRows): { dates: DateFact[]; figures: Figure[]; events: StoryEvent[] } {
  const figures = unique(rows.figures, (f) => f.id).sort(bySeq);
  const live = new Set(figures.map((f) => f.id));
  const figureSources = unique(rows.figureSources, (s) => s.id).sort(byId);
  const eventSources = unique(rows.eventSources, (s) => s.id).sort(byId);
  return {
    dates: [...rows.dates].sort(byId).map((d) => ({
      ...span(d), phrase: d.phrase, resolved: d.resolved === null ? null : JSON.parse(d.resolved), precision: d.precision, modifier: d.modifier,
    })),
    figures: figures.map((f) => ({
      id: f.id, value: f.value, unit: f.unit, counts: f.counts, describes: f.describes, qualifiers: JSON.parse(f.qualifiers) as string[], key: f.key,
      sources: figureSources.filter((s) => s.figure_id === f.id).map((s) => ({ ...span(s), phrase: s.phrase, qualifier: s.qualifier, speaker: s.speaker, date: s.date })),
      corroboration: f.corroboration,
      conflictsWith: rows.figureConflicts.filter((c) => c.figure_id === f.id && live.has(c.other_id)).map((c) => c.other_id),
    })),
    events: unique(rows.events, (e) => e.id).sort(bySeq).map((e) => ({
      id: e.id, kind: e.kind, date: e.date === null ? null : JSON.parse(e.date), datePrecision: e.date_precision, status: e.status,
      participants: JSON.parse(e.participants) as string[], place: e.place, description: e.description,
      sources: eventSources.filter((s) => s.event_id === e.id).map((s) => ({
        ...span(s), trigger: { start: s.trigger_start, end: s.trigger_end },
        dateEvidence: s.date_evidence_start === null || s.date_evidence_end === null ? null : { start: s.date_evidence_start, end: s.date_evidence_end },
        date: s.date,
      })),
      corroboration: e.corroboration,
    })),
  };
}
