// What a template sees: the sheet data plus separators for inline lists and flags for optional sections.
// Sheets arrive already capped (their `lists` say what is left off); only the index is capped here.

import type { ActorSheet } from './views/actorSheet';
import type { IndexPage } from './views/indexPage';
import type { SearchResults } from './views/searchResults';
import { capList } from './views/shared';
import type { TopicSheet } from './views/topicSheet';

export const INDEX_GROUP_LIMIT = 100;

/** Marks the last item, so a template can put separators between inline items (`{{^last}}, {{/last}}`). */
export function markLast<T extends object>(items: T[]): (T & { last: boolean })[] {
  return items.map((item, i) => ({ ...item, last: i === items.length - 1 }));
}

/** "2026-11-21T02:40:47.339Z" → "2026-11-21 02:40 UTC"; anything else is shown as given. */
export function builtAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

const KIND_TEXT = { direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech' } as const;

/** A quote card's extras: readable kind, separators. */
function quoteCard<Q extends { kind: keyof typeof KIND_TEXT; alsoAttributedTo: object[]; sources: object[] }>(quote: Q) {
  return { ...quote, kindText: KIND_TEXT[quote.kind], alsoAttributedTo: markLast(quote.alsoAttributedTo), sources: markLast(quote.sources) };
}

function withReports<T extends { reports: object[] }>(item: T) {
  return { ...item, reports: markLast(item.reports) };
}

export function actorTemplateView(sheet: ActorSheet, generatedAt: string) {
  return {
    ...sheet,
    generatedAt: builtAt(generatedAt),
    leadRole: sheet.roles[0]?.title ?? null,
    topTopics: markLast(sheet.summary.topTopics),
    roles: sheet.roles.map((role) => ({ ...role, sources: markLast(role.sources) })),
    merges: sheet.merges.map((merge) => ({ ...merge, evidence: markLast(merge.evidence) })),
    keyQuotes: sheet.keyQuotes.map(quoteCard),
    statements: sheet.statements.map(quoteCard),
    related: sheet.related.map((related) => ({ ...related, relations: markLast(related.relations) })),
    figures: sheet.figures.map(withReports),
    conflicts: sheet.conflicts.map((c) => ({ ...c, columns: c.columns.map(withReports) })),
    figureConflicts: sheet.figureConflicts.map((c) => ({ ...c, readings: c.readings.map(withReports) })),
    hasConflicts: sheet.conflicts.length + sheet.figureConflicts.length > 0,
  };
}

export function topicTemplateView(sheet: TopicSheet, generatedAt: string) {
  return {
    ...sheet,
    generatedAt: builtAt(generatedAt),
    quotes: sheet.quotes.map(quoteCard),
    figures: sheet.figures.map(withReports),
    figureConflicts: sheet.figureConflicts.map((c) => ({ ...c, readings: c.readings.map(withReports) })),
  };
}

export function searchTemplateView(results: SearchResults) {
  return results;
}

export function indexTemplateView(page: IndexPage) {
  return {
    ...page,
    actorGroups: page.actorGroups.map((group) => ({ ...group, actors: capList(group.actors, INDEX_GROUP_LIMIT) })),
    topics: capList(page.topics, INDEX_GROUP_LIMIT),
    articles: capList(page.articles, INDEX_GROUP_LIMIT),
  };
}
