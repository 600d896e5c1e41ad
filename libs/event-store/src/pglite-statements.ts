import { parse, protocol, type PGlite, type Transaction } from '@electric-sql/pglite';
import type { RawQuery } from './raw-query';

const { serialize } = protocol;

/** Statements kept prepared on one PGlite; past this many, the least recently used is closed. */
const CAPACITY = 256;

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
 * anew by itself when a table a statement reads changes, or the search path does.
 */
export class PgliteStatements {
  readonly #pglite: PGlite;
  readonly #capacity: number;
  /** By text, least recently used first. */
  readonly #prepared = new Map<string, Prepared>();
  #named = 0;

  constructor(pglite: PGlite, capacity = CAPACITY) {
    this.#pglite = pglite;
    this.#capacity = capacity;
  }

  /** A statement on its own: it waits for a transaction in progress, as `pglite.query` does. */
  readonly query: RawQuery = (text, params) =>
    this.#pglite._runExclusiveTransaction(() =>
      this.#pglite._runExclusiveQuery(() => this.#run(text, params, true)),
    );

  /** Statements of `tx`, a transaction of `pglite.transaction`, which holds the connection. */
  inTransaction(tx: Transaction): RawQuery {
    return async (text, params) => {
      if (tx.closed) throw new Error('Transaction is closed');
      return this.#pglite._runExclusiveQuery(() => this.#run(text, params, false));
    };
  }

  /** Statements held prepared now. */
  get size(): number {
    return this.#prepared.size;
  }

  async #run(
    text: string,
    params: readonly unknown[],
    alone: boolean,
  ): Promise<Array<Record<string, unknown>>> {
    const { name, parameterTypes } = await this.#statement(text);
    const serializers = this.#pglite.serializers;
    const values = params.map((value, index) => {
      if (value === null || value === undefined) return null;
      const serializer = serializers[parameterTypes[index]!];
      // As pglite.query does for a type it has no serializer for.
      return serializer ? serializer(value) : (value as { toString(): string }).toString();
    });
    const messages = await this.#pglite.execProtocolStream(
      messagesOf([
        serialize.bind({ statement: name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]),
      { syncToFs: alone },
    );
    return parse.parseResults(messages, this.#pglite.parsers)[0]?.rows ?? [];
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
    const name = `sluice_${++this.#named}`;
    const messages = await this.#pglite.execProtocolStream(
      messagesOf([
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

function messagesOf(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
