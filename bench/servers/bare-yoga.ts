// Baseline for the HTTP benchmark: graphql-yoga answering a trivial mutation, nothing else.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

let counter = 0;
const yoga = createYoga({
  logging: false,
  schema: createSchema({
    typeDefs: 'type Query { ok: Boolean! } type Mutation { bump(input: String): Int! }',
    resolvers: { Query: { ok: () => true }, Mutation: { bump: () => ++counter } },
  }),
});
const server = createServer((req, res) => void yoga(req, res));
server.listen(0, '127.0.0.1', () => {
  console.log(`READY http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
// A normal exit on SIGTERM/SIGINT, so `node --cpu-prof` writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => server.close(() => process.exit(0)));
