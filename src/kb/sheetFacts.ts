// What each sheet shows of its subject, ranked and counted once from the knowledge base: at build time (the last step
// of buildKnowledgeBase), or by the render index for a knowledge base without it (a store's page subset, a hand-made
// KB). A sheet then reads the head of each list and a few counts, so its cost follows what it shows, not how much
// the news says about its subject. Only ids, counts, dates and spans, plus each spelling as the article wrote it.
//
// One pass over the quotes, one over each actor's mentions (at most MENTIONS_READ of them) and facts, one over each
// topic's quotes and actors, and a sort of each ranked list: linear in the KB but for the sorts.

import type { ActivityDay, Actor, ActorSheetFacts, Article, Coverage, KnowledgeBase, Quote, Span, SpeakerGroup, Spelling, TimelineEntry, Topic, TopicSheetFacts } from './types.ts';
import { outletKeyOf, summarySentences } from './topicSummary.ts';

/** Spellings are counted over an actor's first this many mentions: enough to rank the ways a name is written. */
export const MENTIONS_READ = 200;
export const SPELLING_LIMIT = 12;
/** Sentences in a topic's extracted summary. */
export const SUMMARY_SENTENCES = 3;

type SheetFactsKb = Pick<KnowledgeBase, 'articles' | 'actors' | 'quotes' | 'topics'>;

/** Whole sentences before fragments: a one-word partial quote is rarely the key one. */
const KIND_ORDER: Record<Quote['kind'], number> = { direct: 0, partial: 1, indirect: 2 };

/** The collation names are compared with (ties between topic actors), made once. */
export const byName = new Intl.Collator();

/** Earliest date any outlet reported the words: a source's own date, else its article's; null when none is dated. */
export function firstReportedOf(quote: Quote, articleDate: (articleId: string) => string | null | undefined): string | null {
  let first: string | null = null;
  for (const source of quote.sources) {
    const date = source.date ?? articleDate(source.article) ?? null;
    if (date && (first === null || date < first)) first = date;
  }
  return first;
}

/**
 * Best-backed first: more outlets, then direct before partial before indirect, then reported earlier (undated last).
 * Used with a stable sort, so equal quotes keep their order in the list.
 */
