import { describe, expect, it } from 'vitest';
import { connection, type Connection, type ConnectionSource } from './connection';
import { decodeCursor } from './cursor';
import { pageRequest } from './page-request';

/** Keys 10..1, newest (largest) first, like a list read model. */
function listOf(keys: bigint[]): ConnectionSource<bigint> & { counted: number } {
  const source = {
    counted: 0,
    fetch: (after: bigint | undefined, limit: number) =>
      Promise.resolve(keys.filter((key) => after === undefined || key < after).slice(0, limit)),
    count: () => {
      source.counted++;
      return Promise.resolve(keys.length);
    },
    keyOf: (key: bigint) => key,
  };
  return source;
}

const keys = Array.from({ length: 10 }, (_, i) => BigInt(10 - i));

describe('connection', () => {
  it('walks every row once across pages, without gaps or repeats', async () => {
    const source = listOf(keys);
    const seen: bigint[] = [];
    let after: string | null = null;
    const pages: boolean[][] = [];
    for (;;) {
      const page: Connection<bigint> = await connection(pageRequest({ first: 4, after }), source);
      seen.push(...page.edges.map((edge) => edge.node));
      pages.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(keys);
    expect(pages).toEqual([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });

  it('puts each row sort key in its cursor', async () => {
    const page = await connection(pageRequest({ first: 2 }), listOf(keys));
    expect(page.edges.map((edge) => decodeCursor(edge.cursor))).toEqual([10n, 9n]);
  });

  it('counts only when totalCount is asked for, and once', async () => {
    const source = listOf(keys);
    const page = await connection(pageRequest({ first: 2 }), source);
    expect(source.counted).toBe(0);
    expect(await page.totalCount()).toBe(10);
    expect(await page.totalCount()).toBe(10);
    expect(source.counted).toBe(1);
  });

  it('answers an empty page with null cursors', async () => {
    const page = await connection(pageRequest({ first: 0 }), listOf(keys));
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
