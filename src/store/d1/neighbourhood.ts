// The part of the knowledge base one page needs, read from D1: a window of articles with every live fact they hold
// (mentions, roles, merges, quotes, figures and events with their sources, topic links), the facts those conflict
// with, and the articles all of them cite. The same view builders then render it as they render the bundled KB.
//
// Why this is exact: everything a sheet computes about an actor or topic lives in its own articles. When the window
// holds all of them (an actor or topic in at most WINDOW articles), the page is byte-identical to the bundled one.
// Beyond that the window is the newest WINDOW articles and the page says so. A fact reported by more than PER_FACT
// articles brings only its first PER_FACT sources from outside the window (d1/fanout.ts).

import type { KnowledgeBase, Span } from '../../kb/types';
import { IN_LIST, jsonList, type D1Session } from './session';
import {
  span, toActor, toArticle, toMerge, toQuote, toRoles, toTopic,
  type ActorRow, type AliasRow, type ArticleRow, type ConflictRow, type MentionRow, type MergeRow, type MetaRow,
  type QuoteRow, type QuoteSourceRow, type RoleSupportRow, type TopicLinkRow, type TopicRow, type TopicSentenceRow,
} from './rows';
import { sql } from '../sql/statement';
import { attachRelations, attachTimelines } from '../../kb/derive';
import { assembleStoryFacts, figurePartnerStatements, readStoryRows, storyStatements, type StoryRows } from './storyFacts';
import { firstConflictsOf, firstSourcesOf, sourcesInWindow } from './fanout';
import type { WindowIds } from './window';

const ARTICLE_COLUMNS = 'rowid AS seq, id, file, files, title, date, source, source_evidence, url, text, word_count, sentence_starts, retracted_at, retraction_note';
const ACTOR_COLUMNS = 'rowid AS seq, id, kind, name, gender, mention_count, article_count, retracted_at, retraction_note';
const QUOTE_COLUMNS = 'rowid AS seq, id, text, kind, speaker, speaker_label, corroboration, conflict';
const QUOTE_SOURCES = {
  table: 'quote_sources', fact: 'quote_id', columns: 'id, quote_id, article_id, span_start, span_end, speaker, speaker_label, cue_start, cue_end, date',
};

