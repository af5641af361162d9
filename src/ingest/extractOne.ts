// Extraction for one posted article: the same recipe as the bulk build (buildKnowledgeBase), run on that article
// alone, with the stored topics passed as curated ones so the article's sentences are linked to them.

import type { ParsedArticle } from '../articles/parse';
import { buildKnowledgeBase, type CuratedTopic } from '../extract/index';
import type { KnowledgeBase, Problem } from '../kb/types';

export interface StoredTopic {
  id: string;
  title: string;
  terms: string[];
}

export class ExtractionFailedError extends Error {
  override name = 'ExtractionFailedError';
}

/** A one-article knowledge base; topics are only those already stored (topic discovery needs the whole corpus). */
export function extractOne(parsed: ParsedArticle, topics: StoredTopic[], generatedAt: string): { kb: KnowledgeBase; problems: Problem[] } {
  const problems: Problem[] = [];
  const curated: CuratedTopic[] = topics.map((t) => ({ id: t.id, title: t.title, terms: t.terms, hide: false, mergeInto: null, summary: null }));
  const kb = buildKnowledgeBase([parsed], problems, { generatedAt, curatedTopics: curated });
  const failed = problems.find((p) => p.severity === 'error');
  if (failed || kb.articles.length !== 1) throw new ExtractionFailedError(failed?.reason ?? 'no article came out of extraction');
  const stored = new Set(topics.map((t) => t.id));
  kb.topics = kb.topics.filter((t) => stored.has(t.id) && t.articles.length > 0);
  return { kb, problems };
}
