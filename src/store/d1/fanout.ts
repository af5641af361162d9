// Facts reported by very many articles (a figure every story repeats, a quote thousands of outlets carry) would make
// a page read all their sources, and all the articles those cite. A page reads a fact's sources in its own window
// plus the first PER_FACT elsewhere, and the first PER_FACT facts it conflicts with, each through an index that
// stops after PER_FACT rows.

import { sql, type Statement } from '../sql/statement';
import { IN_LIST } from './session';

/** Above any corroboration or conflict count in the seeds (at most 4), so pages there are exact. */
export const PER_FACT = 5;

export interface FactTable {
  /** quote_sources, figure_sources, event_sources, quote_conflicts, figure_conflicts */
  table: string;
  /** The column naming the fact: quote_id, figure_id, event_id. */
  fact: string;
  columns: string;
}

/** The sources lying in the window's articles `w` (all of them belong to the window's facts). */
export function sourcesInWindow(t: FactTable, w: string): Statement {
  return sql(`SELECT ${t.columns} FROM ${t.table} WHERE article_id IN (${IN_LIST}) AND retracted_at IS NULL`, w);
}

/** For each fact in `ids`, its first PER_FACT live sources, wherever they are. */
export function firstSourcesOf(t: FactTable, ids: string): Statement {
  return sql(
    `SELECT ${t.columns.split(', ').map((c) => `s.${c}`).join(', ')}
       FROM (SELECT value AS fid FROM json_each(?)) f
       JOIN ${t.table} s ON s.id IN (SELECT y.id FROM ${t.table} y WHERE y.${t.fact} = f.fid AND y.retracted_at IS NULL ORDER BY y.id LIMIT ${PER_FACT})`,
    ids,
  );
}

/** For each fact in `ids`, the first PER_FACT facts it conflicts with (`table` is quote_conflicts or figure_conflicts). */
export function firstConflictsOf(table: string, fact: string, ids: string): Statement {
  return sql(
    `SELECT c.${fact}, c.other_id
       FROM (SELECT value AS fid FROM json_each(?)) f
       JOIN ${table} c ON c.id IN (SELECT y.id FROM ${table} y WHERE y.${fact} = f.fid ORDER BY y.id LIMIT ${PER_FACT})
      ORDER BY c.id`,
    ids,
  );
}
