// Close matches for a path that found nothing: edit distance and prefix/substring over actor and topic slugs and names.

import type { KbIndex } from '../render/kbIndex';
import { actorUrl, topicUrl } from '../render/urls';
import { KIND_LABELS } from '../render/views/actorSheet';

export interface Suggestion {
  name: string;
  kindLabel: string;
  pageUrl: string;
}

/** Lowercase ASCII slug: "Vladimir Putin" → "vladimir-putin". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, giving up (returning `limit + 1`) once every path costs more than `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Lower is closer; null when not close at all. Prefix and substring matches rank just after exact ones. */
function closeness(query: string, key: string): number | null {
  if (!key) return null;
  if (key === query) return 0;
  if (query.length >= 3 && (key.startsWith(query) || key.split('-').some((word) => word.startsWith(query)))) return 0.5;
  if (query.length >= 4 && (key.includes(query) || query.includes(key))) return 1;
  const limit = Math.max(1, Math.floor(query.length / 3));
  const distance = editDistance(query, key, limit);
  return distance <= limit ? distance : null;
}

interface Candidate extends Suggestion {
  keys: string[];
  section: 'actors' | 'topics';
}

function candidates(index: KbIndex): Candidate[] {
  const actors = index.kb.actors.map((actor) => ({
    name: actor.name,
    kindLabel: KIND_LABELS[actor.kind],
    pageUrl: actorUrl(actor.id),
    section: 'actors' as const,
    keys: [actor.id, slugify(actor.name), ...actor.aliases.map(slugify)],
  }));
  const topics = index.kb.topics.map((topic) => ({
    name: topic.title,
    kindLabel: 'Topic',
    pageUrl: topicUrl(topic.id),
    section: 'topics' as const,
    keys: [topic.id, slugify(topic.title), ...topic.terms.map(slugify)],
  }));
  return [...actors, ...topics];
}

/**
 * Pages whose slug, name, alias or term is close to the last segment of `path`
 * (`/actors/vladmir-putin.json` → Vladimir Putin). Pages in the section the path asked for rank first.
 */
export function suggestPages(index: KbIndex, path: string, limit = 5): Suggestion[] {
  const segments = path.split('/').filter(Boolean);
  const section = segments[0];
  let last = segments.at(-1) ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // A malformed escape is matched as typed.
  }
  const query = slugify(last.replace(/\.(md|json)$/i, '')).slice(0, 64);
  if (!query) return [];
  return candidates(index)
    .flatMap((candidate) => {
      const scores = candidate.keys.map((key) => closeness(query, key)).filter((s): s is number => s !== null);
      if (!scores.length) return [];
      const score = Math.min(...scores) + (candidate.section === section ? 0 : 0.25);
      return [{ candidate, score }];
    })
    .sort((a, b) => a.score - b.score || a.candidate.name.localeCompare(b.candidate.name))
    .slice(0, limit)
    .map(({ candidate: { name, kindLabel, pageUrl } }) => ({ name, kindLabel, pageUrl }));
}
