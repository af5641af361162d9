// SQL statements as plain data: bound for the D1 binding (at most 100 parameters each, D1's limit), or as literal
// SQL text for `wrangler d1 execute --file`.

export type SqlValue = string | number | null;

export interface Statement {
  sql: string;
  params: SqlValue[];
}

/** D1 refuses a statement with more than 100 bound parameters. */
export const MAX_BOUND_PARAMS = 100;
/** D1 refuses a statement longer than 100 KB; literal inserts stay well under it. */
const MAX_LITERAL_SQL = 90_000;

export function sql(text: string, ...params: SqlValue[]): Statement {
  return { sql: text, params };
}

/** `INSERT INTO table (cols) VALUES (...), (...)`, split so no statement binds more than 100 parameters. */
export function insertRows(table: string, columns: string[], rows: SqlValue[][], suffix = ''): Statement[] {
  if (rows.length === 0) return [];
  const perStatement = Math.max(1, Math.floor(MAX_BOUND_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    out.push({
      sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${suffix ? ` ${suffix}` : ''}`,
      params: chunk.flat(),
    });
  }
  return out;
}

/** One SQL literal: numbers as is, strings single-quoted (NUL, which SQL text cannot hold, as a hex blob cast). */
export function literal(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (value.includes('\0')) return `CAST(X'${[...new TextEncoder().encode(value)].map((b) => b.toString(16).padStart(2, '0')).join('')}' AS TEXT)`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** A bound statement with its parameters written in, for a SQL file. */
export function inlineStatement(statement: Statement): string {
  let i = 0;
  const text = statement.sql.replace(/\?/g, () => literal(statement.params[i++] ?? null));
  if (i !== statement.params.length) throw new Error(`statement has ${statement.params.length} parameters for ${i} placeholders: ${statement.sql.slice(0, 80)}`);
  return `${text};`;
}

/** Multi-row literal inserts for a SQL file: as many rows per statement as fit in D1's statement size limit. */
export function literalInserts(table: string, columns: string[], rows: SqlValue[][]): string[] {
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const out: string[] = [];
  let tuples: string[] = [];
  let size = head.length;
  for (const row of rows) {
    const tuple = `(${row.map(literal).join(', ')})`;
    if (tuples.length > 0 && size + tuple.length + 2 > MAX_LITERAL_SQL) {
      out.push(`${head}${tuples.join(', ')};`);
      tuples = [];
      size = head.length;
    }
    tuples.push(tuple);
    size += tuple.length + 2;
  }
  if (tuples.length > 0) out.push(`${head}${tuples.join(', ')};`);
  return out;
}
