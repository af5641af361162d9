// The fact store: what pages read, whichever store holds the knowledge base (bundled into the Worker, or D1).
//
// Every sheet is built by the same view builders from a KbIndex. The bundled store hands them the whole
// knowledge base; the D1 store hands them the subset one page needs (see d1/neighbourhood.ts), so both give
// byte-identical pages whenever no section is cut short.

import type { Actor, Article, Topic } from '../kb/types';
import type { KbIndex } from '../render/kbIndex';
import type { IndexPage } from '../render/views/indexPage';

/** What every page's layout and /healthz show. */
export interface StoreSummary {
  /** Changes whenever the stored facts change: part of every page-cache key. */
  version: string;
  generatedAt: string;
  articles: number;
  actors: number;
  quotes: number;
  topics: number;
}

/** A fact withdrawn with the article that supported it, kept so a sheet can say so. */
export interface RetractedFact {
  kind: 'quote' | 'role' | 'source';
  /** The quote's words, the role's title, or the article's title. */
  text: string;
  /** The withdrawn article's page (it answers 410 Gone and says why), for sources. */
  sourceUrl: string | null;
  retractedAt: string;
  note: string;
}

/** What a page adds to the view model when the store cut something short or withdrew something. */
export interface StoreNotes {
  /** The sheet was built from the newest `shown` of `total` articles. */
  window: { shown: number; total: number } | null;
  retracted: RetractedFact[];
}

export const NO_NOTES: StoreNotes = { window: null, retracted: [] };

/** The knowledge base, or the part of it a page needs, with the store's notes about it. */
export interface PageScope<T> {
  index: KbIndex;
  item: T;
  notes: StoreNotes;
}

/** An actor or article that was retracted: the page answers 410 Gone and says why. */
export interface Withdrawn {
  withdrawn: true;
  name: string;
  retractedAt: string;
  note: string;
}

export interface FactStore {
  readonly kind: 'bundled' | 'd1';
  summary(): Promise<StoreSummary>;
  getIndex(): Promise<IndexPage>;
  getActorSheetData(slug: string): Promise<PageScope<Actor> | Withdrawn | null>;
  getTopicSheetData(slug: string): Promise<PageScope<Topic> | null>;
  getArticle(id: string): Promise<PageScope<Article> | Withdrawn | null>;
  /** Actors and topics whose names could be meant by `query`: the index 404 suggestions rank. */
  search(query: string): Promise<KbIndex>;
}

export function isWithdrawn<T>(found: PageScope<T> | Withdrawn | null): found is Withdrawn {
  return found !== null && 'withdrawn' in found;
}
