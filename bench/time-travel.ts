import type { Figure } from './lib/figures';
import { figure } from './lib/figures';
import { percentiles } from './lib/latency';
import type { BenchTarget } from './lib/targets';

const COLD_SAMPLES = 30;

/**
 * `product(asOf:)` of a product with 1,000 events, as of its last, as a client asks it over HTTP:
 * cold (no snapshot yet: folded from all 1,000, keeping 10 snapshots) and warm (from the last
 * snapshot), against a bare GraphQL round trip to the same gateway, in the same run.
 */
export async function measureTimeTravel(args: {
  target: BenchTarget;
  productId: string;
  logSize: number;
  ask: (query: string, variables?: Record<string, unknown>) => Promise<unknown>;
  time: (work: () => Promise<unknown>) => Promise<number>;
  roundTrip: number;
}): Promise<Figure[]> {
  const [last] = await args.target.store.readStreamPage(args.productId, { limit: 1, newestFirst: true });
  if (!last) throw new Error(`no stream ${args.productId}`);
  const query = `query ($id: ID!, $asOf: AsOf) { product(id: $id, asOf: $asOf) { id priceCents stock unitsSold version } }`;
  const variables = { id: args.productId, asOf: { position: String(last.position) } };
  const folded = (await args.ask(query, variables)) as { product: { version: number } | null };
  if (folded.product?.version !== last.version) throw new Error(`asOf folded to ${JSON.stringify(folded)}`);
  const cold: number[] = [];
  for (let i = 0; i < COLD_SAMPLES; i++) {
    await args.target.query('delete from fold_snapshots', []);
    const started = performance.now();
    await args.ask(query, variables);
    cold.push(performance.now() - started);
  }
  const value = await args.time(() => args.ask(query, variables));
  const events = last.version.toLocaleString('en');
  const log = args.logSize.toLocaleString('en');
  return [
    figure({
      name: `product(asOf:) cold, folded from all ${events} events in a ${log}-event log, p50, vs a bare GraphQL round trip`,
      backend: args.target.backend,
      value: percentiles(cold).p50,
      baseline: args.roundTrip,
      unit: 'ms',
    }),
    figure({
      name: `product(asOf:) of a ${events}-event product, from its last snapshot, in a ${log}-event log, p50, vs a bare GraphQL round trip`,
      backend: args.target.backend,
      value,
      baseline: args.roundTrip,
      unit: 'ms',
      target: '≤ 10 ms',
    }),
  ];
}
