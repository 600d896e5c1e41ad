import {
  parse,
  protocol,
  type PGlite,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';
import type { RawQuery } from './raw-query';

const { serialize } = protocol;

/** Statements kept prepared on one PGlite; past this many, the least recently used is closed. */
const CAPACITY = 256;

/** A COPY, after any comments. */
const COPY = /^(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*copy\s/i;

/**
 * Where the database refuses a prepared statement that was valid when prepared, as postgres-js
 * tells them apart: it no longer exists (DISCARD, DEALLOCATE), its result changed shape (a table
 * it reads altered), or a column it assigns changed type. Prepared anew, it runs.
 */
const STALE_STATEMENT = new Set(['FetchPreparedStatement', 'RevalidateCachedQuery', 'transformAssignedExpr']);

/** Names unique in the process: two sets of statements on one connection must not clash. */
let named = 0;

/** What of `pglite.query`'s options a prepared statement takes. */
export type StatementOptions = Pick<QueryOptions, 'rowMode' | 'parsers' | 'serializers'>;

interface Prepared {
  name: string;
  /** The type of each parameter, as the database inferred it: what its value is serialised by. */
  parameterTypes: readonly number[];
}

/**
 * Statements on PGlite, each parsed and planned once, as postgres-js's `prepare` does on
 * PostgreSQL. `pglite.query` parses, describes and plans a statement anew at every call, in six
 * calls into the engine; a prepared statement is run in one (bind, describe, execute, sync). Its
 * results are the same: the values serialised, and the rows parsed, by PGlite's own code.
 *
 * One per PGlite (`pgliteStatements`), because prepared statements belong to its one connection.
 * They are not transactional: one prepared in a transaction rolled back stays. The database plans
 * anew by itself when a table a statement reads changes, or the search path does; a statement it
 * refuses as stale is prepared anew, and run again when no transaction was broken by it. Its
 * parameters keep the types they were parsed with, as on PostgreSQL.
 */
export class PgliteStatements {
  readonly #pglite: PGlite;
  readonly #capacity: number;
  /** By text, least recently used first. */
  readonly #prepared = new Map<string, Prepared>();

  constructor(pglite: PGlite, capacity = CAPACITY) {
    this.#pglite = pglite;
    this.#capacity = capacity;
  }

  /** A statement on its own: it waits for a transaction in progress, as `pglite.query` does. */
  readonly query: RawQuery = async (text, params) => (await this.run(text, params)).rows;

  /** Statements of `tx`, a transaction of `pglite.transaction`, which holds the connection. */
  inTransaction(tx: Transaction): RawQuery {
    return async (text, params) => (await this.run(text, params, {}, tx)).rows;
  }

  /**
   * What `pglite.query(text, params, options)` answers, or `tx.query` when `tx` is given (a
   * transaction of `pglite.transaction`, which holds the connection meanwhile). Options: the row
   * mode, parsers and serializers.
   */
  async run<T = Record<string, unknown>>(
    text: string,
    params: readonly unknown[],
    options: StatementOptions = {},
    tx?: Transaction,
  ): Promise<Results<T>> {
    // COPY's data goes through a blob PGlite's query handles around the statement.
    if (COPY.test(text)) return (tx ?? this.#pglite).query<T>(text, [...params], options);
    if (tx?.closed) throw new Error('Transaction is closed');
    if (!tx) await this.#pglite._checkReady();
    const once = () =>
      tx
        ? this.#pglite._runExclusiveQuery(() => this.#run<T>(text, params, options, false))
        : this.#pglite._runExclusiveTransaction(() =>
            this.#pglite._runExclusiveQuery(() => this.#run<T>(text, params, options, true)),
          );
    try {
      return await once();
    } catch (error) {
      if (!this.#forgetIfStale(text, error) || tx) throw described(error, text, params, options);
      try {
        return await once();
      } catch (again) {
        throw described(again, text, params, options);
      }
    }
  }

  /** Whether `error` says the statement of `text` is stale; if so, it is prepared anew next time. */
  #forgetIfStale(text: string, error: unknown): boolean {
    const routine = (error as { routine?: unknown } | null)?.routine;
    if (typeof routine !== 'string' || !STALE_STATEMENT.has(routine)) return false;
    return this.#prepared.delete(text);
  }

  /** Statements held prepared now. */
  get size(): number {
    return this.#prepared.size;
  }

  async #run<T>(
    text: string,
    params: readonly unknown[],
    options: StatementOptions,
    alone: boolean,
  ): Promise<Results<T>> {
    const { name, parameterTypes } = await this.#statement(text);
    const serializers = this.#pglite.serializers;
    const values = params.map((value, index) => {
      if (value === null || value === undefined) return null;
      const type = parameterTypes[index]!;
      const serializer = options.serializers?.[type] ?? serializers[type];
      // As pglite.query does for a type it has no serializer for.
      return serializer ? serializer(value) : (value as { toString(): string }).toString();
    });
    const messages = await this.#pglite.execProtocolStream(
      Buffer.concat([
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: alone },
    );
    const [results] = parse.parseResults(messages, this.#pglite.parsers, options);
    return results as Results<T>;
  }

  async #statement(text: string): Promise<Prepared> {
    const known = this.#prepared.get(text);
    if (known) {
      this.#prepared.delete(text);
      this.#prepared.set(text, known);
      return known;
    }
    const parts: Uint8Array[] = [];
    if (this.#prepared.size >= this.#capacity) {
      const [oldest, { name: closed }] = this.#prepared.entries().next().value!;
      this.#prepared.delete(oldest);
      parts.push(serialize.close({ type: 'S', name: closed }));
    }
    const name = `sluice_${++named}`;
    const messages = await this.#pglite.execProtocolStream(
      Buffer.concat([
        ...parts,
        serialize.parse({ name, text }),
        serialize.describe({ type: 'S', name }),
        serialize.sync(),
      ]),
      { syncToFs: false },
    );
    const prepared = { name, parameterTypes: parse.parseDescribeStatementResults(messages) };
    this.#prepared.set(text, prepared);
    return prepared;
  }
}

const perPglite = new WeakMap<PGlite, PgliteStatements>();

/** The prepared statements of `pglite`'s connection. */
export function pgliteStatements(pglite: PGlite): PgliteStatements {
  let statements = perPglite.get(pglite);
  if (!statements) perPglite.set(pglite, (statements = new PgliteStatements(pglite)));
  return statements;
}

/** `pglite` seen through `client` (a proxy of it): the same connection, the same statements. */
export function shareStatements(pglite: PGlite, client: PGlite): void {
  perPglite.set(client, pgliteStatements(pglite));
}

/** A database error with the statement it came from, as `pglite.query` throws it. */
function described(error: unknown, query: string, params: readonly unknown[], queryOptions: object): unknown {
  if (error instanceof Error && 'code' in error) Object.assign(error, { query, params, queryOptions });
  return error;
}
