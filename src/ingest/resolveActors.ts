// Step 9 (identity) against what D1 already knows: each actor of the posted article becomes a stored actor or a new
// one, by the rules of extract/09-identity.ts. People: samePerson over candidates blocked by personBlockKeys, and a
// bare surname joins the one known full name that ends with it (or the one sharing a role). Organisations and
// places: the same lexicon name. Every join under another name is reported with its reason.

import { shortHash } from '../articles/ids';
import { foldName, nameParts } from '../extract/05-people';
import { personBlockKeys, rolesAgree, samePerson } from '../extract/09-identity';
import type { Actor, ActorKind } from '../kb/types';
import type { D1Session } from '../store/d1/session';
import { IN_LIST, jsonList } from '../store/d1/session';
import { nameKey } from '../store/factKeys';
import { sql } from '../store/sql/statement';

export interface ResolvedActor {
  /** The stored actor's id (existing or new). */
  id: string;
  name: string;
  kind: ActorKind;
  existing: boolean;
  /** Why a differently-named stored actor was taken to be this one; null for the same name or a new actor. */
  reason: string | null;
}

interface KnownActor {
  seq: number;
  id: string;
  kind: ActorKind;
  name: string;
  name_key: string;
}

interface Known extends KnownActor {
  names: string[];
  roles: string[];
}

const lastPart = (name: string) => nameParts(name).at(-1) ?? '';

export async function resolveActors(session: D1Session, actors: Actor[]): Promise<Map<string, ResolvedActor>> {
  const people = actors.filter((a) => a.kind === 'person');
  const keys = jsonList(new Set(people.flatMap((p) => personBlockKeys(nameParts(p.name).length >= 2 ? p.name : lastPart(p.name))).filter(Boolean)));
  const nameKeys = jsonList(actors.filter((a) => a.kind !== 'person').map((a) => nameKey(a.kind, a.name)));
  const ids = jsonList(actors.map((a) => a.id));
  const candidatesByKey = `SELECT actor_id FROM person_keys WHERE key IN (${IN_LIST})`;
  const [rows, aliases, roles, blocks] = await session.read<[KnownActor, { actor_id: string; alias: string }, { actor_id: string; title: string }, { key: string; actor_id: string }]>(
    sql(`SELECT rowid AS seq, id, kind, name, name_key FROM actors WHERE id IN (${candidatesByKey}) OR name_key IN (${IN_LIST}) OR id IN (${IN_LIST})`, keys, nameKeys, ids),
    sql(`SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (${candidatesByKey}) ORDER BY id`, keys),
    sql(`SELECT actor_id, title FROM roles WHERE actor_id IN (${candidatesByKey}) ORDER BY id`, keys),
    sql(`SELECT key, actor_id FROM person_keys WHERE key IN (${IN_LIST})`, keys),
  );
  const known = new Map<string, Known>(rows.sort((a, b) => a.seq - b.seq).map((r) => [r.id, { ...r, names: [r.name], roles: [] }]));
  for (const a of aliases) known.get(a.actor_id)?.names.push(a.alias);
  for (const r of roles) known.get(r.actor_id)?.roles.push(r.title);
  const inBlock = (name: string): Known[] => {
    const sounds = new Set(personBlockKeys(name));
    const ids = new Set(blocks.filter((b) => sounds.has(b.key)).map((b) => b.actor_id));
    return [...known.values()].filter((k) => ids.has(k.id) && k.kind === 'person');
  };

  const resolved = new Map<string, ResolvedActor>();
  const join = (a: Actor, k: Known, reason: string | null) =>
    resolved.set(a.id, { id: k.id, name: k.name, kind: k.kind, existing: true, reason: foldName(a.name) === foldName(k.name) ? null : reason });

  // full names first, as in resolveIdentities, then bare surnames
  const full = people.filter((p) => nameParts(p.name).length >= 2);
  const bare = people.filter((p) => nameParts(p.name).length < 2);
  for (const p of full) {
    const titles = p.roles.map((r) => r.title);
    for (const k of inBlock(p.name)) {
      const verdict = samePerson(p.name, titles, k.names, k.roles);
      if (verdict) {
        join(p, k, verdict.reason ?? 'the same name');
        break;
      }
    }
  }
  for (const p of bare) {
    const surname = foldName(p.name);
    const owners = inBlock(surname).filter((k) => k.names.some((n) => nameParts(n).length >= 2 && lastPart(n) === surname));
    const agreeing = owners.length === 1 ? owners : owners.filter((k) => rolesAgree(p.roles.map((r) => r.title), k.roles));
    if (agreeing.length === 1) join(p, agreeing[0]!, `surname "${p.name}" used alone for the one person of that name`);
  }
  for (const a of actors) {
    if (a.kind === 'person' || resolved.has(a.id)) continue;
    const k = [...known.values()].find((r) => r.name_key === nameKey(a.kind, a.name));
    if (k) join(a, k, null);
  }
  // the rest are new; an id already taken by someone else gets a suffix from the name
  for (const a of actors) {
    if (resolved.has(a.id)) continue;
    const id = known.has(a.id) ? `${a.id}-${shortHash(`${a.kind}:${a.name}`).slice(0, 6)}` : a.id;
    resolved.set(a.id, { id, name: a.name, kind: a.kind, existing: false, reason: null });
  }
  return resolved;
}
