import { allProjections, projectionNames, retryDeadLetter } from '@sluice/projections';
import { figure, type Figure } from './lib/figures';
import { generateHistory } from './lib/generate-history';
import type { OpenTarget } from './lib/targets';

const ROUNDS = 3;

/**
 * A dead letter's retry on a long log: the order payment at the start of a generated history, set
 * aside by `orders`, retried with the whole history applied after it. The retry reads the
 * projection's later events to tell whether one changed the same rows; it does so while the
 * projectors go on, and stops them only to apply the event (after reading what they applied
 * meanwhile). The figure is how long they stand still, against the whole retry.
 */
export async function benchDeadLetterRetry(
  targets: readonly OpenTarget[],
  events: number,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const open of targets) {
    const target = await open();
    try {
      await generateHistory(target.query, { events, products: 1000 });
      const head = await target.store.head();
      const [paid] = await target.query(
        `select position::text as position, event_id::text as event_id from events
         where type = 'OrderPaid' order by position limit 1`,
        [],
      );
      // Every projection at the head, as a live shop's would be; the rows are not needed here.
      await target.query(
        `insert into projection_checkpoints (name, position)
         select jsonb_array_elements_text($1::text::jsonb), $2::text::bigint`,
        [JSON.stringify(projectionNames), String(head)],
      );
      const still: number[] = [];
      const whole: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        await target.query(
          `insert into projection_dead_letters (projection, position, event_id, type, error, attempts)
           values ('orders', $1::text::bigint, $2::text, 'OrderPaid', 'a bug', 1)
           on conflict (projection, position) do update set resolution = null, resolved_at = null`,
          [paid!.position, paid!.event_id],
        );
        const started = performance.now();
        let stood = 0;
        await retryDeadLetter(
          target.projections.session,
          target.store,
          allProjections,
          'orders',
          BigInt(String(paid!.position)),
          async (work) => {
            const from = performance.now();
            try {
              return await work();
            } finally {
              stood = performance.now() - from;
            }
          },
        );
        whole.push(performance.now() - started);
        still.push(stood);
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      figures.push(
        figure({
          name: `dead letter retry ${events.toLocaleString('en')} events back: projectors stopped vs whole retry`,
          backend: target.backend,
          value: median(still),
          baseline: median(whole),
          unit: 'ms',
          notes: `median of ${ROUNDS}; the retry reads the later events of orders' types (${whole.map((ms) => ms.toFixed(0)).join(', ')} ms in all; stopped ${still.map((ms) => ms.toFixed(1)).join(', ')} ms). Checked wholly while stopped, as first written, the projectors would stand still the whole retry.`,
        }),
      );
    } finally {
      await target.close();
    }
  }
  return figures;
}
