import { Relay } from '@sluice/messaging';
import { appendCount } from './lib/append-count';
import { figure, type Figure } from './lib/figures';
import type { OpenTarget } from './lib/targets';

/**
 * The relay must never be what limits the system: events/s from the log to confirmed on the bus,
 * against the rate 8 writers append at, on the same backend in the same run.
 */
export async function benchRelay(
  targets: readonly OpenTarget[],
  options: { events: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const open of targets) {
    const target = await open();
    try {
      const appendRate = await appendCount(target.store, 8, options.events);
      const head = await target.store.head();
      let caughtUp!: () => void;
      const done = new Promise<void>((resolve) => (caughtUp = resolve));
      const relay = new Relay({
        store: target.store,
        bus: target.bus(),
        onPublished: (position) => position >= head && caughtUp(),
      });
      const started = performance.now();
      await relay.start();
      await done;
      const relayRate = options.events / ((performance.now() - started) / 1000);
      await relay.stop();
      figures.push(
        figure({
          name: 'relay: log → confirmed on the bus vs append rate (8 writers)',
          backend: target.backend,
          value: relayRate,
          baseline: appendRate,
          unit: 'events/s',
          target: '≥ 1.5×',
          notes: `${options.events} events`,
        }),
      );
    } finally {
      await target.close();
    }
  }
  return figures;
}
