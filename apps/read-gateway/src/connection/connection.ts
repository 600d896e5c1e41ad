import { encodeCursor } from './cursor';
import type { PageRequest } from './page-request';

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

/** One list read model, ordered by a unique bigint key, newest (largest) first. */
export interface ConnectionSource<T> {
  /** Up to `limit` rows whose key is below `after` (all when undefined), largest key first. */
  fetch(after: bigint | undefined, limit: number): Promise<T[]>;
  /** Rows matching the same filters, regardless of the page. */
  count(): Promise<number>;
  keyOf(row: T): bigint;
}

/** A Relay-style page: one row more than asked tells whether another page follows. */
export async function connection<T>(page: PageRequest, source: ConnectionSource<T>): Promise<Connection<T>> {
  return connectionOf(
    page,
    await source.fetch(page.after, page.size + 1),
    (row) => source.keyOf(row),
    () => source.count(),
  );
}

/** The page of `rows`, read one past the page's size, each row's cursor its key; counted on demand. */
export function connectionOf<T>(
  page: PageRequest,
  rows: readonly T[],
  keyOf: (row: T) => bigint,
  count: () => Promise<number>,
): Connection<T> {
  const edges = rows.slice(0, page.size).map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.size,
      hasPreviousPage: page.after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= count()),
  };
}
