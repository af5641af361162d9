// One request's conversation with D1: statements sent in batches (one round trip each), rows read counted from
// D1's own `meta.rows_read`, so a page can report what it cost.

import type { Statement } from '../sql/statement';

export class D1Session {
  rowsRead = 0;
  rowsWritten = 0;
  roundTrips = 0;

  constructor(readonly db: D1Database) {}

  /** Runs read statements in one round trip and returns each one's rows. */
  async read<T extends object[]>(...statements: Statement[]): Promise<{ [K in keyof T]: T[K][] }> {
    if (statements.length === 0) return [] as unknown as { [K in keyof T]: T[K][] };
    const results = await this.db.batch(statements.map((s) => this.db.prepare(s.sql).bind(...s.params)));
    this.roundTrips++;
    for (const r of results) this.count(r.meta);
    return results.map((r) => r.results) as unknown as { [K in keyof T]: T[K][] };
  }

  /** Runs write statements as one D1 batch: a single transaction, all or nothing. */
  async write(statements: Statement[]): Promise<D1Result[]> {
    const results = await this.db.batch(statements.map((s) => this.db.prepare(s.sql).bind(...s.params)));
    this.roundTrips++;
    for (const r of results) this.count(r.meta);
    return results;
  }

  private count(meta: D1Meta | undefined): void {
    this.rowsRead += meta?.rows_read ?? 0;
    this.rowsWritten += meta?.rows_written ?? 0;
  }
}

/** Runs many statements in batches of `size` (each batch is its own transaction); for bulk loads only. */
export async function runInBatches(db: D1Database, statements: Statement[], size = 200): Promise<void> {
  for (let i = 0; i < statements.length; i += size) {
    await db.batch(statements.slice(i, i + size).map((s) => db.prepare(s.sql).bind(...s.params)));
  }
}

/** A list as one bound parameter: `IN (SELECT value FROM json_each(?))` keeps every statement under 100 parameters. */
export function jsonList(values: Iterable<string>): string {
  return JSON.stringify([...values]);
}

export const IN_LIST = 'SELECT value FROM json_each(?)';
