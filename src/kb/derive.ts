// Facts derived from the knowledge base itself — every actor's and topic's timeline, and the ties between actors —
// kept apart from extraction so that a store serving part of the KB can derive them for its part the same way.
import { lowerBound } from '../util/sorted.ts';
import type { Actor, Article, KnowledgeBase, Quote, Relation, RelationKind, ResolvedDate, Span, TimelineEntry } from './types.ts';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function sortableDate(d: ResolvedDate | null): string | null {
  if (d === null) return null;
  return typeof d === 'string' ? d : d.from;
}

/** An article's sentences from its sentence starts: each ends where the next begins, trailing blanks left out. */
export function sentenceRanges(article: Article): Array<{ start: number; end: number }> {
  const starts = article.sentenceStarts ?? [];
  return starts.map((start, i) => {
    let end = starts[i + 1] ?? article.text.length;
    while (end > start && /\s/.test(article.text[end - 1]!)) end--;
    return { start, end };
  });
}

// ---- timelines: events and dated quotes, oldest first; undated ones stay out of the order, not out of the sheet

function quoteDate(q: Quote): string | null {
  let best: string | null = null;
  for (const s of q.sources) if (s.date && (best === null || s.date < best)) best = s.date;
  return best;
}

/** Code-unit order: ids and kinds are plain ASCII, where it agrees with localeCompare and costs far less. */
function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : order(a.kind, b.kind) || order(a.ref, b.ref);
}

