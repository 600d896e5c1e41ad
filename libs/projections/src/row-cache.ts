import { LRUCache } from 'lru-cache';

/** A key looked for and not found (a cache's values cannot be null). */
const ABSENT = Symbol('no row');

/**
 * Read-model rows as one projector last committed them, by table and key, and the keys it found
 * or left without a row (`null`: a product nobody bought yet has no sales row, and its first sale
 * need not look for one twice). They are the truth only while the checkpoints stand where that
 * projector left them, which its short path checks in the very transaction that writes: it clears
 * the cache whenever they do not, and whenever it takes any other path.
 */
export class RowCache {
  private readonly tables = new Map<string, LRUCache<string, NonNullable<unknown>>>();

  constructor(private readonly maxRowsPerTable = 10_000) {}

  /** A unit of work against the cache: reads through, and keeps what it stages only on `commit`. */
  begin(): CacheWork {
    const staged: Array<[table: string, key: string, row: unknown]> = [];
    return {
      complete: false,
      get: <Row>(table: string, key: string) => {
        const row = this.tables.get(table)?.get(key);
        return (row === ABSENT ? null : row) as Row | null | undefined;
      },
      rowsWhere: () => {
        throw new TypeError('a row cache holds some rows only: it answers by key');
      },
      stage: (table, key, row) => void staged.push([table, key, row]),
      commit: () => {
        for (const [table, key, row] of staged) this.set(table, key, row);
      },
    };
  }

  clear(): void {
    // Each table's cache is kept, emptied: made anew, one costs ~0.5 ms (its arrays, sized to the
    // limit), and a projector that takes another path now and then clears often.
    for (const rows of this.tables.values()) if (rows.size > 0) rows.clear();
  }

  /** Past the limit, the row least recently used goes. */
  private set(table: string, key: string, row: unknown): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = new LRUCache({ max: this.maxRowsPerTable })));
    // Deleted, or looked for and not found: known not to exist.
    rows.set(key, row ?? ABSENT);
  }
}

export interface CacheWork {
  /**
   * Whether it holds every row of its tables (a rebuild's, built from empty by it alone): then a
   * row it lacks does not exist, and the statements neither read nor write the database.
   */
  readonly complete: boolean;
  /**
   * The row of `table` with the primary key `key` (its columns' values joined by NUL); `null` when
   * it is known not to exist, `undefined` when not known (a complete cache knows every row: it
   * answers `undefined` for one that does not exist).
   */
  get<Row>(table: string, key: string): Row | null | undefined;
  /** Complete caches only: the rows whose property `column` holds `value` (as text). */
  rowsWhere<Row>(table: string, column: string, value: string): Row[];
  /** `undefined` stages a deletion, `null` a key looked for and not found. */
  stage(table: string, key: string, row: unknown): void;
  commit(): void;
}
