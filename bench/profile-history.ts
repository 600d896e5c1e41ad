// `history`'s newest page of 100 over HTTP, alone, to profile (10k-event log unless given):
//   node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx bench/profile-history.ts [--postgres] [events]
import { authHeader } from '@sluice/testing';
import { generateHistory } from './lib/generate-history';
import { percentiles } from './lib/latency';
import { benchTargets } from './lib/targets';
import { insertBenchStream, readGatewayOn } from './history';

const [open] = benchTargets({ postgres: true, rabbit: false }).slice(
  process.argv.includes('--postgres') ? 1 : 0,
);
const target = await open!();
const events = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10_000);
await generateHistory(target.query, { events, products: 1000 });
const streamId = await insertBenchStream(target);
const app = readGatewayOn(target);
const url = `${await app.start()}/graphql`;
const headers = { 'content-type': 'application/json', ...(await authHeader('operator')) };
const page = `{ history(productId: "${streamId}", first: 100) {
  pageInfo { hasNextPage endCursor } edges { node { type version position recordedAt actor { sub } data } } } }`;
const ask = async (query: string) => {
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};
const time = async (query: string, samples: number) => {
  const took: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await ask(query);
    took.push(performance.now() - started);
  }
  return percentiles(took).p50;
};
await time(page, 200);
const roundTrip = await time('{ __typename }', 1000);
const newest = await time(page, 2000);
console.log(
  `${target.backend}: newest 100, p50 ${newest.toFixed(2)} ms; bare round trip ${roundTrip.toFixed(2)} ms`,
);
await app.stop();
await target.close();
