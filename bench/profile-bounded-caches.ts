// What one operation costs each of the bounded caches on the hot paths once it is full, so that
// every operation forgets its least recent entry (new keys only), in µs, a few rounds:
//   node --import tsx bench/profile-bounded-caches.ts [rounds]
// The write gateway's folded streams (10,000), the projector's rows (10,000 a table), the read
// side's newest pushed states (100,000), its answers kept (a size given here: 10,000) and the
// verified tokens (10,000). Each through its own API, at its default capacity.
import { randomUUID } from 'node:crypto';
import type { Caller } from '@sluice/auth';
import { cachingVerifiedTokens } from '../libs/auth/src/verified-token-cache';
import { RowCache } from '../libs/projections/src/row-cache';
import { createDomainReaders } from '../apps/write-gateway/src/commands/domain-readers';
import { PushedStates } from '../apps/read-gateway/src/runtime/pushed-states';
import { VersionCheckedCache } from '../apps/read-gateway/src/response-cache/version-checked-cache';
import type { EventStore } from '@sluice/event-store';

const rounds = Number(process.argv[2] ?? 3);
const operations = 200_000;
const at = '2026-01-01T00:00:00.000Z';

/** µs an operation over `operations` new keys, after `fill` new keys filled the cache. */
async function perOperation(
  fill: number,
  operation: (i: number) => unknown,
  count = operations,
): Promise<number> {
  for (let i = 0; i < fill; i++) await operation(i);
  const started = performance.now();
  for (let i = fill; i < fill + count; i++) await operation(i);
  return ((performance.now() - started) * 1000) / count;
}

// The streams' cache is filled by what this process appended: no store is ever asked.
const noStore = {} as EventStore;
const registration = (i: number) => ({
  streamId: `p${i}`,
  expectedVersion: 0,
  events: [
    {
      eventId: randomUUID(),
      type: 'ProductRegistered',
      data: {
        productId: `p${i}`,
        sku: `S${i}`,
        name: 'n',
        priceCents: 1,
        initialStock: 1,
        category: 'c',
        at,
      },
      metadata: {},
    },
  ],
});
const caller: Caller = { sub: 's', roles: ['customer'], expiresAt: Date.now() + 3_600_000 };
const legs: Record<string, () => Promise<number>> = {
  'folded streams (write gateway)': () => {
    const readers = createDomainReaders(noStore);
    const appends = Array.from({ length: 10_000 + operations }, (_, i) => registration(i));
    return perOperation(10_000, (i) => readers.products.advance(appends[i]!, BigInt(i + 1)));
  },
  'rows (projector)': () => {
    const cache = new RowCache();
    return perOperation(10_000, (i) => {
      const work = cache.begin();
      work.stage('products', `p${i}`, { id: `p${i}` });
      work.commit();
    });
  },
  // A projector that takes another path clears its rows: the next batch stages into six tables.
  'rows after a clear, six tables (projector)': () => {
    const cache = new RowCache();
    const tables = ['products', 'orders', 'product_sales', 'sales_orders', 'sales_stats', 'timeline_orders'];
    return perOperation(
      10,
      (i) => {
        cache.clear();
        const work = cache.begin();
        for (const table of tables) work.stage(table, `k${i}`, { id: `k${i}` });
        work.commit();
      },
      2_000,
    );
  },
  'newest pushed states (read side)': () => {
    const pushed = new PushedStates();
    return perOperation(100_000, (i) => pushed.admit(`product:p${i}`, BigInt(i)));
  },
  'answers kept (read side)': () => {
    const kept = new VersionCheckedCache(() => '1', 10_000);
    const answer = { data: { ok: true } };
    return perOperation(10_000, (i) => kept.set(`1:q${i}`, answer));
  },
  'verified tokens (gateways)': () => {
    const tokens = cachingVerifiedTokens({ authenticate: () => Promise.resolve(caller) });
    return perOperation(10_000, (i) => tokens.authenticate(`Bearer t${i}`));
  },
};
const results: Record<string, number[]> = {};
for (let round = 0; round < rounds; round++)
  for (const [name, leg] of Object.entries(legs)) (results[name] ??= []).push(await leg());
for (const [name, us] of Object.entries(results))
  console.log(`${name.padEnd(36)} ${us.map((u) => u.toFixed(2).padStart(6)).join(' ')} µs`);
