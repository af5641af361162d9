// Source page view model: one article's metadata and text, split around the highlighted evidence span.

import type { Article } from '../../kb/types';
import type { KbIndex } from '../kbIndex';
import { actorUrl, externalHttpUrl, sourceUrl } from '../urls';
import { outletOf, titleOf } from './shared';

export interface Highlight {
  start: number;
  end: number;
}

export interface SourcePage {
  id: string;
  title: string;
  date: string | null;
  outlet: string;
  outletEvidence: string | null;
  externalUrl: string | null;
  files: string[];
  wordCount: number;
  pageUrl: string;
  actors: { id: string; name: string; pageUrl: string }[];
  highlight: Highlight | null;
  /** The text cut at the highlight: `before` + `highlighted` + `after` is always the whole text. */
  before: string;
  highlighted: string;
  after: string;
}

const EVIDENCE_LABELS: Record<NonNullable<Article['sourceEvidence']>, string> = {
  metadata: 'from the article metadata',
  dateline: 'from the dateline',
  credit: 'from a credit in the text',
};

/** Actors appearing in the article: one bit test per actor. */
function actorsIn(index: KbIndex, articleId: string): { id: string; name: string; pageUrl: string }[] {
  const rank = index.articleRank.get(articleId);
  if (rank === undefined) return [];
  const found: { id: string; name: string; pageUrl: string }[] = [];
  for (const [id, articles] of index.actorArticles) {
    const actor = index.actors.get(id);
    if (actor && articles.has(rank)) found.push({ id, name: actor.name, pageUrl: actorUrl(id) });
  }
  return found;
}

export function buildSourcePage(index: KbIndex, article: Article, highlight: Highlight | null): SourcePage {
  const { text } = article;
  const cut = highlight ?? { start: text.length, end: text.length };
  return {
    id: article.id,
    title: titleOf(article),
    date: article.date,
    outlet: outletOf(article),
    outletEvidence: article.sourceEvidence ? EVIDENCE_LABELS[article.sourceEvidence] : null,
    externalUrl: externalHttpUrl(article.url),
    files: article.files,
    wordCount: article.wordCount,
    pageUrl: sourceUrl(article.id),
    actors: actorsIn(index, article.id)
      .sort((a, b) => a.name.localeCompare(b.name)),
    highlight,
    before: text.slice(0, cut.start),
    highlighted: text.slice(cut.start, cut.end),
    after: text.slice(cut.end),
  };
}
