import type { Caller } from '@sluice/auth';
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
  /** From the `x-correlation-id` request header, or generated. */
  correlationId: string;
  now: () => Date;
}
