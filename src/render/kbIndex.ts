// Lookup tables over a knowledge base, built when a store first hands it out (once per Worker instance for the bundled
// KB, per page for a D1 subset). They only invert what the KB says (ids, who spoke, who appears in which article): no
// article text is read here. What a sheet lists of one actor or topic comes ranked and counted in the KB itself
// (src/kb/sheetFacts.ts; for a KB without it, derived here once per subject asked about), and a sheet shows only the
// head of each list, so it costs about the same however big its subject; a KB from the build leaves nothing to keep
// from one render to the next.

import { firstReportedOf, hasSheetFacts, SheetFactsDeriver } from '../kb/sheetFacts';
import type { Actor, ActorSheetFacts, Article, Figure, KnowledgeBase, Quote, Span, StoryEvent, Topic, TopicSheetFacts } from '../kb/types';
import { ArticleSet } from './articleSet';

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/** Counts per article, as parallel lists of article ranks (ascending: oldest first) and counts. */
interface ArticleRuns {
  ranks: number[];
  counts: number[];
}

function titleOrFile(article: Article): string {
  return article.title?.trim() || `Untitled article (${article.file.split('/').at(-1) ?? ''})`;
}

/** Chronological, undated last, then by title: the order every sheet lists its sources in (`compareArticles`). */
function chronological(articles: readonly Article[]): Article[] {
  const keyed = articles.map((article) => ({ article, date: article.date, title: titleOrFile(article) }));
  keyed.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? -1 : 1;
    }
    return a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
  });
  return keyed.map((entry) => entry.article);
}

export class KbIndex {
  readonly articles: Map<string, Article>;
  readonly actors: Map<string, Actor>;
  readonly quotes: Map<string, Quote>;
  readonly topics: Map<string, Topic>;
  readonly figures: Map<string, Figure>;
  readonly events: Map<string, StoryEvent>;
  /** Articles in chronological order (undated last, then by title); an article's rank is its place here. */
  readonly articlesInOrder: Article[];
  readonly articleRank = new Map<string, number>();
  /** Articles each actor appears in (mentions, role evidence, merge evidence, quotes spoken), as ranks. */
  readonly actorArticles = new Map<string, ArticleSet>();
  /** Quotes by speaker actor id, in KB order. */
  readonly quotesBySpeaker = new Map<string, Quote[]>();
  /** Topics naming each actor (from `topics[].actors`), in KB order. */
  readonly topicsByActor = new Map<string, Topic[]>();
  /** Each topic's quotes (`topics[].quotes` resolved), in its order; ids the index does not hold are left out. */
  readonly quotesByTopic = new Map<string, Quote[]>();
  /** Each topic's articles, as ranks. */
  private readonly articlesOfTopic = new Map<string, ArticleSet>();
  /** Each topic's actors, as bits over the actors' order in the KB (so topics compare their casts with an AND). */
  private readonly actorsOfTopic = new Map<string, ArticleSet>();
  /** Each actor's place in the KB's actor list. */
  private readonly actorOrdinal = new Map<string, number>();
  /** Figures each actor cited in their own words (a figure source's `speaker`). */
  readonly figuresBySpeaker = new Map<string, Figure[]>();
  /**
   * The sheets' ranked lists and counts, derived here only when the KB does not carry them (a store's page subset, a
   * hand-made KB), for the subjects a page asks about; a KB from the build carries them (src/kb/sheetFacts.ts), and
   * they are read from it.
   */
  private readonly deriver: SheetFactsDeriver | null;
  private readonly derivedActors = new Map<string, ActorSheetFacts>();
  private readonly derivedTopics = new Map<string, TopicSheetFacts>();