/** Fills every actor's and topic's timeline, and each topic's figures and events. */
export function attachTimelines(kb: Pick<KnowledgeBase, 'actors' | 'quotes' | 'topics' | 'figures' | 'events'>): void {
  const events = kb.events ?? [];
  const figures = kb.figures ?? [];
  const byActor = new Map<string, TimelineEntry[]>();
  for (const e of events) {
    const date = sortableDate(e.date);
    if (date) for (const p of new Set([...e.participants, ...(e.place ? [e.place] : [])])) pushTo(byActor, p, { date, kind: 'event', ref: e.id });
  }
  for (const q of kb.quotes) {
    const date = quoteDate(q);
    if (date && q.speaker && q.kind !== 'indirect') pushTo(byActor, q.speaker, { date, kind: 'quote', ref: q.id });
  }
  for (const a of kb.actors) a.timeline = (byActor.get(a.id) ?? []).sort(byDate);

  const quoteById = new Map(kb.quotes.map((q) => [q.id, q]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  // each topic sentence once, by article and start (topics share sentences): events and figures are placed by
  // looking their evidence up, never by testing every topic against every event
  const topicSentences = new Map<string, Map<number, Array<{ end: number; topic: number }>>>();
  kb.topics.forEach((t, ti) => {
    for (const s of t.sentences) {
      let inArticle = topicSentences.get(s.article);
      if (!inArticle) topicSentences.set(s.article, (inArticle = new Map()));
      const at = inArticle.get(s.start);
      if (at) at.push({ end: s.end, topic: ti });
      else inArticle.set(s.start, [{ end: s.end, topic: ti }]);
    }
  });
  const startsOf = new Map<string, number[]>();
  for (const [article, inArticle] of topicSentences) startsOf.set(article, [...inArticle.keys()].sort((a, b) => a - b));
  const topicEvents: string[][] = kb.topics.map(() => []);
  const topicFigures: string[][] = kb.topics.map(() => []);
  const lastEvent = new Int32Array(kb.topics.length).fill(-1);
  events.forEach((e, ei) => {
    for (const s of e.sources) {
      for (const { topic: ti } of topicSentences.get(s.article)?.get(s.start) ?? []) {
        if (lastEvent[ti] === ei) continue;
        lastEvent[ti] = ei;
        topicEvents[ti]!.push(e.id);
      }
    }
  });
  const lastFigure = new Int32Array(kb.topics.length).fill(-1);
  figures.forEach((f, fi) => {
    for (const s of f.sources) {
      for (const ti of topicsHolding(s.article, s.start, s.end)) {
        if (lastFigure[ti] === fi) continue;
        lastFigure[ti] = fi;
        topicFigures[ti]!.push(f.id);
      }
    }
  });
  /** Topics with a sentence that holds [start, end): sentences of one article may overlap only when curated. */
  function topicsHolding(article: string, start: number, end: number): number[] {
    const starts = startsOf.get(article);
    if (!starts) return [];
    const inArticle = topicSentences.get(article)!;
    const out: number[] = [];
    for (let i = 0; i < starts.length && starts[i]! <= start; i++) {
      for (const at of inArticle.get(starts[i]!)!) if (end <= at.end && !out.includes(at.topic)) out.push(at.topic);
    }
    return out;
  }
  kb.topics.forEach((t, ti) => {
    t.events = topicEvents[ti]!;
    t.figures = topicFigures[ti]!;
    const entries: TimelineEntry[] = [];
    for (const id of topicEvents[ti]!) {
      const date = sortableDate(eventById.get(id)!.date);
      if (date) entries.push({ date, kind: 'event', ref: id });
    }
    for (const id of t.quotes) {
      const q = quoteById.get(id);
      const date = q && q.kind !== 'indirect' ? quoteDate(q) : null;
      if (date) entries.push({ date, kind: 'quote', ref: id });
    }
    t.timeline = entries.sort(byDate);
  });
}


// ---- relations: met (one event), spoke about (named inside their quote), quoted together (one article), one sentence

const MAX_RELATIONS = 40;
const KINDS: RelationKind[] = ['met', 'spokeAbout', 'quotedTogether', 'sameSentence'];
const WEIGHTS = [8, 4, 2, 1];
const TAKES_PART = new Set(['person', 'organization']);

/** The ties of one actor to another: a count and the first evidence per kind (in KINDS order), and their weighted sum. */
interface Tally {
  counts: number[];
  evidence: Array<Span | null>;
  score: number;
}

/** Actor numbers stay below this, so that a pair of them is one safe integer (a · PAIR + b < 2⁵³). */
const PAIR = 2 ** 26;

export function attachRelations(kb: Pick<KnowledgeBase, 'articles' | 'actors' | 'quotes' | 'events'>, only?: Set<string>): void {
  // actors by number (speakers outside `kb.actors`, as in a partial KB, get numbers too), ties by pair of numbers
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const numberOf = (id: string): number => {
    let n = numbers.get(id);
    if (n === undefined) {
      numbers.set(id, (n = ids.length));
      ids.push(id);
    }
    return n;
  };
  for (const a of kb.actors) numberOf(a.id);
  const ties = new Map<number, Tally>();
  const add = (a: number, b: number, kind: number, evidence: Span) => {
    if (a === b) return;
    const key = a * PAIR + b;
    let t = ties.get(key);
    if (!t) ties.set(key, (t = { counts: [0, 0, 0, 0], evidence: [null, null, null, null], score: 0 }));
    if (t.counts[kind]!++ === 0) t.evidence[kind] = evidence;
    t.score += WEIGHTS[kind]!;
  };
  const kindOf = new Map(kb.actors.map((a) => [a.id, a.kind]));

  for (const e of kb.events ?? []) {
    const who = [...new Set(e.participants)].filter((p) => TAKES_PART.has(kindOf.get(p) ?? '')).map(numberOf);
    const at = e.sources[0]!;
    for (const a of who) for (const b of who) add(a, b, 0, { article: at.article, start: at.start, end: at.end });
  }

  // mentions by article, sorted, to find who is named inside a quote or a sentence
  const mentions = new Map<string, Array<{ actor: number; start: number; end: number }>>();
  kb.actors.forEach((a, n) => {
    for (const m of a.mentions) (mentions.get(m.article) ?? mentions.set(m.article, []).get(m.article)!).push({ actor: n, start: m.start, end: m.end });
  });
  for (const list of mentions.values()) list.sort((x, y) => x.start - y.start);
  const within = (article: string, start: number, end: number) => {
    const list = mentions.get(article) ?? [];
    const out: number[] = [];
    for (let i = lowerBound(list, start); i < list.length && list[i]!.start < end; i++) if (!out.includes(list[i]!.actor)) out.push(list[i]!.actor);
    return out;
  };

  const speakersByArticle = new Map<string, Map<number, Span>>();
  for (const q of kb.quotes) {
    for (const s of q.sources) {
      const speakerId = s.speaker ?? q.speaker;
      if (!speakerId) continue;
      const speaker = numberOf(speakerId);
      const span = { article: s.article, start: s.start, end: s.end };
      if (q.kind !== 'indirect') {
        const inArticle = speakersByArticle.get(s.article) ?? speakersByArticle.set(s.article, new Map()).get(s.article)!;
        if (!inArticle.has(speaker)) inArticle.set(speaker, span);
      }
      for (const named of within(s.article, s.start, s.end)) add(speaker, named, 1, span);
    }
  }
  for (const speakers of speakersByArticle.values()) {
    const list = [...speakers.entries()];
    for (const [a, span] of list) for (const [b] of list) add(a, b, 2, span);
  }
  for (const article of kb.articles) {
    if (only && !only.has(article.id)) continue;
    for (const s of sentenceRanges(article)) {
      const named = within(article.id, s.start, s.end);
      if (named.length < 2) continue;
      const span = { article: article.id, start: s.start, end: s.end };
      for (const a of named) for (const b of named) add(a, b, 3, span);
    }
  }

  const byActor = new Map<number, Array<[string, Tally]>>();
  for (const [key, t] of ties) {
    const a = Math.floor(key / PAIR);
    const list = byActor.get(a);
    const entry: [string, Tally] = [ids[key - a * PAIR]!, t];
    if (list) list.push(entry);
    else byActor.set(a, [entry]);
  }
  kb.actors.forEach((actor, n) => {
    const mine = byActor.get(n);
    if (!mine) {
      (actor as Actor).related = [];
      return;
    }
    const ranked = mine.sort((x, y) => y[1].score - x[1].score || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, MAX_RELATIONS);
    const related: Relation[] = [];
    for (const [other, t] of ranked) {
      for (let k = 0; k < KINDS.length; k++) if (t.counts[k]) related.push({ actor: other, kind: KINDS[k]!, count: t.counts[k]!, evidence: t.evidence[k]! });
    }
    (actor as Actor).related = related;
  });
}
