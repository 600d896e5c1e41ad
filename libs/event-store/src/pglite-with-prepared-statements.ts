import type { PGlite, QueryOptions, Transaction } from '@electric-sql/pglite';
import type { LoopTurns } from './loop-turns';
import { pgliteStatements, shareStatements } from './pglite-statements';

/** What a prepared statement can run of `pglite.query`'s options; others go to `pglite.query`. */
const preparable = (options: QueryOptions | undefined) =>
  options?.blob === undefined && options?.paramTypes === undefined && options?.onNotice === undefined;

/**
 * `pglite` as a client of drizzle's, its statements prepared (see PgliteStatements): `query`,
 * and `query` of its transactions, run as prepared statements; everything else is `pglite`'s.
 * For the read models' queries: drizzle builds a statement's text and calls `query` each time.
 * With `turns`, a statement outside a transaction, and a transaction as a whole, ask them first
 * (see LoopTurns).
 */
export function pgliteWithPreparedStatements(pglite: PGlite, { turns }: { turns?: LoopTurns } = {}): PGlite {
  const statements = pgliteStatements(pglite);
  /** `query` of `pglite`, or of `tx` when given. */
  const queryOn =
    (tx?: Transaction) =>
    (text: string, params: unknown[] = [], options?: QueryOptions) => {
      const statement = () =>
        preparable(options)
          ? statements.run(text, params, options, tx)
          : (tx ?? pglite).query(text, params, options);
      return turns && !tx ? turns.run(statement) : statement();
    };
  const overrides: Partial<Record<PropertyKey, unknown>> = {
    query: queryOn(),
    transaction: <T>(work: (tx: Transaction) => Promise<T>) => {
      const transaction = () =>
        pglite.transaction((tx) =>
          work(
            new Proxy(tx, {
              get: (target, key): unknown => (key === 'query' ? queryOn(target) : Reflect.get(target, key)),
            }),
          ),
        );
      // A transaction takes its turn as a whole: its statements never ask, as it holds PGlite.
      return turns ? turns.run(transaction) : transaction();
    },
  };
  const client = new Proxy(pglite, {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key];
      // PGlite's methods use its private fields: they run on it, not on the proxy.
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' && key !== 'constructor'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value;
    },
  });
  shareStatements(pglite, client);
  return client;
}
