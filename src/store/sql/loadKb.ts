// Replaces everything in D1 with one knowledge base: as bound statements (tests, benchmarks) or as SQL text in
// batches (`wrangler d1 execute <db> --file`), for corpora too large to post one article at a time.

import type { KnowledgeBase } from '../../kb/types';
import { kbRows, type MetaCounts } from './kbRows';
import { inlineStatement, insertRows, literal, literalInserts, sql, type SqlValue, type Statement } from './statement';
import { COLUMNS, FACT_TABLES, type TableName } from './tables';

/** Article text longer than this is written in pieces, so no literal statement passes D1's 100 KB limit. */
const TEXT_PIECE = 40_000;

/** Tables in the order they are filled: parents first, and each in KB order. */
const LOAD_ORDER = [...FACT_TABLES].reverse();

function clearStatements(): Statement[] {
  return [...FACT_TABLES, 'article_revisions'].map((t) => sql(`DELETE FROM ${t}`));
}

function metaStatement(generatedAt: string, counts: MetaCounts): Statement {
  return sql(
    'UPDATE store_meta SET version = version + 1, generated_at = ?, articles = ?, quotes = ?, topics = ?, people = ?, organizations = ?, places = ?, story_facts = ? WHERE id = 1',
    generatedAt, counts.articles, counts.quotes, counts.topics, counts.people, counts.organizations, counts.places, counts.storyFacts,
  );
}

/** Bound statements for the D1 binding; run them with `db.batch` in chunks (see d1/batches.ts). */
export function kbLoadStatements(kb: KnowledgeBase): Statement[] {
  const { rows, counts } = kbRows(kb);
  return [
    ...clearStatements(),
    ...LOAD_ORDER.flatMap((table) => insertRows(table, [...COLUMNS[table]], rows[table])),
    metaStatement(kb.generatedAt, counts),
  ];
}

/** Long article texts go in as a first piece plus appends. */
function articleRowsForFile(rows: SqlValue[][]): { rows: SqlValue[][]; appends: string[] } {
  const textAt = COLUMNS.articles.indexOf('text');
  const appends: string[] = [];
  const out = rows.map((row) => {
    const text = row[textAt] as string;
    if (text.length <= TEXT_PIECE) return row;
    for (let at = TEXT_PIECE; at < text.length; at += TEXT_PIECE) {
      appends.push(`UPDATE articles SET text = text || ${literal(text.slice(at, at + TEXT_PIECE))} WHERE id = ${literal(row[0]!)};`);
    }
    const copy = [...row];
    copy[textAt] = text.slice(0, TEXT_PIECE);
    return copy;
  });
  return { rows: out, appends };
}

/** Literal SQL statements, in order: clear the tables, fill them in KB order, then set the counts and bump the version. */
export function kbLoadSqlStatements(kb: KnowledgeBase): string[] {
  const { rows, counts } = kbRows(kb);
  const lines: string[] = clearStatements().map(inlineStatement);
  for (const table of LOAD_ORDER) {
    if (table === 'articles') {
      const { rows: articleRows, appends } = articleRowsForFile(rows.articles);
      lines.push(...literalInserts('articles', [...COLUMNS.articles], articleRows), ...appends);
    } else {
      lines.push(...literalInserts(table, [...COLUMNS[table as TableName]], rows[table]));
    }
  }
  lines.push(inlineStatement(metaStatement(kb.generatedAt, counts)));
  return lines;
}

/**
 * SQL text for `wrangler d1 execute --file`, one statement per line, in batches of about `batchBytes` each, so a
 * large corpus loads in pieces. Load the batches in order: the first clears the tables, the last sets the counts.
 */
export function kbLoadSqlBatches(kb: KnowledgeBase, batchBytes = 20_000_000): string[] {
  const batches: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const line of kbLoadSqlStatements(kb)) {
    if (size + line.length > batchBytes && current.length) {
      batches.push(current.join('\n') + '\n');
      current = [];
      size = 0;
    }
    current.push(line);
    size += line.length + 1;
  }
  if (current.length) batches.push(current.join('\n') + '\n');
  return batches;
}
