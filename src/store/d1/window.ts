// The window a page is built from: a subquery naming its articles (an actor's or topic's newest WINDOW, or one
// article), and the ids of what those articles hold, read once in the page's first round trip so the next one
// fetches every fact by id instead of repeating the window subquery in each statement.

import { sql, type SqlValue, type Statement } from '../sql/statement';

/** The most articles one page is built from: rows read per page stay flat however large the corpus grows. */
export const WINDOW = 50;

export interface WindowQuery {
  /** A SELECT yielding one column of article ids. */
  sql: string;
  params: SqlValue[];
}

export interface WindowIds {
  articles: string[];
  quotes: string[];
  actors: string[];
  topics: string[];
  figures: string[];
  events: string[];
}

export function actorWindow(actorId: string): WindowQuery {
  return { sql: `SELECT article_id FROM actor_articles WHERE actor_id = ? AND retracted_at IS NULL ORDER BY sort_key DESC LIMIT ${WINDOW}`, params: [actorId] };
}

export function topicWindow(topicId: string): WindowQuery {
  return { sql: `SELECT article_id FROM topic_articles WHERE topic_id = ? AND retracted_at IS NULL ORDER BY sort_key DESC LIMIT ${WINDOW}`, params: [topicId] };
}

export function articleWindow(articleId: string): WindowQuery {
  return { sql: 'SELECT ?', params: [articleId] };
}

/** Six statements (the last two only with story facts), in WindowIds order. */
export function windowIdStatements(win: WindowQuery, withStory: boolean): Statement[] {
  const ids = (column: string, table: string) =>
    sql(`SELECT DISTINCT ${column} AS id FROM ${table} WHERE article_id IN (${win.sql}) AND retracted_at IS NULL`, ...win.params);
  return [
    sql(`SELECT id FROM articles WHERE id IN (${win.sql}) AND retracted_at IS NULL`, ...win.params),
    ids('quote_id', 'quote_sources'),
    ids('actor_id', 'actor_articles'),
    ids('topic_id', 'topic_articles'),
    ...(withStory ? [ids('figure_id', 'figure_sources'), ids('event_id', 'event_sources')] : []),
  ];
}

export function readWindowIds(results: Array<Array<{ id: string }>>): WindowIds {
  const [articles = [], quotes = [], actors = [], topics = [], figures = [], events = []] = results.map((rows) => rows.map((r) => r.id));
  return { articles, quotes, actors, topics, figures, events };
}
