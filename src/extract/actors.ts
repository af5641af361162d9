// Builds the knowledge base's actors from the identity clusters and the organisation and place mentions.
// Which spelling names an actor: the full name used by the most articles, then with the most mentions, then the first seen.
import type { Actor, Role, Span } from '../kb/types.ts';
import { slugify } from '../articles/ids.ts';
import type { ArticleFacts } from './article.ts';
import type { IdentityResult } from './09-identity.ts';
import { foldName, nameParts } from './05-people.ts';

export interface ActorTable {
  actors: Actor[];
  personActor(article: number, person: number): string | null;
  entityActor(kind: 'organization' | 'place', key: string): string | null;
}

function uniqueId(base: string, taken: Set<string>): string {
  const root = base || 'actor';
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** What a role already holds, so that adding evidence from many articles stays linear. */
interface RoleIndex {
  articles: Set<string>;
  evidence: Set<string>;
}

function addRole(roles: Role[], index: Map<Role, RoleIndex>, title: string, span: Span): void {
  const key = foldName(title);
  let role = roles.find((r) => foldName(r.title) === key);
  if (!role) {
    role = { title, articles: [], evidence: [] };
    roles.push(role);
  }
  let seen = index.get(role);
  if (!seen) index.set(role, (seen = { articles: new Set(), evidence: new Set() }));
  if (!seen.articles.has(span.article)) {
    seen.articles.add(span.article);
    role.articles.push(span.article);
  }
  const at = `${span.article}:${span.start}`;
  if (!seen.evidence.has(at)) {
    seen.evidence.add(at);
    role.evidence.push(span);
  }
}

export function buildActors(facts: ArticleFacts[], identity: IdentityResult): ActorTable {
  const taken = new Set<string>();
  const actors: Actor[] = [];
  const clusterActor: string[] = [];

  identity.clusters.forEach((c) => {
    const articlesByName = new Map<string, Set<number>>();
    const mentionsByName = new Map<string, number>();
    for (const [ai, pi] of c.members) {
      const p = facts[ai]!.people[pi]!;
      articlesByName.set(p.name, (articlesByName.get(p.name) ?? new Set()).add(ai));
      mentionsByName.set(p.name, (mentionsByName.get(p.name) ?? 0) + p.mentions.length);
    }
    // a full name, in the most articles, then with the most mentions ("Olaf Scholz … Scholz" over a garbled
    // "Olaf Sholz" named once), then the first seen
    const name = [...articlesByName.entries()].sort((a, b) => {
      const full = Number(nameParts(b[0]).length >= 2) - Number(nameParts(a[0]).length >= 2);
      return full || b[1].size - a[1].size || mentionsByName.get(b[0])! - mentionsByName.get(a[0])!;
    })[0]![0];
    const aliases = new Set<string>();
    const mentions: Span[] = [];
    const roles: Role[] = [];
    const roleIndex = new Map<Role, RoleIndex>();
    const genders: Record<string, number> = {};
    for (const [ai, pi] of c.members) {
      const f = facts[ai]!;
      const p = f.people[pi]!;
      for (const form of p.forms) aliases.add(form);
      aliases.add(p.name);
      for (const mi of p.mentions) {
        const m = f.mentions[mi]!;
        mentions.push({ article: f.article.id, start: m.start, end: m.endChar });
      }
      for (const r of p.roles) addRole(roles, roleIndex, r.title, { article: f.article.id, start: r.start, end: r.end });
      if (p.gender) genders[p.gender] = (genders[p.gender] ?? 0) + 1;
    }
    aliases.delete(name);
    const gender = (genders.male ?? 0) > (genders.female ?? 0) ? 'male' : (genders.female ?? 0) > (genders.male ?? 0) ? 'female' : null;
    const id = uniqueId(slugify(name), taken);
    clusterActor.push(id);
    actors.push({
      id, kind: 'person', name, aliases: [...aliases], roles, mentions,
      merges: c.merges.filter((m) => m.from !== name).map((m) => ({ ...m, into: name })),
      gender,
      timeline: [],
    });
  });
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const r of identity.resolvedPending) {
    const actor = byId.get(clusterActor[r.cluster] ?? '');
    actor?.mentions.push({ article: facts[r.article]!.article.id, start: r.start, end: r.end });
    if (actor && r.surface !== actor.name && !actor.aliases.includes(r.surface)) actor.aliases.push(r.surface);
  }

  const entities = new Map<string, Actor>();
  for (const f of facts) {
    for (const m of f.mentions) {
      if (m.kind === 'person') continue;
      const key = `${m.kind}:${m.key}`;
      let actor = entities.get(key);
      if (!actor) {
        actor = { id: uniqueId(slugify(m.key), taken), kind: m.kind, name: m.key, aliases: [], roles: [], mentions: [], merges: [], gender: null, timeline: [] };
        entities.set(key, actor);
        actors.push(actor);
      }
      if (m.surface !== actor.name && !actor.aliases.includes(m.surface)) actor.aliases.push(m.surface);
      actor.mentions.push({ article: f.article.id, start: m.start, end: m.endChar });
    }
  }
  const clusterOf = identity.clusterOf;
  return {
    actors,
    personActor: (ai, pi) => {
      const ci = clusterOf.get(`${ai}:${pi}`);
      return ci === undefined ? null : (clusterActor[ci] ?? null);
    },
    entityActor: (kind, key) => entities.get(`${kind}:${key}`)?.id ?? null,
  };
}
