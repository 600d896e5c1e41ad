import type { EventStore } from '@sluice/event-store';
import type { ReadinessCheck } from '@sluice/gateway';
import type { EventBus } from '@sluice/messaging';
import type { OpenedProjections } from '@sluice/projections';
import type { ReadSideRuntime } from './runtime/read-side-runtime';

/**
 * What a read gateway needs to take traffic: its database, its broker, and read models caught up
 * with the log to within `maxLag` events. While it catches up it says how far it is.
 */
export function readSideChecks(options: {
  projections: OpenedProjections;
  store: EventStore;
  bus: EventBus;
  runtime: Pick<ReadSideRuntime, 'following' | 'progress'>;
  maxLag: number;
}): ReadinessCheck[] {
  const { projections, store, bus, runtime, maxLag } = options;
  return [
    {
      name: 'database',
      check: async () => {
        await projections.session.query('select 1', []);
        return { ok: true };
      },
    },
    { name: 'broker', check: () => Promise.resolve({ ok: bus.connected() }) },
    {
      name: 'projections',
      check: async () => {
        const head = await store.head();
        const applied = runtime.progress.applied();
        const lag = head > applied ? Number(head - applied) : 0;
        if (!runtime.following()) {
          const share = head > 0n ? Number((applied * 1000n) / head) / 10 : 100;
          return { ok: false, detail: { state: 'catching up', percent: share, lag } };
        }
        return { ok: lag <= maxLag, detail: { state: 'following', lag } };
      },
    },
  ];
}
