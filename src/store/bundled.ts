// The bundled store: the knowledge base built into the Worker, indexed once per isolate. The default; needs no setup.

import type { Actor, Article, KnowledgeBase, Topic } from '../kb/types';
import { buildKbIndex, type KbIndex } from '../render/kbIndex';
import { buildIndexPage } from '../render/views/indexPage';
import type { IndexPage } from '../render/views/indexPage';
import { NO_NOTES, type FactStore, type PageScope, type StoreSummary } from './types';

export class BundledStore implements FactStore {
  readonly kind = 'bundled';
  readonly index: KbIndex;
  private readonly stats: StoreSummary;
  private indexPage: IndexPage | null = null;

  constructor(readonly kb: KnowledgeBase) {
    this.index = buildKbIndex(kb);
    this.stats = {
      version: `bundled:${kb.generatedAt}`,
      generatedAt: kb.generatedAt,
      articles: kb.articles.length,
      actors: kb.actors.length,
      quotes: kb.quotes.length,
      topics: kb.topics.length,
    };
  }

  async summary(): Promise<StoreSummary> {
    return this.stats;
  }

  async getIndex(): Promise<IndexPage> {
    this.indexPage ??= buildIndexPage(this.index);
    return this.indexPage;
  }

  async getActorSheetData(slug: string): Promise<PageScope<Actor> | null> {
    return this.scope(this.index.actors.get(slug));
  }

  async getTopicSheetData(slug: string): Promise<PageScope<Topic> | null> {
    return this.scope(this.index.topics.get(slug));
  }

  async getArticle(id: string): Promise<PageScope<Article> | null> {
    return this.scope(this.index.articles.get(id));
  }

  async search(): Promise<KbIndex> {
    return this.index;
  }

  private scope<T>(item: T | undefined): PageScope<T> | null {
    return item ? { index: this.index, item, notes: NO_NOTES } : null;
  }
}
