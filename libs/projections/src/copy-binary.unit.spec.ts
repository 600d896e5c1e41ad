import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import { salesStatsHistory } from './schema';
import { tableStatements } from './table-statements';
import { salesFiguresRow } from './test-support/sales-figures-row';

const figures = salesFiguresRow(7n);

describe('binary COPY', () => {
  it('encodes every column of every projection table', () => {
    for (const table of allProjections.flatMap(({ tables }) => tables))
      expect(() => [...tableStatements(table).copyBinary([])], getTableConfig(table).name).not.toThrow();
  });

  it('writes the signature, the rows and the trailer, over as many pieces as the rows need', () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ ...figures, position: BigInt(i) }));
    const pieces = [...tableStatements(salesStatsHistory).copyBinary(rows)];
    const data = Buffer.concat(pieces);
    expect(pieces.length).toBeGreaterThan(1);
    expect(data.subarray(0, 11)).toEqual(Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'));
    expect(data.readInt16BE(19)).toBe(7);
    expect(data.readInt16BE(data.length - 2)).toBe(-1);
  });

  it('refuses a value its column cannot hold, naming the column', () => {
    const encode = (row: object) => [
      ...tableStatements(salesStatsHistory).copyBinary([row as typeof figures]),
    ];
    expect(() => encode({ ...figures, recordedAt: '2026-01-01 00:00:00+00' })).toThrow(/recorded_at/);
    expect(() => encode({ ...figures, ordersPaid: 1.5 })).toThrow(/orders_paid/);
    expect(() => encode({ ...figures, revenueCents: 'ten' })).toThrow(/revenue_cents/);
    expect(() => encode({ ...figures, position: 2n ** 63n })).toThrow(/position: .* out of range/);
    expect(() => encode({ ...figures, position: 2n ** 63n - 1n })).not.toThrow();
  });
});
