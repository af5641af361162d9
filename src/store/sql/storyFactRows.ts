// The KB's story facts (dates, figures, events) as D1 rows, in KB order. Timelines are not rows: they are derived.

import { MERGE_BLOCKS } from '../../extract/timeline/lexicon/events';
import type { EventKind, KnowledgeBase, ResolvedDate, StoryEvent } from '../../kb/types';
import type { SqlValue } from './statement';
import type { TableName } from './tables';

/**
 * Where an ingested report of an event looks for the same happening: its kind's merge block and its day (rule 2 of
 * extract/timeline/events/merge.ts; reports dated less precisely than a day are not merged on ingest).
 */
export function eventMatchKey(kind: EventKind, date: ResolvedDate | null): string | null {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return `${MERGE_BLOCKS[kind]}|${date}`;
}

export function eventRow(e: StoryEvent): SqlValue[] {
  return [e.id, e.kind, e.date === null ? null : JSON.stringify(e.date), e.datePrecision, e.status, JSON.stringify(e.participants), e.place, e.description,
    e.corroboration, eventMatchKey(e.kind, e.date)];
}

/**
 * Ids made unique: a KB can hold two events with one id (two of a kind in one sentence); D1 keys them apart with a
 * suffix rather than drop one. Timelines are derived from the stored rows, so they follow the new id.
 */
function uniqueIds(): (id: string) => string {
  const seen = new Set<string>();
  return (id) => {
    let unique = id;
    for (let n = 2; seen.has(unique); n++) unique = `${id}-${n}`;
    seen.add(unique);
    return unique;
  };
}

export function storyFactRows(kb: KnowledgeBase, rows: Record<TableName, SqlValue[][]>, outletOf: (articleId: string) => string): void {
  const figureId = uniqueIds();
  const eventId = uniqueIds();
  for (const d of kb.dates ?? []) {
    rows.date_facts.push([d.article, d.start, d.end, d.phrase, d.resolved === null ? null : JSON.stringify(d.resolved), d.precision, d.modifier]);
  }
  for (const original of kb.figures ?? []) {
    const f = { ...original, id: figureId(original.id) };
    rows.figures.push([f.id, f.value, f.unit, f.counts, f.describes, JSON.stringify(f.qualifiers), f.key, f.corroboration]);
    for (const s of f.sources) rows.figure_sources.push([f.id, s.article, s.start, s.end, s.phrase, s.qualifier, s.speaker, s.date, outletOf(s.article)]);
    for (const other of f.conflictsWith) rows.figure_conflicts.push([f.id, other]);
  }
  for (const original of kb.events ?? []) {
    const e = { ...original, id: eventId(original.id) };
    rows.events.push(eventRow(e));
    for (const s of e.sources) {
      rows.event_sources.push([e.id, s.article, s.start, s.end, s.trigger.start, s.trigger.end, s.dateEvidence?.start ?? null, s.dateEvidence?.end ?? null, s.date, outletOf(s.article)]);
    }
  }
}
