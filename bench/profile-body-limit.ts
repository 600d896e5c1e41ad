// What Yoga's own request-body limit costs a request: the same Yoga, with its default limit and
// with `maxRequestBodySize: false` (as the gateways run it: their HTTP server refuses oversized
// bodies before Yoga reads them), answering the same POST over a kept-alive connection, in
// alternating legs.
//   node --import tsx bench/profile-body-limit.ts
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

const schema = createSchema({
  typeDefs: 'type Query { echo(text: String): String }',
  resolvers: { Query: { echo: (_: unknown, { text }: { text: string }) => text } },
});

async function serve(maxRequestBodySize: false | undefined): Promise<string> {
  const yoga = createYoga({ schema, logging: false, maxRequestBodySize });
  const server = createServer((req, res) => void yoga(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
// About the size of a placeOrder with two lines.
const body = JSON.stringify({
  query: 'query($t: String) { echo(text: $t) }',
  variables: { t: 'x'.repeat(300) },
});
const post = (url: string) =>
  new Promise<void>((resolve, reject) => {
    const sent = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => response.resume().on('end', resolve),
    );
    sent.on('error', reject);
    sent.end(body);
  });

/** Microseconds a request, over `count` requests one after the other. */
async function leg(url: string, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await post(url);
  return ((performance.now() - started) * 1000) / count;
}

const limited = await serve(undefined);
const unlimited = await serve(false);
await leg(limited, 2000);
await leg(unlimited, 2000);
const withLimit: number[] = [];
const without: number[] = [];
for (let round = 0; round < 6; round++) {
  withLimit.push(await leg(limited, 3000));
  without.push(await leg(unlimited, 3000));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(`Yoga's body limit on:  ${withLimit.map((us) => us.toFixed(0)).join(', ')} µs a request`);
console.log(`Yoga's body limit off: ${without.map((us) => us.toFixed(0)).join(', ')} µs a request`);
console.log(
  `median ${median(withLimit).toFixed(0)} vs ${median(without).toFixed(0)} µs: off/on ${(median(without) / median(withLimit)).toFixed(2)}`,
);
process.exit(0);
