// Recasting: every seed person's spellings become one invented person's name, whole words only.

import { SEED_SURNAME_VARIANTS, type SeedPerson } from '../data/seedPeople.ts';

export interface Invented {
  first: string;
  last: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Full names first, then family names alone (`Putin’s` included), so "Vladimir Putin" never becomes "Vladimir Quarrie". */
export function recast(text: string, cast: Map<SeedPerson, Invented>): string {
  let out = text;
  for (const [seed, person] of cast) {
    for (const full of seed.full) out = out.replace(new RegExp(`\\b${escapeRegExp(full)}\\b`, 'g'), `${person.first} ${person.last}`);
  }
  for (const [seed, person] of cast) {
    const variants = Object.keys(SEED_SURNAME_VARIANTS).filter((v) => SEED_SURNAME_VARIANTS[v] === seed.last);
    for (const s of [seed.last, ...variants]) out = out.replace(new RegExp(`\\b${escapeRegExp(s)}\\b`, 'g'), person.last);
  }
  return out;
}
