import { allProjections, rebuildProjections } from '@sluice/projections';
import { figure, type Figure } from './lib/figures';
import { percentiles } from './lib/latency';
import type { BenchTarget, OpenTarget } from './lib/targets';
import { readGatewayOn } from './history';

const adjectives = ['Red', 'Blue', 'Green', 'Small', 'Large', 'Organic', 'Steel', 'Wooden'];
const nouns = ['mug', 'chair', 'table', 'lamp', 'shirt', 'kettle', 'bottle'];

/** What a shop's customers type: a common word, a rare model number, and a word no product has. */
const searches = [
  { term: 'kettle', kind: 'a word one product in 7 has' },
  { term: 'model 4242', kind: 'a model number 11 products have' },
  { term: 'zebra', kind: 'a word no product has' },
];

const searchPage = `query ($search: String) { products(search: $search, first: 20) {
  totalCount edges { node { id sku name priceCents } } } }`;

/**
 * `products(search:)` with its total, as a shop's search box asks it over HTTP, anonymously, in a
 * catalog of `catalog` products (their names "<adjective> <noun> model <n>"): p50 against a bare
 * GraphQL round trip to the same gateway. Where the catalog has trigram indexes (migration 0011),
 * also with them against without them (dropped and made again), in alternated legs.
 */
export async function benchProductSearch(
  targets: readonly OpenTarget[],
  options: { catalog: number; samples: number },
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const open of targets) {
    const target = await open();
    try {
      figures.push(...(await measure(target, options)));
    } finally {
      await target.close();
    }
  }
  return figures;
}

async function measure(
  target: BenchTarget,
  options: { catalog: number; samples: number },
): Promise<Figure[]> {
  await registerCatalog(target, options.catalog);
  await rebuildProjections(target.projections, target.store, {
    projections: allProjections.filter(({ name }) => name === 'products'),
  });
  await target.query('analyze products', []);
  const app = readGatewayOn(target);
  const url = `${await app.start()}/graphql`;
  const ask = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  // At most `samples` asks or 3 s, whichever comes first, after 3 not counted.
  const p50 = async (work: () => Promise<unknown>) => {
    for (let i = 0; i < 3; i++) await work();
    const samples: number[] = [];
    const until = performance.now() + 3_000;
    while (samples.length < options.samples && (samples.length < 10 || performance.now() < until)) {
      const started = performance.now();
      await work();
      samples.push(performance.now() - started);
    }
    return percentiles(samples).p50;
  };
  const catalog = options.catalog.toLocaleString('en');
  const figures: Figure[] = [];
  try {
    const roundTrip = await p50(() => ask('{ __typename }'));
    for (const { term, kind } of searches)
      figures.push(
        figure({
          name: `products(search: "${term}") and totalCount, ${kind}, in ${catalog} products, p50, vs a bare round trip`,
          backend: target.backend,
          value: await p50(() => ask(searchPage, { search: term })),
          baseline: roundTrip,
          unit: 'ms',
        }),
      );
    figures.push(...(await withAndWithoutTrigrams(target, catalog, p50, ask)));
  } finally {
    await app.stop();
  }
  return figures;
}

/** Registrations of `count` products, written straight into the log (as generate-history does). */
async function registerCatalog(target: BenchTarget, count: number): Promise<void> {
  await target.query(
    `insert into events (position, event_id, stream_id, version, type, data, metadata)
     select p, gen_random_uuid(), 'search-product-' || p, 1, 'ProductRegistered',
       jsonb_build_object('productId', 'search-product-' || p, 'sku', 'SEARCH-' || p,
         'name', ($2::text[])[1 + p % 8] || ' ' || ($3::text[])[1 + p % 7] || ' model ' || p,
         'priceCents', 100, 'initialStock', 10, 'at', '2026-01-01T00:00:00Z'),
       jsonb_build_object('correlationId', 'bench', 'causationId', 'bench', 'at', '2026-01-01T00:00:00Z')
     from generate_series(1, $1::int) as p`,
    [count, adjectives, nouns],
  );
}

/**
 * The rare search's p50 with the catalog's trigram indexes against without them, in rounds of four
 * legs (with, without, without, with); none when the catalog has none (a checkout before them).
 */
async function withAndWithoutTrigrams(
  target: BenchTarget,
  catalog: string,
  p50: (work: () => Promise<unknown>) => Promise<number>,
  ask: (query: string, variables: Record<string, unknown>) => Promise<void>,
): Promise<Figure[]> {
  const indexes = await target.query(
    `select indexname, indexdef from pg_indexes where tablename = 'products' and indexdef like '%gin_trgm_ops%'`,
    [],
  );
  if (indexes.length === 0) return [];
  const legs = { with: [] as number[], without: [] as number[] };
  let present = true;
  for (let round = 0; round < 2; round++)
    for (const withIndexes of [true, false, false, true]) {
      if (withIndexes !== present)
        for (const { indexname, indexdef } of indexes)
          await target.query(withIndexes ? String(indexdef) : `drop index "${String(indexname)}"`, []);
      present = withIndexes;
      legs[withIndexes ? 'with' : 'without'].push(await p50(() => ask(searchPage, { search: 'model 4242' })));
    }
  const median = (values: number[]) => percentiles(values).p50;
  return [
    figure({
      name: `products(search: "model 4242") and totalCount in ${catalog} products, p50, with the trigram indexes vs without`,
      backend: target.backend,
      value: median(legs.with),
      baseline: median(legs.without),
      unit: 'ms',
      notes: `legs with: ${legs.with.map((ms) => ms.toFixed(2)).join(', ')} ms; without: ${legs.without
        .map((ms) => ms.toFixed(2))
        .join(', ')} ms`,
    }),
  ];
}