/** The page's facts: everything in the window's articles, fetched by the ids the first round trip found (d1/window.ts). */
export async function loadNeighbourhood(session: D1Session, meta: MetaRow, ids: WindowIds, focusActors: string[] = []): Promise<KnowledgeBase> {
  const w = jsonList(ids.articles);
  const q = jsonList(ids.quotes);
  const a = jsonList(new Set([...ids.actors, ...focusActors]));
  const t = jsonList(ids.topics);
  const withStory = meta.story_facts === 1;
  const results = await session.read<object[]>(
    sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (${IN_LIST})`, w),
    sql(`SELECT id, actor_id, article_id, span_start, span_end FROM mentions WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w),
    sql(`SELECT s.id, s.role_id, r.actor_id, r.title, s.article_id, s.span_start, s.span_end FROM role_support s JOIN roles r ON r.id = s.role_id
         WHERE s.article_id IN (${IN_LIST}) AND s.retracted_at IS NULL`, w),
    sql(`SELECT id, actor_id, from_name, into_name, reason, evidence FROM merges WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w),
    sql(`SELECT ${QUOTE_COLUMNS} FROM quotes WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, q),
    sourcesInWindow(QUOTE_SOURCES, w),
    firstSourcesOf(QUOTE_SOURCES, q),
    firstConflictsOf('quote_conflicts', 'quote_id', q),
    sql(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, a),
    sql(`SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (${IN_LIST}) ORDER BY id`, a),
    sql(`SELECT rowid AS seq, id, title, terms, summary, curated, article_count, actor_count FROM topics WHERE id IN (${IN_LIST})`, t),
    sql(`SELECT topic_id, article_id AS ref_id FROM topic_articles WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL ORDER BY id`, w),
    sql(`SELECT id, topic_id, article_id, span_start, span_end FROM topic_sentences WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w),
    // driven by the window's actors and quotes (`+topic_id` keeps SQLite off the topic index, which would read
    // every link of a big topic)
    sql(`SELECT topic_id, actor_id AS ref_id FROM topic_actors WHERE actor_id IN (${IN_LIST}) AND +topic_id IN (${IN_LIST}) ORDER BY id`, a, t),
    sql(`SELECT topic_id, quote_id AS ref_id FROM topic_quotes WHERE quote_id IN (${IN_LIST}) AND +topic_id IN (${IN_LIST}) ORDER BY id`, q, t),
    ...(withStory ? storyStatements(w, jsonList(ids.figures), jsonList(ids.events)) : []),
  );
  const [articles, mentions, roleRows, merges, quotes, windowSources, firstSources, conflicts, actors, aliases, topics, topicArticles, sentences, topicActors, topicQuotes] =
    results as [ArticleRow[], MentionRow[], RoleSupportRow[], MergeRow[], QuoteRow[], QuoteSourceRow[], QuoteSourceRow[], ConflictRow[], ActorRow[],
      AliasRow[], TopicRow[], TopicLinkRow[], TopicSentenceRow[], TopicLinkRow[], TopicLinkRow[]];
  const sources = [...windowSources, ...firstSources];
  const { dates, figures, figureSources, figureConflicts, events, eventSources } = readStoryRows(results.slice(15));

  // Second round trip: the quotes and figures these conflict with.
  const quoteIds = new Set(quotes.map((q) => q.id));
  const figureIds = new Set(figures.map((f) => f.id));
  const partnerIds = [...new Set(conflicts.map((c) => c.other_id))].filter((id) => !quoteIds.has(id));
  const figurePartnerIds = [...new Set(figureConflicts.map((c) => c.other_id))].filter((id) => !figureIds.has(id));
  const [partners = [], partnerSources = [], partnerFigures = [], partnerFigureSources = []] = partnerIds.length || figurePartnerIds.length
    ? ((await session.read<object[]>(
        sql(`SELECT ${QUOTE_COLUMNS} FROM quotes WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, jsonList(partnerIds)),
        firstSourcesOf(QUOTE_SOURCES, jsonList(partnerIds)),
        ...figurePartnerStatements(jsonList(figurePartnerIds)),
      )) as [QuoteRow[], QuoteSourceRow[], StoryRows['figures'], StoryRows['figureSources']])
    : [];

  // Third: actors and articles those facts name or cite that the window does not hold.
  const actorSeen = new Set(actors.map((a) => a.id));
  const named = [
    ...partners.map((q) => q.speaker),
    ...[...figureSources, ...partnerFigureSources].map((s) => s.speaker),
    ...events.flatMap((e) => [...(JSON.parse(e.participants) as string[]), e.place]),
  ];
  const missingActors = [...new Set(named)].filter((id): id is string => id !== null && !actorSeen.has(id));
  const articleSeen = new Set(articles.map((a) => a.id));
  const cited: Span[] = [...sources, ...partnerSources, ...figureSources, ...partnerFigureSources, ...eventSources].map(span);
  for (const m of merges) cited.push(...(JSON.parse(m.evidence) as Span[]));
  const missingArticles = [...new Set(cited.map((s) => s.article))].filter((id) => !articleSeen.has(id));
  if (missingActors.length || missingArticles.length) {
    const [moreArticles, moreActors, moreAliases] = await session.read<[ArticleRow, ActorRow, AliasRow]>(
      sql(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, jsonList(missingArticles)),
      sql(`SELECT ${ACTOR_COLUMNS} FROM actors WHERE id IN (${IN_LIST}) AND retracted_at IS NULL`, jsonList(missingActors)),
      sql(`SELECT actor_id, alias FROM actor_aliases WHERE actor_id IN (${IN_LIST}) ORDER BY id`, jsonList(missingActors)),
    );
    articles.push(...moreArticles);
    actors.push(...moreActors);
    aliases.push(...moreAliases);
  }
  const kb = assemble(meta, {
    articles, actors, aliases, mentions, roleRows, merges,
    quotes: [...quotes, ...partners], sources: [...sources, ...partnerSources], conflicts,
    topics, topicArticles, sentences, topicActors, topicQuotes,
  });
  if (withStory) {
    const story = assembleStoryFacts({
      dates, figures: [...figures, ...partnerFigures], figureSources: [...figureSources, ...partnerFigureSources], figureConflicts, events, eventSources,
    });
    const full = { ...kb, ...story };
    attachTimelines(full);
    Object.assign(kb, story);
  }
  attachWindowRelations(kb, new Set(ids.articles));
  return kb;
}

