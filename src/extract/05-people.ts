// Step 5: within one article, fold "Joe Biden", "President Biden" and "Biden" into one person.
import type { Mention } from './03-entities.ts';
import type { RoleFinding } from './04-roles.ts';
import { HONORIFICS, genderOfGivenName, isGivenName } from './lexicon/names.ts';
import { pushTo } from '../util/multimap.ts';

export interface LocalPerson {
  name: string;
  forms: Set<string>;
  mentions: number[];
  gender: 'male' | 'female' | null;
  roles: RoleFinding[];
}

export interface PeopleInArticle {
  people: LocalPerson[];
  /** Mention index → person index, or -1. */
  personOf: Int32Array;
  /** Single surnames with no evidence yet: the corpus may still know them. */
  pending: number[];
}

/**
 * Names are folded and split again and again (every comparison across articles asks): both are remembered, in
 * caches that start over when they grow past a bound, so a long-lived Worker ingesting articles holds no more.
 */
const CACHE_LIMIT = 20000;
const folded = new Map<string, string>();
const parted = new Map<string, readonly string[]>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function foldName(s: string): string {
  const known = folded.get(s);
  if (known !== undefined) return known;
  // plain ASCII needs no decomposition, and most names are plain ASCII
  const ascii = /^[\x00-\x7f]*$/.test(s);
  return remember(folded, s, (ascii ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).toLowerCase().replace(/[’']/g, "'").trim());
}

export function nameParts(name: string): readonly string[] {
  return parted.get(name) ?? remember(parted, name, Object.freeze(joinParticles(foldName(name).split(/[\s]+/).filter(Boolean))));
}

/** Particles that may open a surname written alone ("Le Pen", "von der Leyen"); "Ben", "Al" and "El" open given names. */
const LEADING_PARTICLES = new Set(['le', 'la', 'de', 'van', 'von', 'der', 'den', 'del', 'della', 'da', 'di', 'du', 'ten', 'ter']);
const INNER_PARTICLES = new Set([...LEADING_PARTICLES, 'bin', 'ibn', 'al', 'el', 'ben']);

/** A surname's particles stay with it: "Marine Le Pen" → marine | le pen, so that "Le Pen" alone is her surname. */
function joinParticles(words: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  words.forEach((w, i) => {
    const particle = i === 0 ? LEADING_PARTICLES.has(w) : INNER_PARTICLES.has(w);
    if (particle && i < words.length - 1) pending += `${w} `;
    else {
      out.push(pending + w);
      pending = '';
    }
  });
  return out;
}

function lastPart(name: string): string {
  const parts = nameParts(name);
  return parts[parts.length - 1] ?? '';
}

function compatibleGiven(a: readonly string[], b: readonly string[]): boolean {
  const x = a[0] ?? '';
  const y = b[0] ?? '';
  if (x === y) return true;
  // "J. Biden" ~ "Joe Biden"
  return (x.length <= 2 && y.startsWith(x.replace('.', ''))) || (y.length <= 2 && x.startsWith(y.replace('.', '')));
}

export function clusterPeople(mentions: Mention[], roles: RoleFinding[]): PeopleInArticle {
  const people: LocalPerson[] = [];
  const personOf = new Int32Array(mentions.length).fill(-1);
  const pending: number[] = [];
  const byLast = new Map<string, number[]>();

  const attach = (pi: number, mi: number) => {
    const p = people[pi]!;
    const m = mentions[mi]!;
    p.mentions.push(mi);
    p.forms.add(m.surface);
    personOf[mi] = pi;
    if (!p.gender && m.honorific) p.gender = HONORIFICS[m.honorific] ?? null;
  };
  const create = (mi: number) => {
    const m = mentions[mi]!;
    const parts = m.surface.split(/\s+/);
    people.push({ name: m.surface, forms: new Set(), mentions: [], gender: parts.length > 1 ? genderOfGivenName(parts[0]!) : null, roles: [] });
    const pi = people.length - 1;
    const last = lastPart(m.surface);
    pushTo(byLast, last, pi);
    // "Ursula von der Leyen": "Leyen" alone finds her too (a bare word after lower-case particles)
    const word = last.slice(last.lastIndexOf(' ') + 1);
    if (word !== last) pushTo(byLast, word, pi);
    attach(pi, mi);
  };

  // full names first, so that a bare surname anywhere in the article finds its person
  const persons = mentions.map((m, i) => i).filter((i) => mentions[i]!.kind === 'person');
  for (const mi of persons) {
    const m = mentions[mi]!;
    const parts = nameParts(m.surface);
    if (parts.length < 2) continue;
    const same = (byLast.get(parts[parts.length - 1]!) ?? []).find((pi) => {
      const other = nameParts(people[pi]!.name);
      return other.length >= 2 && compatibleGiven(parts, other);
    });
    if (same !== undefined) {
      attach(same, mi);
      if (m.surface.length > people[same]!.name.length) people[same]!.name = m.surface;
    } else {
      create(mi);
    }
  }
  for (const mi of persons) {
    const m = mentions[mi]!;
    if (nameParts(m.surface).length >= 2) continue;
    let candidates = byLast.get(lastPart(m.surface)) ?? [];
    // family name first ("Xi Jinping" … "Xi"): a bare word that opens a two-part name that is not a given name
    // and "Sheikh Mohammed" for "Sheikh Mohammed bin Abdulrahman Al Thani": an honorific before a given name
    if (!candidates.length) {
      const folded = foldName(m.surface);
      const opening = people.map((p, pi) => ({ p, pi })).filter(({ p }) => {
        const parts = nameParts(p.name);
        return parts.length >= 2 && parts[0] === folded;
      }).map(({ pi }) => pi);
      // a word that is also a given name ("Kim" for "Kim Jong Un") only when one person of the article opens with it
      candidates = !isGivenName(m.surface) || m.honorific || opening.length === 1 ? opening : [];
    }
    if (candidates.length) {
      // the nearest person of that surname mentioned before, else the first one
      const before = candidates.filter((pi) => people[pi]!.mentions.some((x) => mentions[x]!.start < m.start));
      attach(before.length ? before[before.length - 1]! : candidates[0]!, mi);
    } else if (m.evidence === 'surname') {
      pending.push(mi);
    } else {
      create(mi);
    }
  }
  for (const r of roles) {
    const pi = personOf[r.mention]!;
    if (pi >= 0) people[pi]!.roles.push(r);
  }
  return { people, personOf, pending };
}
