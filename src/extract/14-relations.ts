// Step 14: who is tied to whom — met (one event), spoke about (named inside their quote), quoted together (one
// article), named in one sentence — counted once at build time so a sheet need not sweep the corpus to show it.
import type { Actor, KnowledgeBase, Relation, RelationKind, Span } from '../kb/types.ts';
import type { ArticleFacts } from './article.ts';

const MAX_RELATIONS = 40;
const WEIGHT: Record<RelationKind, number> = { met: 8, spokeAbout: 4, quotedTogether: 2, sameSentence: 1 };
const TAKES_PART = new Set(['person', 'organization']);

type Tallies = Map<string, Map<RelationKind, { count: number; evidence: Span }>>;

export function attachRelations(facts: ArticleFacts[], kb: Pick<KnowledgeBase, 'actors' | 'quotes' | 'events'>): void {
  const ties = new Map<string, Tallies>();
  const add = (a: string, b: string, kind: RelationKind, evidence: Span) => {
    if (a === b) return;
    let mine = ties.get(a);
    if (!mine) ties.set(a, (mine = new Map()));
    let kinds = mine.get(b);
    if (!kinds) mine.set(b, (kinds = new Map()));
    const t = kinds.get(kind);
    if (t) t.count++;
    else kinds.set(kind, { count: 1, evidence });
  };
  const kindOf = new Map(kb.actors.map((a) => [a.id, a.kind]));

  for (const e of kb.events ?? []) {
    const who = [...new Set(e.participants)].filter((p) => TAKES_PART.has(kindOf.get(p) ?? ''));
    const at = e.sources[0]!;
    for (const a of who) for (const b of who) add(a, b, 'met', { article: at.article, start: at.start, end: at.end });
  }

  // mentions by article, sorted, to find who is named inside a quote or a sentence
  const mentions = new Map<string, Array<{ actor: string; start: number; end: number }>>();
  for (const a of kb.actors) for (const m of a.mentions) (mentions.get(m.article) ?? mentions.set(m.article, []).get(m.article)!).push({ actor: a.id, start: m.start, end: m.end });
  for (const list of mentions.values()) list.sort((x, y) => x.start - y.start);
  const within = (article: string, start: number, end: number) => {
    const list = mentions.get(article) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < list.length && list[i]!.start < end; i++) if (!out.includes(list[i]!.actor)) out.push(list[i]!.actor);
    return out;
  };

  const speakersByArticle = new Map<string, Map<string, Span>>();
  for (const q of kb.quotes) {
    for (const s of q.sources) {
      const speaker = s.speaker ?? q.speaker;
      if (!speaker) continue;
      const span = { article: s.article, start: s.start, end: s.end };
      if (q.kind !== 'indirect') {
        const inArticle = speakersByArticle.get(s.article) ?? speakersByArticle.set(s.article, new Map()).get(s.article)!;
        if (!inArticle.has(speaker)) inArticle.set(speaker, span);
      }
      for (const named of within(s.article, s.start, s.end)) add(speaker, named, 'spokeAbout', span);
    }
  }
  for (const speakers of speakersByArticle.values()) {
    const list = [...speakers.entries()];
    for (const [a, span] of list) for (const [b] of list) add(a, b, 'quotedTogether', span);
  }
  for (const f of facts) {
    for (const s of f.sentences) {
      const named = within(f.article.id, s.start, s.end);
      if (named.length < 2) continue;
      const span = { article: f.article.id, start: s.start, end: s.end };
      for (const a of named) for (const b of named) add(a, b, 'sameSentence', span);
    }
  }

  const score = (kinds: Map<RelationKind, { count: number }>) => [...kinds].reduce((sum, [k, t]) => sum + WEIGHT[k] * t.count, 0);
  for (const actor of kb.actors as Actor[]) {
    const mine = ties.get(actor.id);
    if (!mine) {
      actor.related = [];
      continue;
    }
    const ranked = [...mine.entries()].sort((x, y) => score(y[1]) - score(x[1]) || x[0].localeCompare(y[0])).slice(0, MAX_RELATIONS);
    actor.related = ranked.flatMap(([other, kinds]): Relation[] =>
      (['met', 'spokeAbout', 'quotedTogether', 'sameSentence'] as RelationKind[]).flatMap((kind) => {
        const t = kinds.get(kind);
        return t ? [{ actor: other, kind, count: t.count, evidence: t.evidence }] : [];
      }),
    );
  }
}
