import type { PgTable } from 'drizzle-orm/pg-core';
import type { SqlSession } from '../sql-session';
import { copyRows } from './fold-in-memory';

/**
 * Rows written out one batch after another on `session`, while the caller goes on: on
 * PostgreSQL the database takes them in on its own core while the fold applies the next pages.
 */
export class SpillQueue {
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown;
  private failed = false;

  constructor(
    private readonly session: SqlSession,
    private readonly schema: string,
  ) {}

  write(table: PgTable, rows: unknown[]): void {
    this.tail = this.tail.then(async () => {
      if (this.failed) return;
      try {
        await copyRows(this.session, this.schema, table, rows);
      } catch (error) {
        this.failed = true;
        this.failure = error;
      }
    });
  }

  /** Once every batch is written; rejects with the first failure, after which nothing more was. */
  async drained(): Promise<void> {
    await this.tail;
    if (this.failed) throw this.failure;
  }
}
