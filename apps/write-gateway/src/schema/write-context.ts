import type { Caller } from '@sluice/auth';
import type { Logger } from '@sluice/gateway';
import type { EventStore } from '@sluice/event-store';
import type { CommandRunner } from '../commands/command-runner';
import type { DomainReaders } from '../commands/domain-readers';

/** Per-request context of the write gateway's resolvers. */
export interface WriteContext {
  store: EventStore;
  runner: CommandRunner;
  readers: DomainReaders;
  /** Who sent the request, from its bearer token. */
  caller: Caller;
  /**
   * The request's id (its `x-request-id`, checked, or a new one): every event it writes carries it
   * as correlationId, and every line it logs as requestId.
   */
  requestId: string;
  /** Writes the request's id on every line. */
  logger: Logger;
  now: () => Date;
}
