import { getTableConfig } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { allProjections } from './all-projections';
import { products, salesStatsHistory } from './schema';
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

  it('keeps every value of a row whole wherever the end of a piece falls in it', () => {
    // A catalog's rows (short texts, the last just before five fixed-size values), after a first
    // row whose length moves the others by one byte more each time: over a row's length of
    // shifts, the end of the first 256 KB piece falls at every byte of some row (found by a
    // rebuild of a catalog of 20,000 products).
    const product = (i: number, id = `search-product-${i}`) => ({
      id,
      sku: `SEARCH-${i}`,
      name: `Large lamp model ${i}`,
      priceCents: 100,
      stock: 10,
      discontinued: false,
      category: 'Uncategorized',
      version: 1,
      position: BigInt(i),
      createdPosition: BigInt(i),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const columns = getTableConfig(products).columns.length;
    const mangled: number[] = [];
    for (let shift = 0; shift < 200; shift++) {
      const rows = [
        product(0, 'x'.repeat(shift)),
        ...Array.from({ length: 1_700 }, (_, i) => product(i + 1)),
      ];
      const data = Buffer.concat([...tableStatements(products).copyBinary(rows)]);
      let at = 19;
      for (const row of rows) {
        let whole = data.readInt16BE(at) === columns;
        at += 2;
        for (let i = 0; i < columns; i++) {
          const length = data.readInt32BE(at);
          if (i === 0) whole &&= data.toString('utf8', at + 4, at + 4 + length) === row.id;
          if (i === columns - 1) whole &&= length === 8;
          at += 4 + length;
        }
        if (!whole) mangled.push(shift);
      }
      if (data.readInt16BE(at) !== -1 || at + 2 !== data.length) mangled.push(shift);
    }
    expect(mangled).toEqual([]);
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
