// The D1 store: each page reads the slice of the knowledge base it shows (d1/neighbourhood.ts) in two or three
// round trips, and every request first reads the one-row store_meta, whose version keys the page cache.

import type { Actor, Article, Topic } from '../../kb/types';
import type { KbIndex } from '../../render/kbIndex';
import { buildKbIndex } from '../../render/kbIndex';
import type { IndexPage } from '../../render/views/indexPage';
import { sql } from '../sql/statement';
import type { FactStore, PageScope, StoreNotes, StoreSummary, Withdrawn } from '../types';
import { d1IndexPage } from './indexPage';
import { loadNeighbourhood } from './neighbourhood';
import { actorWindow, articleWindow, readWindowIds, topicWindow, WINDOW, windowIdStatements } from './window';
import type { ActorRow, ArticleRow, MetaRow, TopicRow } from './rows';
import { d1SearchIndex } from './search';
import { D1Session } from './session';
import { actorWithdrawnStatement, topicWithdrawnStatement, toRetractedFacts, type WithdrawnRow } from './withdrawn';

const META = sql('SELECT version, generated_at, articles, quotes, topics, people, organizations, places, story_facts FROM store_meta WHERE id = 1');

export class D1StoreNotReadyError extends Error {
  override name = 'D1StoreNotReadyError';
}

export class D1Store implements FactStore {
  readonly kind = 'd1';
  readonly session: D1Session;
  private meta: MetaRow | null = null;

  constructor(db: D1Database) {
    this.session = new D1Session(db);
  }

  async summary(): Promise<StoreSummary> {
    const m = await this.readMeta();
    return {
      version: `d1:${m.version}`, generatedAt: m.generated_at, articles: m.articles,
      actors: m.people + m.organizations + m.places, quotes: m.quotes, topics: m.topics,
    };
  }

  async getIndex(): Promise<IndexPage> {
    return d1IndexPage(this.session, await this.readMeta());
  }

  async getActorSheetData(slug: string): Promise<PageScope<Actor> | Withdrawn | null> {
    const meta = await this.readMeta();
    const [[actor], [count], withdrawn, ...idRows] = await this.session.read<[ActorRow, { n: number }, WithdrawnRow, ...Array<{ id: string }>]>(
      sql('SELECT rowid AS seq, id, kind, name, gender, mention_count, article_count, retracted_at, retraction_note FROM actors WHERE id = ?', slug),
      sql(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM actor_articles WHERE actor_id = ? AND retracted_at IS NULL LIMIT ${WINDOW + 1})`, slug),
      actorWithdrawnStatement(slug),
      ...windowIdStatements(actorWindow(slug), meta.story_facts === 1),
    );
    if (!actor) return null;
    if (actor.retracted_at) return withdrawnPage(actor.name, actor.retracted_at, actor.retraction_note);
    const ids = readWindowIds(idRows as Array<Array<{ id: string }>>);
    const index = buildKbIndex(await loadNeighbourhood(this.session, meta, ids, [slug]));
    const item = index.actors.get(slug);
    if (!item) return null;
    return { index, item, notes: notes((count?.n ?? 0) > WINDOW ? { shown: ids.articles.length, total: actor.article_count } : null, withdrawn) };
  }

  async getTopicSheetData(slug: string): Promise<PageScope<Topic> | null> {
    const meta = await this.readMeta();
    const [[topic], [count], withdrawn, ...idRows] = await this.session.read<[TopicRow, { n: number }, WithdrawnRow, ...Array<{ id: string }>]>(
      sql('SELECT rowid AS seq, id, title, terms, summary, curated, article_count, actor_count FROM topics WHERE id = ?', slug),
      sql(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM topic_articles WHERE topic_id = ? AND retracted_at IS NULL LIMIT ${WINDOW + 1})`, slug),
      topicWithdrawnStatement(slug),
      ...windowIdStatements(topicWindow(slug), meta.story_facts === 1),
    );
    if (!topic) return null;
    const ids = readWindowIds(idRows as Array<Array<{ id: string }>>);
    const kb = await loadNeighbourhood(this.session, meta, ids);
    // a topic whose every article was withdrawn still has a sheet, saying so
    if (!kb.topics.some((t) => t.id === slug)) {
      kb.topics.push({ id: topic.id, title: topic.title, terms: JSON.parse(topic.terms) as string[], summary: topic.summary, curated: topic.curated === 1, articles: [], actors: [], quotes: [], sentences: [] });
    }
    const index = buildKbIndex(kb);
    return { index, item: index.topics.get(slug)!, notes: notes((count?.n ?? 0) > WINDOW ? { shown: ids.articles.length, total: topic.article_count } : null, withdrawn) };
  }

  async getArticle(id: string): Promise<PageScope<Article> | Withdrawn | null> {
    const meta = await this.readMeta();
    const [[article], ...idRows] = await this.session.read<[ArticleRow, ...Array<{ id: string }>]>(
      sql('SELECT rowid AS seq, id, title, file, retracted_at, retraction_note FROM articles WHERE id = ?', id),
      ...windowIdStatements(articleWindow(id), meta.story_facts === 1),
    );
    if (!article) return null;
    if (article.retracted_at) return withdrawnPage(article.title ?? article.file, article.retracted_at, article.retraction_note);
    const index = buildKbIndex(await loadNeighbourhood(this.session, meta, readWindowIds(idRows as Array<Array<{ id: string }>>)));
    return { index, item: index.articles.get(id)!, notes: notes(null, []) };
  }

  async search(query: string): Promise<KbIndex> {
    return d1SearchIndex(this.session, await this.readMeta(), query);
  }

  private async readMeta(): Promise<MetaRow> {
    if (this.meta) return this.meta;
    const [[meta]] = await this.session.read<[MetaRow]>(META);
    if (!meta) throw new D1StoreNotReadyError('the D1 database has no store_meta row: apply the migrations (wrangler d1 migrations apply)');
    this.meta = meta;
    return meta;
  }
}

function notes(window: StoreNotes['window'], withdrawn: WithdrawnRow[]): StoreNotes {
  return { window, retracted: toRetractedFacts(withdrawn) };
}

function withdrawnPage(name: string, retractedAt: string, note: string | null): Withdrawn {
  return { withdrawn: true, name, retractedAt, note: note ?? 'retracted' };
}
