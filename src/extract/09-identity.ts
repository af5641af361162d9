// Step 9: one actor per real person, organisation or place across all articles.
//
// Merge rules for people, in order (candidates are blocked by the sound of the surname, never compared pairwise):
//   1. the same name, folded for case and accents;
//   2. a spelling variant: surnames within two edits and sounding alike, given names compatible ("Yury"/"Yuri");
//   3. a garbled rendering: given name and surname both sound alike AND the two share a role ("Jane Sackie", White
//      House Press Secretary = "Jen Psaki", White House Press Secretary);
//   4. a bare surname joins the one full name that carries it; with two candidates, the one sharing a role, else none.
// Different people who merely share a surname or a sound are never merged: rule 2 and 3 need the given names to agree.
// Every merge is recorded with its reason and evidence.
import { doubleMetaphone } from 'double-metaphone';
import type { Merge, Span } from '../kb/types.ts';
import type { ArticleFacts } from './article.ts';
import { foldName, nameParts } from './05-people.ts';
import { pushTo } from '../util/multimap.ts';

export interface PersonCluster {
  /** Local person references: [article index, person index]. */
  members: Array<[number, number]>;
  names: Map<string, number>;
  roles: string[];
  merges: Merge[];
}

export interface IdentityResult {
  clusters: PersonCluster[];
  /** `${articleIndex}:${personIndex}` → cluster index. */
  clusterOf: Map<string, number>;
  /** Pending bare surnames that the corpus resolved: [article index, mention] → cluster. */
  resolvedPending: Array<{ article: number; start: number; end: number; surface: string; cluster: number }>;
}

const SOUND_CACHE = new Map<string, string[]>();
function sounds(word: string): string[] {
  let found = SOUND_CACHE.get(word);
  if (!found) {
    const [a, b] = doubleMetaphone(word);
    found = a === b ? [a] : [a, b];
    if (SOUND_CACHE.size > 50_000) SOUND_CACHE.clear();
    SOUND_CACHE.set(word, found);
  }
  return found;
}

function soundAlike(a: string, b: string): boolean {
  const x = sounds(a);
  return sounds(b).some((s) => s && x.includes(s));
}

export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'and', 'for', 'to', 'in', 'on', 'at']);
function roleWords(role: string): string[] {
  return foldName(role).split(/[^a-z0-9]+/).filter((w) => w && !ROLE_STOP.has(w));
}
export function rolesAgree(a: string[], b: string[]): boolean {
  return a.some((x) => {
    const wx = roleWords(x);
    return b.some((y) => {
      const wy = new Set(roleWords(y));
      const shared = wx.filter((w) => wy.has(w)).length;
      return wx.length > 0 && shared / Math.max(wx.length, wy.size) >= 0.6;
    });
  });
}

function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0];
  // transliteration variants differ by a letter ("Yury"/"Yuri") or sound the same ("Sergey"/"Sergei")
  return (editDistance(a, b, 1) <= 1 && a[0] === b[0]) || (soundAlike(a, b) && editDistance(a, b, 2) <= 2);
}

function surnameOf(name: string): string {
  const parts = nameParts(name);
  return parts[parts.length - 1] ?? '';
}

/** Keys that block candidates for a person: the sounds of the surname. Index known actors by these. */
export function personBlockKeys(name: string): string[] {
  return sounds(surnameOf(name));
}

/**
 * Whether a full name belongs to a known person with the given names and roles (rules 1–3 above); the reason is
 * null for the same name, else the words a sheet shows for the merge.
 */
export function samePerson(name: string, roles: string[], knownNames: string[], knownRoles: string[]): { reason: string | null } | null {
  const parts = nameParts(name);
  if (parts.length < 2) return null;
  const surname = parts[parts.length - 1]!;
  const given = parts[0]!;
  for (const known of knownNames) {
    const other = nameParts(known);
    if (other.length < 2) continue;
    if (foldName(known) === foldName(name)) return { reason: null };
    // "López Obrador" for "Andrés Manuel López Obrador": the family names of a longer full name, alone
    const [shorter, longer] = parts.length <= other.length ? [parts, other] : [other, parts];
    if (shorter.length >= 2 && longer.length > shorter.length && shorter.every((w, i) => w === longer[longer.length - shorter.length + i])) {
      return { reason: `family names of the full name ("${name}" / "${known}")` };
    }
    if (editDistance(surname, other[other.length - 1]!, 2) <= 2 && givenCompatible(given, other[0]!)) {
      return { reason: `spelling variant of the same name ("${name}" / "${known}")` };
    }
    if (soundAlike(given, other[0]!) && soundAlike(surname, other[other.length - 1]!) && rolesAgree(roles, knownRoles)) {
      return { reason: `garbled spelling: "${name}" sounds like "${known}" and holds the same role` };
    }
    // "Binyamin Netanyahoo" / "Benjamin Netanyahu": a transliterated given name (same initial, two letters at most)
    // with a surname that sounds the same, in the same role
    if (given[0] === other[0]![0] && editDistance(given, other[0]!, 2) <= 2 && soundAlike(surname, other[other.length - 1]!) && rolesAgree(roles, knownRoles)) {
      return { reason: `garbled spelling: "${name}" is a variant of "${known}" and holds the same role` };
    }
  }
  return null;
}

