import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger';

const serving = new AsyncLocalStorage<Logger>();

/** Runs `work`, and everything it starts, as serving the request `logger` was made for. */
export function whileServing<T>(logger: Logger, work: () => T): T {
  return serving.run(logger, work);
}

/** Runs `work` as serving no request: what it logs carries no one request's id. */
export function apartFromRequests<T>(work: () => T): T {
  return serving.exit(work);
}

/**
 * The logger of the request being served, for code that is handed no context (Yoga's error
 * masking); undefined outside a request. Resolvers take theirs from the GraphQL context.
 */
export function servingLogger(): Logger | undefined {
  return serving.getStore();
}