export function quoteOrder(firstReported: (quote: Quote) => string | null): (a: Quote, b: Quote) => number {
  return (a, b) => {
    const byBacking = b.corroboration - a.corroboration || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (byBacking) return byBacking;
    const x = firstReported(a) ?? '9999';
    const y = firstReported(b) ?? '9999';
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** True for a quote whose words other outlets give to someone else. */
export function isDisputed(quote: Quote): boolean {
  return quote.conflict && quote.conflictsWith.length > 0;
}

/** Facts derived for every sheet of a knowledge base, by id (quotes by the quote object). */
export interface SheetFacts {
  firstReported: Map<Quote, string | null>;
  actors: Map<string, ActorSheetFacts>;
  topics: Map<string, TopicSheetFacts>;
}

/** Counts and the date span over a set of articles, given as places in `articles`. */
function coverageOf(articles: readonly Article[], places: Iterable<number>): Coverage {
  const named = new Set<string>();
  let unnamed = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const at of places) {
    const article = articles[at]!;
    const key = outletKeyOf(article, article.id);
    if (key.startsWith('article:')) unnamed++;
    else named.add(key);
    const date = article.date;
    if (date !== null) {
      if (from === null || date < from) from = date;
      if (to === null || date > to) to = date;
    }
  }
  return { outlets: named.size, unnamedOutletArticles: unnamed, from, to };
}

/** Spellings read from the first MENTIONS_READ mention spans, most used first. */
function spellingsOf(actor: Actor, articleById: ReadonlyMap<string, Article>): Spelling[] {
  const merged = new Set(actor.merges.map((merge) => merge.from.toLowerCase()));
  const seen = new Map<string, { count: number; outlets: Set<string>; first: Actor['mentions'][number] }>();
  const read = Math.min(actor.mentions.length, MENTIONS_READ);
  for (let i = 0; i < read; i++) {
    const mention = actor.mentions[i]!;
    const article = articleById.get(mention.article);
    const raw = article?.text.slice(mention.start, mention.end);
    const spelling = raw && /\s\s|[\n\t]/.test(raw) ? raw.replace(/\s+/g, ' ').trim() : raw;
    if (!spelling) continue;
    const outlet = article?.source ?? 'unknown outlet';
    const entry = seen.get(spelling);
    if (entry) {
      entry.count++;
      entry.outlets.add(outlet);
    } else {
      seen.set(spelling, { count: 1, outlets: new Set([outlet]), first: mention });
    }
  }
  return [...seen]
    .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    .slice(0, SPELLING_LIMIT)
    .map(([spelling, { count, outlets, first }]) => ({
      spelling,
      count,
      outlets: [...outlets].sort(),
      first: { article: first.article, start: first.start, end: first.end },
      merged: merged.has(spelling.toLowerCase()),
    }));
}

/**
 * Activity per day: the spans (mentions, topic sentences) counted by their article's date, plus the timeline's events
 * (marked) and, when `countQuotes`, its quotes (counted); one day per date, oldest first.
 */
function activityOf(spans: readonly Span[], articleById: ReadonlyMap<string, Article>, timeline: readonly TimelineEntry[] | undefined, countQuotes: boolean): ActivityDay[] {
  const days = new Map<string, ActivityDay>();
  const day = (date: string): ActivityDay => {
    let found = days.get(date);
    if (!found) days.set(date, (found = { date, count: 0, events: 0 }));
    return found;
  };
  // spans come grouped by article: one lookup per run of one article
  let lastArticle: string | null = null;
  let lastDay: ActivityDay | null = null;
  for (const span of spans) {
    if (span.article !== lastArticle) {
      lastArticle = span.article;
      const date = articleById.get(span.article)?.date;
      lastDay = date ? day(date) : null;
    }
    if (lastDay) lastDay.count++;
  }
  for (const entry of timeline ?? []) {
    if (entry.kind === 'event') day(entry.date).events++;
    else if (countQuotes) day(entry.date).count++;
  }
  // dates are ASCII, so the default sort (by code unit, no callback) puts them in date order
  return [...days.keys()].sort().map((date) => days.get(date)!);
}

/** Roles stated in more articles first (a stable sort: ties keep the KB's order), as places in `actor.roles`. */
function rankedRoles(actor: Actor): number[] {
  const support = actor.roles.map((role) => new Set([...role.articles, ...role.evidence.map((span) => span.article)]).size);
  return actor.roles.map((_, at) => at).sort((a, b) => support[b]! - support[a]!);
}

/**
 * Derives sheet facts without touching the knowledge base: what spans the whole KB (each quote's first report, one
 * ranking of all quotes) at once, each actor's or topic's facts when asked. The build asks for all of them; the render
 * index, for a KB without them (a D1 page's subset), only for the sheet it renders.
 */
export class SheetFactsDeriver {
  readonly firstReported = new Map<Quote, string | null>();
  /** Every quote's place in one ranking of all quotes; equal quotes share one (the first of them). */
  private readonly rankClass = new Map<Quote, number>();
  private readonly place = new Map<string, number>();
  private readonly articleById: Map<string, Article>;
  private readonly quoteById = new Map<string, Quote>();
  private readonly actorById = new Map<string, Actor>();
  private readonly spoken = new Map<string, Quote[]>();
  /** Marks the articles already counted for the actor at hand (its stamp), so each is counted once. */
  private readonly stamp: Int32Array;
  private stamps = 0;
  private readonly appearsIn = new Map<string, number[]>();

  constructor(private readonly kb: SheetFactsKb) {
    kb.articles.forEach((article, at) => this.place.set(article.id, at));
    this.articleById = new Map(kb.articles.map((article) => [article.id, article]));
    this.stamp = new Int32Array(kb.articles.length).fill(-1);
    const dateOf = (id: string) => this.articleById.get(id)?.date;
    for (const quote of kb.quotes) this.firstReported.set(quote, firstReportedOf(quote, dateOf));
    const order = quoteOrder((quote) => this.firstReported.get(quote)!);
    const keyed = kb.quotes.map((quote) => ({ quote, backing: -quote.corroboration, kind: KIND_ORDER[quote.kind], date: this.firstReported.get(quote) ?? '9999' }));
    keyed.sort((a, b) => a.backing - b.backing || a.kind - b.kind || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    keyed.forEach((k, at) => this.rankClass.set(k.quote, at > 0 && order(keyed[at - 1]!.quote, k.quote) === 0 ? this.rankClass.get(keyed[at - 1]!.quote)! : at));
    for (const quote of kb.quotes) {
      this.quoteById.set(quote.id, quote);
      if (quote.speaker) (this.spoken.get(quote.speaker) ?? this.spoken.set(quote.speaker, []).get(quote.speaker)!).push(quote);
    }
    for (const actor of kb.actors) this.actorById.set(actor.id, actor);
  }

  /**
   * Quote ids in rank order: best-backed first by `quoteOrder`, equal quotes in the order given (as a stable sort would
   * leave them).
   */
  private rankedIds(quotes: readonly Quote[]): string[] {
    const keyed = quotes.map((quote, at) => ({ id: quote.id, rank: this.rankClass.get(quote)!, at }));
    keyed.sort((a, b) => a.rank - b.rank || a.at - b.at);
    return keyed.map((k) => k.id);
  }

  /** The articles an actor appears in (mentions, roles, merges, quotes spoken), as places in kb.articles. */
  private articlesOf(actor: Actor): number[] {
    let places = this.appearsIn.get(actor.id);
    if (places) return places;
    places = [];
    const stamp = this.stamps++;
    let lastId: string | null = null;
    let lastAt = -1;
    // runs of one article (mentions come so) cost one lookup
    const add = (articleId: string) => {
      if (articleId !== lastId) {
        lastId = articleId;
        lastAt = this.place.get(articleId) ?? -1;
      }
      if (lastAt >= 0 && this.stamp[lastAt] !== stamp) {
        this.stamp[lastAt] = stamp;
        places.push(lastAt);
      }
    };
    for (const mention of actor.mentions) add(mention.article);
    for (const role of actor.roles) {
      for (const id of role.articles) add(id);
      for (const span of role.evidence) add(span.article);
    }
    for (const merge of actor.merges) for (const span of merge.evidence) add(span.article);
    for (const quote of this.spoken.get(actor.id) ?? []) for (const source of quote.sources) add(source.article);
    this.appearsIn.set(actor.id, places);
    return places;
  }

  actorFacts(actor: Actor): ActorSheetFacts {
    const keyQuotes: Quote[] = [];
    const statements: Quote[] = [];
    const disputed: Quote[] = [];
    for (const quote of this.spoken.get(actor.id) ?? []) {
      (quote.kind === 'indirect' ? statements : keyQuotes).push(quote);
      if (isDisputed(quote)) disputed.push(quote);
    }
    return {
      keyQuotes: this.rankedIds(keyQuotes),
      statements: this.rankedIds(statements),
      disputed: this.rankedIds(disputed),
      roles: rankedRoles(actor),
      coverage: coverageOf(this.kb.articles, this.articlesOf(actor)),
      spellings: spellingsOf(actor, this.articleById),
      activity: activityOf(actor.mentions, this.articleById, actor.timeline, true),
    };
  }

  topicFacts(topic: Topic): TopicSheetFacts {
    const quotes: Quote[] = [];
    for (const id of topic.quotes) {
      const quote = this.quoteById.get(id);
      if (quote) quotes.push(quote);
    }
    const ranked = this.rankedIds(quotes);
    const inTopic = new Uint8Array(this.kb.articles.length);
    const places: number[] = [];
    for (const id of topic.articles) {
      const at = this.place.get(id);
      if (at !== undefined && !inTopic[at]) {
        inTopic[at] = 1;
        places.push(at);
      }
    }
    // the topic's actors, in the most of its articles first (ties by name, then the topic's order)
    const counted: Array<{ actor: string; articles: number; name: string }> = [];
    for (const id of new Set(topic.actors)) {
      const actor = this.actorById.get(id);
      if (!actor) continue;
      let shared = 0;
      for (const at of this.articlesOf(actor)) shared += inTopic[at]!;
      counted.push({ actor: id, articles: shared, name: actor.name });
    }
    counted.sort((a, b) => b.articles - a.articles || byName.compare(a.name, b.name));
    return {
      quotes: ranked,
      actors: counted.map(({ actor, articles }) => ({ actor, articles })),
      speakers: speakerGroups(ranked.map((id) => this.quoteById.get(id)!), this.actorById),
      summary: topic.summary?.trim() ? [] : summarySentences(this.articleById, topic, SUMMARY_SENTENCES),
      coverage: coverageOf(this.kb.articles, places),
      activity: activityOf(topic.sentences, this.articleById, topic.timeline, false),
    };
  }
}

/** Every sheet's facts, without touching the knowledge base. */
export function deriveSheetFacts(kb: SheetFactsKb): SheetFacts {
  const deriver = new SheetFactsDeriver(kb);
  return {
    firstReported: deriver.firstReported,
    actors: new Map(kb.actors.map((actor) => [actor.id, deriver.actorFacts(actor)])),
    topics: new Map(kb.topics.map((topic) => [topic.id, deriver.topicFacts(topic)])),
  };
}

/**
 * Who said what: the topic's quotes (ranked) grouped by speaker (unnamed ones by how the text names them), the
 * speakers with the most quotes first, ties to whose best quote ranks higher; each group's quotes in rank order.
 */
function speakerGroups(ranked: readonly Quote[], actorById: ReadonlyMap<string, Actor>): SpeakerGroup[] {
  const groups = new Map<string, SpeakerGroup>();
  for (const quote of ranked) {
    const named = quote.speaker !== null && actorById.has(quote.speaker);
    const label = quote.speakerLabel ?? 'unnamed speaker';
    const key = named ? `actor:${quote.speaker}` : `label:${label}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = named ? { speaker: quote.speaker, label: null, quotes: [] } : { speaker: null, label, quotes: [] }));
    group.quotes.push(quote.id);
  }
  // groups come in the order of their best quote; a stable sort by size keeps that order among equals
  return [...groups.values()].sort((a, b) => b.quotes.length - a.quotes.length);
}

const ACTOR_FACTS: ReadonlyArray<keyof ActorSheetFacts> = ['keyQuotes', 'statements', 'disputed', 'roles', 'coverage', 'spellings', 'activity'];
const TOPIC_FACTS: ReadonlyArray<keyof TopicSheetFacts> = ['quotes', 'actors', 'speakers', 'summary', 'coverage', 'activity'];

/**
 * True when every actor, topic and quote carries its derived sheet facts, every field of them (a KB written by the
 * build; one written by an older build, before a field was added, is derived again by the index).
 */
export function hasSheetFacts(kb: SheetFactsKb): boolean {
  return (
    kb.actors.every((a) => a.sheet !== undefined && ACTOR_FACTS.every((key) => a.sheet![key] !== undefined)) &&
    kb.topics.every((t) => t.sheet !== undefined && TOPIC_FACTS.every((key) => t.sheet![key] !== undefined)) &&
    kb.quotes.every((q) => q.firstReported !== undefined)
  );
}

/** Derives every sheet's facts and writes them into the knowledge base (the build's last step). */
export function attachSheetFacts(kb: SheetFactsKb): void {
  const facts = deriveSheetFacts(kb);
  for (const quote of kb.quotes) quote.firstReported = facts.firstReported.get(quote)!;
  for (const actor of kb.actors) actor.sheet = facts.actors.get(actor.id)!;
  for (const topic of kb.topics) topic.sheet = facts.topics.get(topic.id)!;
}
