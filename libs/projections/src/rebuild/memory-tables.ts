import type { CacheWork } from '../row-cache';

type Row = Record<string, unknown>;

/** A unit of work on memory tables: its writes are seen at once, and kept or undone whole. */
export interface MemoryWork extends CacheWork {
  rollback(): void;
}

/**
 * Every row of some read-model tables, in memory: what a rebuild builds from empty before it
 * writes the rows out at once. As a complete cache, it lets the projections' own statements run on
 * it unchanged, with nothing read from or written to the database.
 */
export class MemoryTables {
  private readonly tables = new Map<string, MemoryTable>();
  private open: MemoryWork | undefined;

  /** Rows held in all tables. */
  get size(): number {
    let rows = 0;
    for (const table of this.tables.values()) rows += table.rows.size;
    return rows;
  }

  /** The rows of `table`, in no particular order. */
  rowsOf(table: string): IterableIterator<unknown> {
    return (this.tables.get(table)?.rows ?? new Map<string, Row>()).values();
  }

  /**
   * Takes every row of `table` out (between units of work): rows that are written out and never
   * read again, as a history's. Its index goes with them.
   */
  take(table: string): unknown[] {
    if (this.open) throw new Error('rows are taken out between units of work only');
    const held = this.tables.get(table);
    if (!held) return [];
    this.tables.delete(table);
    return [...held.rows.values()];
  }

  /** Rows held in `table`. */
  sizeOf(table: string): number {
    return this.tables.get(table)?.rows.size ?? 0;
  }

  /** Begins a unit of work; one at a time, committed or rolled back before the next. */
  begin(): MemoryWork {
    if (this.open) throw new Error('a unit of work on the memory tables is still open');
    // What each stage replaced, newest last: three arrays rather than a tuple per stage (a
    // rebuild stages every row it writes).
    const undoTables: MemoryTable[] = [];
    const undoKeys: string[] = [];
    const undoRows: Array<Row | undefined> = [];
    const end = () => void (this.open = undefined);
    const work: MemoryWork = {
      complete: true,
      get: <R>(table: string, key: string) => this.tables.get(table)?.rows.get(key) as R | undefined,
      rowsWhere: <R>(table: string, column: string, value: string) =>
        (this.tables.get(table)?.where(column, value) ?? []) as R[],
      stage: (name, key, row) => {
        const table = this.table(name);
        undoTables.push(table);
        undoKeys.push(key);
        undoRows.push(table.rows.get(key));
        // A complete cache knows every row: a key looked for and not found (null) needs no mark.
        table.set(key, (row ?? undefined) as Row | undefined);
      },
      commit: end,
      rollback: () => {
        for (let i = undoTables.length - 1; i >= 0; i--) undoTables[i]!.set(undoKeys[i]!, undoRows[i]);
        end();
      },
    };
    return (this.open = work);
  }

  private table(name: string): MemoryTable {
    let table = this.tables.get(name);
    if (!table) this.tables.set(name, (table = new MemoryTable()));
    return table;
  }
}

/** One table's rows by primary key, with an index on each other column it is asked by. */
class MemoryTable {
  readonly rows = new Map<string, Row>();
  private readonly indexes = new Map<string, Map<string, Set<string>>>();

  set(key: string, row: Row | undefined): void {
    const indexed = this.indexes.size > 0;
    const old = indexed ? this.rows.get(key) : undefined;
    if (old) for (const [column, index] of this.indexes) indexDelete(index, String(old[column]), key);
    if (row === undefined) {
      this.rows.delete(key);
      return;
    }
    this.rows.set(key, row);
    if (indexed) for (const [column, index] of this.indexes) indexAdd(index, String(row[column]), key);
  }

  where(column: string, value: string): Row[] {
    let index = this.indexes.get(column);
    if (!index) {
      this.indexes.set(column, (index = new Map<string, Set<string>>()));
      for (const [key, row] of this.rows) indexAdd(index, String(row[column]), key);
    }
    const rows: Row[] = [];
    for (const key of index.get(value) ?? []) rows.push(this.rows.get(key)!);
    return rows;
  }
}

function indexAdd(index: Map<string, Set<string>>, value: string, key: string): void {
  let keys = index.get(value);
  if (!keys) index.set(value, (keys = new Set()));
  keys.add(key);
}

function indexDelete(index: Map<string, Set<string>>, value: string, key: string): void {
  const keys = index.get(value);
  keys?.delete(key);
  if (keys?.size === 0) index.delete(value);
}