/**
 * Relations between actors (kb/derive.ts) over the window's articles, from their stored sentence starts. Only when
 * the KB had them: a KB built before relations existed has no sentence starts.
 */
function attachWindowRelations(kb: KnowledgeBase, window: Set<string>): void {
  if (!kb.articles.some((a) => window.has(a.id) && a.sentenceStarts)) return;
  attachRelations(kb, window);
}

interface Rows {
  articles: ArticleRow[];
  actors: ActorRow[];
  aliases: AliasRow[];
  mentions: MentionRow[];
  roleRows: RoleSupportRow[];
  merges: MergeRow[];
  quotes: QuoteRow[];
  sources: QuoteSourceRow[];
  conflicts: ConflictRow[];
  topics: TopicRow[];
  topicArticles: TopicLinkRow[];
  sentences: TopicSentenceRow[];
  topicActors: TopicLinkRow[];
  topicQuotes: TopicLinkRow[];
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;
const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/** Rows → a knowledge base in KB order: row ids are the order the facts were written in. */
export function assemble(meta: MetaRow, rows: Rows): KnowledgeBase {
  const articles = [...new Map(rows.articles.map((a) => [a.id, a])).values()].sort(bySeq);
  const actors = [...new Map(rows.actors.map((a) => [a.id, a])).values()].sort(bySeq);
  const quotes = [...new Map(rows.quotes.map((q) => [q.id, q])).values()].sort(bySeq);
  const aliases = groupBy(rows.aliases, (r) => r.actor_id);
  const mentions = groupBy([...rows.mentions].sort(byId), (r) => r.actor_id);
  const roles = groupBy(rows.roleRows, (r) => r.actor_id);
  const merges = groupBy([...rows.merges].sort(byId), (r) => r.actor_id);
  const sources = groupBy([...new Map(rows.sources.map((s) => [s.id, s])).values()].sort(byId), (r) => r.quote_id);
  const live = new Set(quotes.map((q) => q.id));
  const conflicts = groupBy(rows.conflicts.filter((c) => live.has(c.other_id)), (r) => r.quote_id);
  const actorIds = new Set(actors.map((a) => a.id));
  const links = (list: TopicLinkRow[], keep: (id: string) => boolean) =>
    groupBy(list.filter((l) => keep(l.ref_id)), (l) => l.topic_id);
  const topicArticles = links(rows.topicArticles, () => true);
  const topicActors = links(rows.topicActors, (id) => actorIds.has(id));
  const topicQuotes = links(rows.topicQuotes, (id) => live.has(id));
  const sentences = groupBy([...rows.sentences].sort(byId), (r) => r.topic_id);
  const ids = (list: TopicLinkRow[] | undefined) => (list ?? []).map((l) => l.ref_id);

  return {
    version: 1,
    generatedAt: meta.generated_at,
    articles: articles.map(toArticle),
    actors: actors.map((a) =>
      toActor(
        a,
        (aliases.get(a.id) ?? []).map((r) => r.alias),
        (mentions.get(a.id) ?? []).map(span),
        toRoles(roles.get(a.id) ?? []),
        (merges.get(a.id) ?? []).map(toMerge),
      ),
    ),
    quotes: quotes.map((q) => toQuote(q, sources.get(q.id) ?? [], (conflicts.get(q.id) ?? []).map((c) => c.other_id))),
    topics: [...rows.topics].sort(bySeq).map((t) =>
      toTopic(t, {
        articles: ids(topicArticles.get(t.id)),
        actors: ids(topicActors.get(t.id)),
        quotes: ids(topicQuotes.get(t.id)),
        sentences: (sentences.get(t.id) ?? []).map(span),
      }),
    ),
    problems: [],
  };
}
