import { changedEntities, withSchemaVersion, type DomainEvent } from '@sluice/domain';
import { newPglite, pgliteRawQuery, type RawQuery, type StoredEvent } from '@sluice/event-store';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { expect } from 'vitest';
import { openPgliteProjections } from '../open-projections';
import { erase, type Projection } from '../projection';

/** Rows a spec expects, by table: each table's rows in key order, each row the fields given. */
export type ExpectedRows = Record<string, Array<Record<string, unknown>>>;

export interface ProjectionWhen {
  /** After the events, the projection's tables hold exactly these rows (fields given, in key order). */
  then(expected: ExpectedRows): Promise<void>;
}

/**
 * Given/when/then specifications for a projection, like the deciders':
 *
 *   const given = projectionSpec(productsProjection);
 *   await given(productRegistered()).when(productRestocked()).then({ products: [{ stock: 15 }] });
 *
 * The events are recorded as the log records them (positions 1, 2, … in order; each stream's
 * versions from 1), and the projection runs on a real PGlite with its migrations. Each spec runs
 * three times from empty tables: the given events as one batch and the new ones as the next,
 * every event in a batch of its own, and all of them in one batch. The rows must be the same all
 * three ways (a projection's batches are an optimisation, never a meaning) and as expected.
 */
export function projectionSpec<Batch>(projection: Projection<Batch>) {
  const run = erase(projection);
  const tables = projection.tables.map((table) => getTableConfig(table));
  let database: Promise<RawQuery> | undefined;
  const open = () =>
    (database ??= (async () => {
      const pglite = newPglite();
      await openPgliteProjections(pglite);
      return pgliteRawQuery(pglite);
    })());

  const rowsOf = async (query: RawQuery): Promise<ExpectedRows> => {
    const rows: ExpectedRows = {};
    for (const { name, columns, primaryKeys } of tables) {
      const key = [...columns.filter((column) => column.primary), ...(primaryKeys[0]?.columns ?? [])];
      const order = key.length > 0 ? key.map((column) => `"${column.name}"`).join(', ') : 't::text';
      rows[name] = await query(`select to_jsonb(t) as row from "${name}" t order by ${order}`, []).then(
        (result) => result.map((row) => row.row as Record<string, unknown>),
      );
    }
    return rows;
  };

  const applied = async (batches: StoredEvent[][]): Promise<ExpectedRows> => {
    const query = await open();
    await query(`truncate ${tables.map(({ name }) => `"${name}"`).join(', ')}`, []);
    for (const batch of batches) if (batch.length > 0) await run.run(query, query, batch);
    return rowsOf(query);
  };

  return function given(...past: DomainEvent[]): { when(...events: DomainEvent[]): ProjectionWhen } {
    return {
      when: (...events) => ({
        async then(expected) {
          const all = recorded([...past, ...events]);
          const inTwo = await applied([all.slice(0, past.length), all.slice(past.length)]);
          expect(await applied(all.map((event) => [event]))).toEqual(inTwo);
          expect(await applied([all])).toEqual(inTwo);
          for (const [table, rows] of Object.entries(expected)) {
            expect(inTwo[table], `rows of ${table}`).toHaveLength(rows.length);
            rows.forEach((row, index) =>
              expect(inTwo[table]![index], `${table}[${index}]`).toMatchObject(row),
            );
          }
        },
      }),
    };
  };
}

/** Events as the log records them: positions in order, each stream's versions counted. */
function recorded(events: readonly DomainEvent[]): StoredEvent[] {
  const versions = new Map<string, number>();
  return events.map((event, index) => {
    const { productId, orderId } = changedEntities(event);
    const streamId = productId ?? orderId ?? event.type;
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      position: BigInt(index + 1),
      eventId: `event-${index + 1}`,
      streamId,
      version,
      type: event.type,
      data: event.data,
      metadata: withSchemaVersion({}, event.type),
      occurredAt: new Date(event.data.at),
    };
  });
}
