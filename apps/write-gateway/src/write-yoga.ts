import { randomUUID } from 'node:crypto';
import type { EventStore } from '@sluice/event-store';
import { maskedErrors, securityPlugins, type Logger, type QueryLimits } from '@sluice/gateway';
import { createYoga } from 'graphql-yoga';
import { CommandRunner } from './commands/command-runner';
import { advanceReaders, createDomainReaders } from './commands/domain-readers';
import { writeSchema } from './schema';
import type { WriteContext } from './schema/write-context';

const exampleOperation = `# Register a product, then order it. Each mutation answers with a position:
# pass it as atLeast to the read gateway to read your own write.
mutation Register {
  registerProduct(input: { sku: "MUG-1", name: "Mug", priceCents: 1200, initialStock: 5 }) {
    __typename
    ... on CommandAccepted { id version position events }
    ... on ValidationError { fields { field message } }
    ... on DuplicateSkuError { sku message }
  }
}
`;

export function createWriteYoga(options: { store: EventStore; logger: Logger; limits?: QueryLimits }) {
  const readers = createDomainReaders(options.store);
  const runner = new CommandRunner(options.store, {
    onAppended: (appends, lastPosition) => advanceReaders(readers, appends, lastPosition),
  });
  return createYoga<Record<string, never>, WriteContext>({
    schema: writeSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Sluice write gateway', defaultQuery: exampleOperation },
    landingPage: false,
    batching: false,
    logging: false,
    maskedErrors: maskedErrors(options.logger),
    plugins: securityPlugins(options.limits),
    context: ({ request }): WriteContext => ({
      store: options.store,
      runner,
      readers,
      correlationId: request.headers.get('x-correlation-id')?.slice(0, 200) || randomUUID(),
      now: () => new Date(),
    }),
  });
}
