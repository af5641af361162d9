// Facts reported by very many articles (a figure every story repeats, a quote thousands of outlets carry) would make
// a page read all their sources. A page reads a fact's sources in its own window plus the first PER_FACT elsewhere,
// and the first PER_FACT facts it conflicts with, each through an index that stops after PER_FACT rows.

import { sql, type Statement } from '../sql/statement';
import { IN_LIST } from './session';

/** Above any corroboration or conflict count in the seeds, so pages there are exact. */
export const PER_FACT = 10;

interface FactTable {
  /** quote_sources, figure_sources, event_sources, quote_conflicts, figure_conflicts */
  table: string;
  /** The column naming the fact: quote_id, figure_id, event_id. */
  fact: string;
  columns: string;
}

/** The sources of `t` in the window's articles. */
export function sourcesInWindow(t: FactTable, w: string): Statement {
  return sql(`SELECT ${t.columns} FROM ${t.table} WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w);
}

/** For each fact the window reports, its first PER_FACT live sources, wherever they are. */
export function firstSourcesOfWindowFacts(t: FactTable, w: string): Statement {
  return sql(
    `SELECT ${t.columns.split(', ').map((c) => `s.${c}`).join(', ')}
       FROM (SELECT DISTINCT ${t.fact} AS fid FROM ${t.table} WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL) f
       JOIN ${t.table} s ON s.id IN (SELECT y.id FROM ${t.table} y WHERE y.${t.fact} = f.fid AND y.retracted_at IS NULL ORDER BY y.id LIMIT ${PER_FACT})`,
    w,
  );
}

/** For facts named by id (conflict partners), their first PER_FACT live sources. */
export function firstSourcesOf(t: FactTable, ids: string): Statement {
  return sql(
    `SELECT ${t.columns.split(', ').map((c) => `s.${c}`).join(', ')}
       FROM (SELECT value AS fid FROM json_each(?)) f
       JOIN ${t.table} s ON s.id IN (SELECT y.id FROM ${t.table} y WHERE y.${t.fact} = f.fid AND y.retracted_at IS NULL ORDER BY y.id LIMIT ${PER_FACT})`,
    ids,
  );
}

/** For each fact the window reports (found in `sources`), the first PER_FACT facts it conflicts with. */
export function firstConflictsOfWindowFacts(conflicts: { table: string; fact: string }, sources: { table: string; fact: string }, w: string): Statement {
  return sql(
    `SELECT c.${conflicts.fact}, c.other_id
       FROM (SELECT DISTINCT ${sources.fact} AS fid FROM ${sources.table} WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL) f
       JOIN ${conflicts.table} c ON c.id IN (SELECT y.id FROM ${conflicts.table} y WHERE y.${conflicts.fact} = f.fid ORDER BY y.id LIMIT ${PER_FACT})
      ORDER BY c.id`,
    w,
  );
}
