// What a template sees: the sheet data with long sections capped (the JSON variant keeps everything).

import type { ActorSheet } from './views/actorSheet';
import type { IndexPage } from './views/indexPage';
import type { TopicSheet } from './views/topicSheet';
import { capList } from './views/shared';

export const INDEX_GROUP_LIMIT = 100;
export const RELATED_LIMIT = 20;

/** Marks the last item, so a template can put separators between inline items (`{{^last}}, {{/last}}`). */
export function markLast<T extends object>(items: T[]): (T & { last: boolean })[] {
  return items.map((item, i) => ({ ...item, last: i === items.length - 1 }));
}

export function actorTemplateView(sheet: ActorSheet) {
  return {
    ...sheet,
    aliasesText: sheet.aliases.join(', '),
    roles: capList(sheet.roles.map((role) => ({ ...role, sources: markLast(role.sources) }))),
    merges: sheet.merges.map((merge) => ({ ...merge, evidence: markLast(merge.evidence) })),
    keyQuotes: capList(sheet.keyQuotes),
    statements: capList(sheet.statements),
    related: capList(sheet.related, RELATED_LIMIT),
    sources: capList(sheet.sources),
  };
}

export function topicTemplateView(sheet: TopicSheet) {
  return {
    ...sheet,
    actors: capList(sheet.actors),
    quotes: capList(sheet.quotes),
    sources: capList(sheet.sources),
  };
}

export function indexTemplateView(page: IndexPage) {
  return {
    ...page,
    actorGroups: page.actorGroups.map((group) => ({ ...group, actors: capList(group.actors, INDEX_GROUP_LIMIT) })),
    topics: capList(page.topics, INDEX_GROUP_LIMIT),
    articles: capList(page.articles, INDEX_GROUP_LIMIT),
  };
}
