import { randomUUID } from 'node:crypto';
import type { EventStore } from '@sluice/event-store';
import { maskedErrors, securityPlugins, type Logger, type QueryLimits } from '@sluice/gateway';
import { createYoga } from 'graphql-yoga';
import { CommandRunner } from './commands/command-runner';
import { advanceReaders, createDomainReaders } from './commands/domain-readers';
import { writeSchema } from './schema';
import { graphiqlExample } from './graphiql-example';
import type { WriteContext } from './schema/write-context';

export function createWriteYoga(options: { store: EventStore; logger: Logger; limits?: QueryLimits }) {
  const readers = createDomainReaders(options.store);
  const runner = new CommandRunner(options.store, {
    onAppended: (appends, lastPosition) => advanceReaders(readers, appends, lastPosition),
  });
  return createYoga<Record<string, never>, WriteContext>({
    schema: writeSchema(),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Sluice write gateway', defaultQuery: graphiqlExample },
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
