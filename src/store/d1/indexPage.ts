// The index from D1: the top actors of each kind, the top topics and the newest articles, read through ranked
// indexes, rendered by buildIndexPage and then given the true totals that D1 keeps as counters.

import type { Actor, KnowledgeBase, Topic } from '../../kb/types';
import { buildKbIndex } from '../../render/kbIndex';
import { buildIndexPage, type IndexPage } from '../../render/views/indexPage';
import { plural } from '../../render/views/shared';
import { sql } from '../sql/statement';
import { toArticle, type ActorRow, type ArticleRow, type MetaRow, type TopicRow } from './rows';
import type { D1Session } from './session';

/** As many of each list as the index template shows. */
export const INDEX_LIMIT = 100;

const KINDS = [['person', 'people'], ['organization', 'organizations'], ['place', 'places']] as const;

export async function d1IndexPage(session: D1Session, meta: MetaRow): Promise<IndexPage> {
  const ranked = (kind: string) =>
    sql(`SELECT rowid AS seq, id, kind, name, gender, mention_count, article_count FROM actors
          WHERE kind = ? AND retracted_at IS NULL ORDER BY article_count DESC, mention_count DESC, name LIMIT ${INDEX_LIMIT}`, kind);
  const [people, organizations, places, topics, articles] = await session.read<[ActorRow, ActorRow, ActorRow, TopicRow, ArticleRow]>(
    ranked('person'),
    ranked('organization'),
    ranked('place'),
    sql(`SELECT rowid AS seq, id, title, terms, summary, curated, article_count, actor_count FROM topics ORDER BY article_count DESC, title LIMIT ${INDEX_LIMIT}`),
    sql(`SELECT rowid AS seq, id, file, files, title, date, source, source_evidence, url, '' AS text, word_count FROM articles
          WHERE retracted_at IS NULL ORDER BY sort_key DESC LIMIT ${INDEX_LIMIT}`),
  );
  const actorRows = [...people, ...organizations, ...places].sort((a, b) => a.seq - b.seq);
  const topicRows = [...topics].sort((a, b) => a.seq - b.seq);
  const kb: KnowledgeBase = {
    version: 1,
    generatedAt: meta.generated_at,
    articles: [...articles].sort((a, b) => a.seq - b.seq).map(toArticle),
    actors: actorRows.map((r): Actor => ({ id: r.id, kind: r.kind, name: r.name, aliases: [], roles: [], mentions: [], merges: [], gender: r.gender })),
    quotes: [],
    topics: topicRows.map((r): Topic => ({
      id: r.id, title: r.title, terms: JSON.parse(r.terms) as string[], summary: r.summary, curated: r.curated === 1,
      articles: [], actors: [], quotes: [], sentences: [],
    })),
    problems: [],
  };
  return withTotals(buildIndexPage(buildKbIndex(kb)), meta, new Map(actorRows.map((r) => [r.id, r])), new Map(topicRows.map((r) => [r.id, r])));
}

/** The counts buildIndexPage would have computed from the whole KB, from D1's counters; lists re-sorted the same way. */
function withTotals(page: IndexPage, meta: MetaRow, actors: Map<string, ActorRow>, topics: Map<string, TopicRow>): IndexPage {
  return {
    ...page,
    counts: { articles: meta.articles, actors: meta.people + meta.organizations + meta.places, quotes: meta.quotes, topics: meta.topics },
    actorGroups: page.actorGroups.map((group) => ({
      ...group,
      count: meta[KINDS.find(([kind]) => kind === group.kind)![1]],
      actors: group.actors
        .map((a) => {
          const row = actors.get(a.id)!;
          return { ...a, mentionCount: row.mention_count, articleCount: row.article_count, articlesLabel: plural(row.article_count, 'article') };
        })
        .sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name)),
    })),
    topics: page.topics
      .map((t) => {
        const row = topics.get(t.id)!;
        return { ...t, articleCount: row.article_count, articlesLabel: plural(row.article_count, 'article'), actorCount: row.actor_count };
      })
      .sort((a, b) => b.articleCount - a.articleCount || a.title.localeCompare(b.title)),
  };
}
