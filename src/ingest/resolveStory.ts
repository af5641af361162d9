// Step 13 (figures and events) against what D1 already knows, by the simplest of the bulk build's rules: a figure is
// the stored one with the same key and value (a different value under the key is a conflict); an event is the stored
// one of the same kind on the same day sharing a participant. Anything else is new, and the report says so.

import { shortHash } from '../articles/ids';
import type { Figure, StoryEvent } from '../kb/types';
import { IN_LIST, jsonList, type D1Session } from '../store/d1/session';
import { sql } from '../store/sql/statement';
import { eventMatchKey } from '../store/sql/storyFactRows';

/** A new figure names at most this many stored figures as conflicts. */
const MAX_CONFLICTS = 20;

export type FigureDecision = { figure: Figure; action: 'corroborate'; into: string } | { figure: Figure; action: 'add'; id: string; conflictsWith: string[] };
export type EventDecision = { event: StoryEvent; action: 'corroborate'; into: string; participants: string[] } | { event: StoryEvent; action: 'add'; id: string };

interface StoredFigure {
  id: string;
  key: string;
  value: number;
  unit: string | null;
  retracted_at: string | null;
}

interface StoredEvent {
  id: string;
  match_key: string;
  participants: string;
  place: string | null;
}

/** `figures` and `events` have their speakers and participants mapped to stored actor ids already. */
export async function resolveStory(session: D1Session, figures: Figure[], events: StoryEvent[], revision: number): Promise<{ figures: FigureDecision[]; events: EventDecision[] }> {
  const eventKeys = events.map((e) => eventMatchKey(e.kind, e.date));
  const newIds = [...figures.map((f) => f.id), ...events.map((e) => e.id)];
  const [storedFigures, storedEvents, taken] = await session.read<[StoredFigure, StoredEvent, { id: string }]>(
    sql(`SELECT id, key, value, unit, retracted_at FROM figures WHERE key IN (${IN_LIST}) ORDER BY rowid`, jsonList(new Set(figures.map((f) => f.key)))),
    sql(`SELECT id, match_key, participants, place FROM events WHERE match_key IN (${IN_LIST}) ORDER BY rowid`, jsonList(new Set(eventKeys.filter((k): k is string => k !== null)))),
    sql(`SELECT id FROM figures WHERE id IN (${IN_LIST}) UNION SELECT id FROM events WHERE id IN (${IN_LIST})`, jsonList(newIds), jsonList(newIds)),
  );
  const takenIds = new Set(taken.map((t) => t.id));
  const fresh = (id: string) => (takenIds.has(id) ? `${id.slice(0, 2)}${shortHash(`${id}:r${revision}`)}` : id);

  const figureDecisions = figures.map((f): FigureDecision => {
    const sameKey = storedFigures.filter((s) => s.key === f.key);
    const same = sameKey.find((s) => s.value === f.value && s.unit === f.unit);
    if (same) return { figure: f, action: 'corroborate', into: same.id };
    const conflicts = sameKey.filter((s) => s.retracted_at === null && s.value !== f.value).slice(0, MAX_CONFLICTS).map((s) => s.id);
    return { figure: f, action: 'add', id: fresh(f.id), conflictsWith: conflicts };
  });
  const eventDecisions = events.map((e, i): EventDecision => {
    const key = eventKeys[i];
    const mine = new Set([...e.participants, ...(e.place ? [e.place] : [])]);
    const same = key === null || mine.size === 0 ? undefined : storedEvents.find((s) => {
      if (s.match_key !== key) return false;
      const theirs = [...(JSON.parse(s.participants) as string[]), ...(s.place ? [s.place] : [])];
      return theirs.some((p) => mine.has(p));
    });
    if (!same) return { event: e, action: 'add', id: fresh(e.id) };
    const participants = [...new Set([...(JSON.parse(same.participants) as string[]), ...e.participants])];
    return { event: e, action: 'corroborate', into: same.id, participants };
  });
  return { figures: figureDecisions, events: eventDecisions };
}
