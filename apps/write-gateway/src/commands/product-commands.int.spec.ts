import { randomUUID } from 'node:crypto';
import { skuStreamId } from '@sluice/domain';
import { describe, expect, it } from 'vitest';
import { storeCountingStreamReads } from '../test-support/counting-stream-reads';
import { CommandRunner, type CommandContext } from './command-runner';
import { advanceReaders, createDomainReaders } from './domain-readers';
import { registerProductCommand } from './product-commands';

const at = '2026-01-01T00:00:00.000Z';
const context: CommandContext = {
  actor: { sub: 'operator', roles: ['operator'], expiresAt: undefined },
  correlationId: 'c',
  at,
};

describe('registering a product', () => {
  const counted = storeCountingStreamReads();

  /** A write process of its own: its readers and runner, nothing cached. */
  function writer() {
    const readers = createDomainReaders(counted.store);
    const runner = new CommandRunner(counted.store, {
      onAppended: (appends, position) => advanceReaders(readers, appends, position),
    });
    return (sku: string) =>
      runner.run(registerProductCommand(readers, { sku, name: sku, priceCents: 100 }, at), context);
  }

  it('decides on a SKU it has never seen as new: it reads nothing', async () => {
    const register = writer();
    counted.reset();
    expect(await register(`NEW-${randomUUID().slice(0, 8).toUpperCase()}`)).toMatchObject({
      kind: 'CommandAccepted',
    });
    expect(counted.reads()).toBe(0);
  });

  it('refuses a SKU another process registered, once its append found the SKU taken and it read it', async () => {
    const sku = `TAKEN-${randomUUID().slice(0, 8).toUpperCase()}`;
    expect(await writer()(sku)).toMatchObject({ kind: 'CommandAccepted' });
    const other = writer();
    counted.reset();
    expect(await other(sku)).toMatchObject({ kind: 'DuplicateSkuError', sku });
    expect(counted.reads()).toBe(1);
    // Known now, the SKU is refused on the cache and, as every refusal, once more afresh.
    counted.reset();
    expect(await other(sku)).toMatchObject({ kind: 'DuplicateSkuError', sku });
    expect(counted.reads()).toBe(1);
    // One claim of the SKU in the log: the refused appends wrote nothing.
    const claims = await counted.store.readStreams([{ streamId: skuStreamId(sku), afterVersion: 0 }]);
    expect(claims.get(skuStreamId(sku))).toHaveLength(1);
  });
});