export function resolveIdentities(facts: ArticleFacts[]): IdentityResult {
  const clusters: PersonCluster[] = [];
  const clusterOf = new Map<string, number>();
  const blocks = new Map<string, number[]>(); // surname sound → clusters
  const evidenceOf = (ai: number, pi: number): Span[] => {
    const f = facts[ai]!;
    const m = f.mentions[f.people[pi]!.mentions[0]!]!;
    return [{ article: f.article.id, start: m.start, end: m.endChar }];
  };
  const join = (ci: number, ai: number, pi: number, reason: string | null) => {
    const c = clusters[ci]!;
    const p = facts[ai]!.people[pi]!;
    c.members.push([ai, pi]);
    c.names.set(p.name, (c.names.get(p.name) ?? 0) + 1);
    c.roles.push(...p.roles.map((r) => r.title));
    clusterOf.set(`${ai}:${pi}`, ci);
    if (reason) c.merges.push({ from: p.name, into: '', reason, evidence: evidenceOf(ai, pi) });
  };
  const open = (ai: number, pi: number) => {
    clusters.push({ members: [], names: new Map(), roles: [], merges: [] });
    const ci = clusters.length - 1;
    join(ci, ai, pi, null);
    const parts = nameParts(facts[ai]!.people[pi]!.name);
    const surname = parts[parts.length - 1]!;
    for (const s of sounds(surname)) pushTo(blocks, s, ci);
    // a surname with particles is also found by its last word
    if (surname.includes(' ')) for (const s of sounds(surname.slice(surname.lastIndexOf(' ') + 1))) pushTo(blocks, s, ci);
    if (parts.length >= 2) pushTo(byGiven, givenKey(parts), ci);
    if (parts.length >= 2 && !byCompact.has(compact(facts[ai]!.people[pi]!.name))) byCompact.set(compact(facts[ai]!.people[pi]!.name), ci);
    return ci;
  };
  const inBlock = (surname: string) => [...new Set(sounds(surname).flatMap((s) => blocks.get(s) ?? []))];
  // a second block for full names: the same given name and surname initial ("Olaf Scholz" / "Olaf Sholz", whose
  // surnames sound different to the phonetic key)
  const byGiven = new Map<string, number[]>();
  // "Kim Jong-un" / "Kim Jong Un": the same letters with a hyphen for a space
  const byCompact = new Map<string, number>();
  const compact = (name: string) => foldName(name).replace(/[\s\-‐‑]+/g, '');
  const givenKey = (parts: readonly string[]) => `${parts[0]}|${parts[parts.length - 1]![0]}`;

  // full names first, so that a bare surname meets every full name that could own it
  const full: Array<[number, number]> = [];
  const bare: Array<[number, number]> = [];
  facts.forEach((f, ai) => f.people.forEach((p, pi) => (nameParts(p.name).length >= 2 ? full : bare).push([ai, pi])));

  for (const [ai, pi] of full) {
    const p = facts[ai]!.people[pi]!;
    const myRoles = p.roles.map((r) => r.title);
    let match: { ci: number; reason: string | null } | null = null;
    const parts = nameParts(p.name);
    const soundBlock = inBlock(surnameOf(p.name));
    // by given name only: one letter apart in the surname and the same role, or no merge ("Olaf Sholz", German
    // Chancellor, is Olaf Scholz; "Anselm Norley" is not "Anselm Norsen")
    const givenBlock = (byGiven.get(givenKey(parts)) ?? []).filter((ci) => !soundBlock.includes(ci)
      && [...clusters[ci]!.names.keys()].some((n) => nameParts(n).length >= 2 && editDistance(surnameOf(n), parts[parts.length - 1]!, 1) <= 1)
      && myRoles.length > 0 && rolesAgree(myRoles, clusters[ci]!.roles));
    for (const ci of [...soundBlock, ...givenBlock]) {
      const verdict = samePerson(p.name, myRoles, [...clusters[ci]!.names.keys()], clusters[ci]!.roles);
      if (verdict) {
        match = { ci, reason: verdict.reason };
        break;
      }
    }
    if (!match) {
      const same = byCompact.get(compact(p.name));
      if (same !== undefined) match = { ci: same, reason: `the same name written with a hyphen ("${p.name}" / "${[...clusters[same]!.names.keys()][0]}")` };
    }
    if (match) join(match.ci, ai, pi, match.reason);
    else open(ai, pi);
  }

  const bySurname = (surname: string, roles: string[]) => {
    const owners = inBlock(surname).filter((ci) => [...clusters[ci]!.names.keys()].some((n) => {
      const parts = nameParts(n);
      const last = parts[parts.length - 1] ?? '';
      // "Leyen" alone for "von der Leyen"
      return last === surname || (last.includes(' ') && last.slice(last.lastIndexOf(' ') + 1) === surname);
    }));
    if (owners.length === 1) return owners[0]!;
    const agreeing = owners.filter((ci) => rolesAgree(roles, clusters[ci]!.roles));
    return agreeing.length === 1 ? agreeing[0]! : -1;
  };
  for (const [ai, pi] of bare) {
    const p = facts[ai]!.people[pi]!;
    const ci = bySurname(foldName(p.name), p.roles.map((r) => r.title));
    if (ci >= 0) join(ci, ai, pi, `surname "${p.name}" used alone for the one person of that name`);
    else open(ai, pi);
  }

  const resolvedPending: IdentityResult['resolvedPending'] = [];
  facts.forEach((f, ai) => {
    for (const m of f.pending) {
      const ci = bySurname(foldName(m.surface), []);
      if (ci >= 0 && nameParts([...clusters[ci]!.names.keys()][0]!).length >= 2) {
        resolvedPending.push({ article: ai, start: m.start, end: m.endChar, surface: m.surface, cluster: ci });
      }
    }
  });
  return { clusters, clusterOf, resolvedPending };
}
