import { describe, expect, it } from 'vitest';
import { MemoryTables } from './memory-tables';

describe('memory tables', () => {
  it('sees a unit of work’s writes at once, keeps them on commit and undoes them all on rollback', () => {
    const tables = new MemoryTables();
    const first = tables.begin();
    first.stage('lines', 'o1\u0000p1', { orderId: 'o1', productId: 'p1' });
    first.stage('lines', 'o1\u0000p2', { orderId: 'o1', productId: 'p2' });
    expect(first.get('lines', 'o1\u0000p1')).toEqual({ orderId: 'o1', productId: 'p1' });
    first.commit();

    const failed = tables.begin();
    expect(failed.rowsWhere('lines', 'orderId', 'o1')).toHaveLength(2);
    failed.stage('lines', 'o1\u0000p1', undefined);
    failed.stage('lines', 'o2\u0000p1', { orderId: 'o2', productId: 'p1' });
    failed.stage('lines', 'o2\u0000p1', { orderId: 'o2', productId: 'p9' });
    expect(failed.rowsWhere('lines', 'orderId', 'o1')).toHaveLength(1);
    expect(failed.rowsWhere('lines', 'productId', 'p9')).toHaveLength(1);
    failed.rollback();

    const after = tables.begin();
    expect(after.rowsWhere('lines', 'orderId', 'o1')).toHaveLength(2);
    expect(after.rowsWhere('lines', 'orderId', 'o2')).toEqual([]);
    expect(after.rowsWhere('lines', 'productId', 'p9')).toEqual([]);
    expect(tables.size).toBe(2);
    expect(() => tables.begin()).toThrow('still open');
  });
});

describe('taking a table’s rows out', () => {
  it('hands over every committed row of that table alone, and refuses while a unit of work is open', () => {
    const tables = new MemoryTables();
    const work = tables.begin();
    work.stage('history', '1', { position: 1 });
    work.stage('history', '2', { position: 2 });
    work.stage('stats', '1', { id: 1 });
    expect(() => tables.take('history')).toThrow('between units of work');
    work.commit();

    expect(tables.sizeOf('history')).toBe(2);
    expect(tables.take('history')).toEqual([{ position: 1 }, { position: 2 }]);
    expect(tables.sizeOf('history')).toBe(0);
    expect(tables.take('history')).toEqual([]);
    expect([...tables.rowsOf('stats')]).toEqual([{ id: 1 }]);

    const next = tables.begin();
    next.stage('history', '3', { position: 3 });
    next.commit();
    expect([...tables.rowsOf('history')]).toEqual([{ position: 3 }]);
  });
});
