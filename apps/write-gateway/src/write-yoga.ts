import type { EventStore } from '@sluice/event-store';
import type { Tracer } from '@opentelemetry/api';
import {
  gatewayEdge,
  maskedErrors,
  securityPlugins,
  serverSpans,
  type EdgeOptions,
  type GatewayEdge,
  type Logger,
  type QueryLimits,
} from '@sluice/gateway';
import { createYoga } from 'graphql-yoga';
import { CommandRunner } from './commands/command-runner';
import { advanceReaders, createDomainReaders } from './commands/domain-readers';
import { writeSchema } from './schema';
import { graphiqlExample } from './graphiql-example';
import type { WriteContext } from './schema/write-context';

export interface WriteYogaOptions extends EdgeOptions {
  store: EventStore;
  logger: Logger;
  limits?: Partial<QueryLimits>;
  /** Traces each request and the command it runs; none when tracing is off. */
  tracer?: Tracer;
}

/** The write gateway's edge: who may call it, CORS, GraphiQL. */
export function writeGatewayEdge(options: EdgeOptions): GatewayEdge {
  return gatewayEdge(options, { title: 'Sluice write gateway', defaultQuery: graphiqlExample });
}

export function createWriteYoga(options: WriteYogaOptions, edge: GatewayEdge = writeGatewayEdge(options)) {
  const readers = createDomainReaders(options.store);
  const runner = new CommandRunner(options.store, {
    onAppended: (appends, lastPosition) => advanceReaders(readers, appends, lastPosition),
    tracer: options.tracer,
  });
  return createYoga<Record<string, never>, WriteContext>({
    schema: writeSchema(),
    graphqlEndpoint: '/graphql',
    ...edge.yoga,
    landingPage: false,
    batching: false,
    logging: false,
    maskedErrors: maskedErrors(options.logger),
    plugins: [
      // Outermost: the server span covers the whole request, its refusals included.
      ...(options.tracer ? [serverSpans(options.tracer, '/graphql')] : []),
      ...edge.yoga.plugins,
      ...securityPlugins(options.limits),
    ],
    context: async ({ request }): Promise<WriteContext> => ({
      store: options.store,
      runner,
      readers,
      caller: await edge.callers.of({ request }),
      ...edge.requests.of({ request }),
      now: () => new Date(),
    }),
  });
}