  constructor(readonly kb: KnowledgeBase) {
    this.deriver = hasSheetFacts(kb) ? null : new SheetFactsDeriver(kb);
    this.articles = byId(kb.articles);
    this.actors = byId(kb.actors);
    this.quotes = byId(kb.quotes);
    this.topics = byId(kb.topics);
    this.figures = byId(kb.figures ?? []);
    this.events = byId(kb.events ?? []);
    this.articlesInOrder = chronological(kb.articles);
    this.articlesInOrder.forEach((article, rank) => this.articleRank.set(article.id, rank));
    const words = ArticleSet.wordsFor(this.articlesInOrder.length);
    const shared = new Uint32Array(words * kb.actors.length);
    kb.actors.forEach((actor, at) => {
      const set = new ArticleSet(this.articlesInOrder.length, shared.subarray(at * words, (at + 1) * words));
      this.actorArticles.set(actor.id, this.articlesOfActor(actor, set));
    });
    for (const quote of kb.quotes) {
      if (!quote.speaker) continue;
      pushTo(this.quotesBySpeaker, quote.speaker, quote);
      let set = this.actorArticles.get(quote.speaker);
      if (!set) this.actorArticles.set(quote.speaker, (set = this.articleSet()));
      for (const source of quote.sources) this.addTo(set, source.article);
    }
    kb.actors.forEach((actor, at) => this.actorOrdinal.set(actor.id, at));
    for (const topic of kb.topics) {
      const articles = this.articleSet();
      for (const id of topic.articles) this.addTo(articles, id);
      this.articlesOfTopic.set(topic.id, articles);
      const cast = new ArticleSet(kb.actors.length);
      for (const actorId of topic.actors) {
        const at = this.actorOrdinal.get(actorId);
        if (at !== undefined) cast.add(at);
      }
      this.actorsOfTopic.set(topic.id, cast);
      for (const actorId of new Set(topic.actors)) pushTo(this.topicsByActor, actorId, topic);
      const quotes: Quote[] = [];
      for (const id of topic.quotes) {
        const quote = this.quotes.get(id);
        if (quote) quotes.push(quote);
      }
      this.quotesByTopic.set(topic.id, quotes);
    }
    for (const figure of kb.figures ?? []) {
      for (const speaker of new Set(figure.sources.map((source) => source.speaker))) if (speaker) pushTo(this.figuresBySpeaker, speaker, figure);
    }
  }

  /** What the actor's sheet lists, ranked and counted. */
  actorFacts(actor: Actor): ActorSheetFacts {
    if (!this.deriver) return actor.sheet!;
    let facts = this.derivedActors.get(actor.id);
    if (!facts) this.derivedActors.set(actor.id, (facts = this.deriver.actorFacts(actor)));
    return facts;
  }

  /** What the topic's sheet lists, ranked and counted. */
  topicFacts(topic: Topic): TopicSheetFacts {
    if (!this.deriver) return topic.sheet!;
    let facts = this.derivedTopics.get(topic.id);
    if (!facts) this.derivedTopics.set(topic.id, (facts = this.deriver.topicFacts(topic)));
    return facts;
  }

  /** Earliest date any outlet reported the quote (its own date, else its article's); null when undated. */
  firstReported(quote: Quote): string | null {
    const known = this.deriver ? this.deriver.firstReported.get(quote) : quote.firstReported;
    return known !== undefined ? known : firstReportedOf(quote, (id) => this.articles.get(id)?.date);
  }

  /** An empty set sized for this index's articles. */
  articleSet(): ArticleSet {
    return new ArticleSet(this.articlesInOrder.length);
  }

  /** The articles a topic covers, as ranks. */
  topicArticles(topic: Topic): ArticleSet {
    return this.articlesOfTopic.get(topic.id) ?? this.articleSet();
  }

  /** The actors a topic names (those the index holds), as bits over the KB's actor order. */
  topicActors(topic: Topic): ArticleSet {
    return this.actorsOfTopic.get(topic.id) ?? new ArticleSet(this.kb.actors.length);
  }

  /** How many articles an actor appears in. */
  articleCount(actorId: string): number {
    return this.actorArticles.get(actorId)?.size ?? 0;
  }

  /** Articles the index does not hold (a store's subset may cite more than it hands out) are left out. */
  private addTo(set: ArticleSet, articleId: string): void {
    const rank = this.articleRank.get(articleId);
    if (rank !== undefined) set.add(rank);
  }

  /**
   * Spans come grouped by article (an actor's mentions, a topic's sentences): one rank lookup per run of one article,
   * then the runs in article order, like a posting list.
   */
  private runsOf(spans: readonly Span[]): ArticleRuns {
    const ranks: number[] = [];
    const counts: number[] = [];
    let i = 0;
    while (i < spans.length) {
      const article = spans[i]!.article;
      let j = i + 1;
      while (j < spans.length && spans[j]!.article === article) j++;
      const rank = this.articleRank.get(article);
      if (rank !== undefined) {
        ranks.push(rank);
        counts.push(j - i);
      }
      i = j;
    }
    let sorted = true;
    for (let k = 1; k < ranks.length && sorted; k++) sorted = ranks[k - 1]! <= ranks[k]!;
    if (sorted) return { ranks, counts };
    const order = ranks.map((_, k) => k).sort((a, b) => ranks[a]! - ranks[b]!);
    return { ranks: order.map((k) => ranks[k]!), counts: order.map((k) => counts[k]!) };
  }

  private articlesOfActor(actor: Actor, set: ArticleSet): ArticleSet {
    for (const rank of this.runsOf(actor.mentions).ranks) set.add(rank);
    for (const role of actor.roles) {
      for (const article of role.articles) this.addTo(set, article);
      for (const span of role.evidence) this.addTo(set, span.article);
    }
    for (const merge of actor.merges) for (const span of merge.evidence) this.addTo(set, span.article);
    return set;
  }
}

export function buildKbIndex(kb: KnowledgeBase): KbIndex {
  return new KbIndex(kb);
}
