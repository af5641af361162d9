// The statements that write one article's story facts (date phrases, figures, events) into D1, resolved against the
// stored ones by resolveStory. Counts and liveness are settled afterwards, with the article's other facts.

import type { DateFact } from '../kb/types';
import { outletKey } from '../store/keys';
import { insertRows, sql, type SqlValue, type Statement } from '../store/sql/statement';
import { eventRow } from '../store/sql/storyFactRows';
import type { EventDecision, FigureDecision } from './resolveStory';

export function writeStory(articleId: string, source: string | null, dates: DateFact[], figures: FigureDecision[], events: EventDecision[]): Statement[] {
  const outlet = outletKey(source, articleId);
  const out: Statement[] = [sql('UPDATE store_meta SET story_facts = 1 WHERE id = 1')];
  out.push(...insertRows('date_facts', ['article_id', 'span_start', 'span_end', 'phrase', 'resolved', 'precision', 'modifier'],
    dates.map((d) => [d.article, d.start, d.end, d.phrase, d.resolved === null ? null : JSON.stringify(d.resolved), d.precision, d.modifier])));

  const figureSources: SqlValue[][] = [];
  for (const d of figures) {
    const f = d.figure;
    const id = d.action === 'add' ? d.id : d.into;
    if (d.action === 'add') {
      out.push(sql('INSERT INTO figures (id, value, unit, counts, describes, qualifiers, key, corroboration) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO NOTHING',
        id, f.value, f.unit, f.counts, f.describes, JSON.stringify(f.qualifiers), f.key));
      out.push(...insertRows('figure_conflicts', ['figure_id', 'other_id'], d.conflictsWith.flatMap((other) => [[id, other], [other, id]]), 'ON CONFLICT DO NOTHING'));
    }
    for (const s of f.sources) figureSources.push([id, s.article, s.start, s.end, s.phrase, s.qualifier, s.speaker, s.date, outlet]);
  }
  out.push(...insertRows('figure_sources', ['figure_id', 'article_id', 'span_start', 'span_end', 'phrase', 'qualifier', 'speaker', 'date', 'outlet_key'], figureSources));

  const eventSources: SqlValue[][] = [];
  for (const d of events) {
    const e = d.event;
    const id = d.action === 'add' ? d.id : d.into;
    if (d.action === 'add') {
      out.push(...insertRows('events', ['id', 'kind', 'date', 'date_precision', 'status', 'participants', 'place', 'description', 'corroboration', 'match_key'],
        [eventRow({ ...e, id })], 'ON CONFLICT(id) DO NOTHING'));
    } else {
      out.push(sql('UPDATE events SET participants = ? WHERE id = ?', JSON.stringify(d.participants), id));
    }
    for (const s of e.sources) {
      eventSources.push([id, s.article, s.start, s.end, s.trigger.start, s.trigger.end, s.dateEvidence?.start ?? null, s.dateEvidence?.end ?? null, s.date, outlet]);
    }
  }
  out.push(...insertRows('event_sources', ['event_id', 'article_id', 'span_start', 'span_end', 'trigger_start', 'trigger_end', 'date_evidence_start', 'date_evidence_end', 'date', 'outlet_key'], eventSources));
  return out;
}
