import { randomUUID } from 'node:crypto';
import type { Caller } from '@sluice/auth';
import { withSchemaVersion, type Decision, type DomainError } from '@sluice/domain';
import type { CommandRecord, EventStore, StoredCommand, StreamAppend } from '@sluice/event-store';
import { context as contexts, SpanKind, type Tracer } from '@opentelemetry/api';
import {
  carrierOf,
  inSpan,
  SLUICE_COMMAND_TYPE,
  SLUICE_EVENT_COUNT,
  SLUICE_LAST_POSITION,
  type TraceCarrier,
} from '@sluice/tracing';
import { GraphQLError } from 'graphql';
import { commandFingerprint } from './command-fingerprint';
import {
  fromStoredResult,
  storedStreams,
  toStoredResult,
  type CommandResult,
  type StoredResult,
} from './command-result';
import { KeyedMutex } from './keyed-mutex';
import type { LoadedStream } from './stream-reader';

/** Who asked, when, and under which id: becomes every event's metadata. */
export interface CommandContext {
  /** The client's id for the command, unique among that caller's commands. */
  commandId?: string | null;
  /** Who sent it: recorded in every event, and the scope of its commandId. */
  actor: Caller;
  correlationId: string;
  /** ISO-8601 time the command is decided at. */
  at: string;
  /**
   * The command's span, when traced: kept in every event's metadata (traceparent, tracestate),
   * so that the relay, later and maybe elsewhere, continues the same trace. Set by the runner.
   */
  trace?: TraceCarrier;
}

/** One command ready to run: it loads the state it needs and asks the pure decider. */
export interface CommandSpec {
  type: string;
  /** The mutation input without commandId: the idempotency fingerprint. */
  input: unknown;
  /** Streams known from the input alone, serialised in-process. */
  lockKeys: readonly string[];
  /**
   * Loads state and decides. `fresh: false` may decide on cached state: the append's version
   * check verifies it, and a rejection is decided again on fresh state before it is answered.
   */
  decide(fresh: boolean): Promise<{ decision: Decision; subject: LoadedStream<unknown> }>;
}

export interface CommandRunnerOptions {
  /** Attempts when the append loses a version race before giving up. @default 25 */
  maxAttempts?: number;
  /** Told of every successful append, e.g. to keep cached state current. */
  onAppended?: (appends: readonly StreamAppend[], lastPosition: bigint) => void;
  /** Traces each command (decide and append) as a span; none when tracing is off. */
  tracer?: Tracer;
}

/**
 * Runs commands: replays a known commandId, otherwise reads, decides and appends with
 * optimistic concurrency, re-reading and re-deciding after a lost race.
 */
export class CommandRunner {
  private readonly mutex = new KeyedMutex();
  private readonly maxAttempts: number;

  constructor(
    private readonly store: EventStore,
    private readonly options: CommandRunnerOptions = {},
  ) {
    this.maxAttempts = options.maxAttempts ?? 25;
  }

  run(spec: CommandSpec, context: CommandContext): Promise<CommandResult> {
    const tracer = this.options.tracer;
    if (!tracer) return this.runCommand(spec, context);
    return inSpan(
      tracer,
      `command ${spec.type}`,
      { kind: SpanKind.INTERNAL, attributes: { [SLUICE_COMMAND_TYPE]: spec.type } },
      contexts.active(),
      async (span) => {
        const result = await this.runCommand(spec, { ...context, trace: carrierOf(contexts.active()) });
        span.setAttribute('sluice.command.result', result.kind);
        if (result.kind === 'CommandAccepted') {
          span.setAttribute(SLUICE_EVENT_COUNT, result.events.length);
          if (result.events.length > 0) span.setAttribute(SLUICE_LAST_POSITION, String(result.position));
        }
        return result;
      },
    );
  }

  private async runCommand(spec: CommandSpec, context: CommandContext): Promise<CommandResult> {
    const fingerprint = commandFingerprint(spec.type, spec.input);
    const commandId = recordKey(context);
    if (commandId) {
      const existing = await this.store.findCommand(commandId);
      if (existing) return replay(existing, spec.type, fingerprint);
    }
    return this.mutex.withKeys(spec.lockKeys, async () => {
      for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
        // The first attempt decides on cached state; after a lost race, on what the log says.
        const outcome = await this.attempt(spec, context, fingerprint, attempt > 1);
        if (outcome !== 'version-conflict') return outcome;
        await backoff(attempt);
      }
      throw new GraphQLError('The command kept conflicting with concurrent writes; retry it.', {
        extensions: { code: 'WRITE_CONFLICT' },
      });
    });
  }

  private async attempt(
    spec: CommandSpec,
    context: CommandContext,
    fingerprint: string,
    fresh: boolean,
  ): Promise<CommandResult | 'version-conflict'> {
    const { decision, subject } = await spec.decide(fresh);
    if (!decision.ok && !fresh && decision.error.kind !== 'ValidationError') {
      return this.attempt(spec, context, fingerprint, true);
    }
    const commandId = recordKey(context);
    const record = (stored: StoredResult) =>
      commandId ? { commandId, commandType: spec.type, fingerprint, result: stored } : undefined;

    if (!decision.ok) return this.settle(decision.error, record(decision.error), spec.type, fingerprint);

    const appends = toAppends(decision, context, spec.type);
    if (appends.length === 0) {
      const accepted: CommandResult = {
        kind: 'CommandAccepted',
        id: decision.subjectId,
        version: subject.version,
        position: subject.position,
        events: [],
        streams: [],
      };
      return this.settle(accepted, record(toStoredResult(accepted)), spec.type, fingerprint);
    }

    const subjectWrite = appends.find((write) => write.streamId === decision.subjectStreamId);
    const version = subjectWrite
      ? subjectWrite.expectedVersion + subjectWrite.events.length
      : subject.version;
    const events = appends.flatMap((write) => write.events.map((event) => event.type));
    const pending: StoredResult = {
      kind: 'CommandAccepted',
      id: decision.subjectId,
      version,
      events,
      streams: storedStreams(appends),
    };
    const outcome = await this.store.append(appends, record(pending));
    switch (outcome.kind) {
      case 'appended':
        this.options.onAppended?.(appends, outcome.lastPosition);
        // Answered as a replay of its record would be, so a retry answers exactly the same.
        return fromStoredResult(pending, outcome.lastPosition);
      case 'duplicate-command':
        return replay(outcome.existing, spec.type, fingerprint);
      case 'version-conflict':
        return 'version-conflict';
    }
  }

  /** Keeps a result that wrote no events, so a retry of the same commandId answers the same. */
  private async settle(
    result: CommandResult,
    record: CommandRecord | undefined,
    commandType: string,
    fingerprint: string,
  ): Promise<CommandResult> {
    // Validation depends on the input alone, so a retry reaches the same answer without a record.
    if (!record || result.kind === 'ValidationError') return result;
    const outcome = await this.store.recordCommand(record);
    return outcome.kind === 'recorded' ? result : replay(outcome.existing, commandType, fingerprint);
  }
}

function replay(existing: StoredCommand, commandType: string, fingerprint: string): CommandResult {
  if (existing.commandType !== commandType || existing.fingerprint !== fingerprint) {
    return reusedCommandId();
  }
  return fromStoredResult(existing.result as StoredResult, existing.lastPosition);
}

function reusedCommandId(): DomainError {
  return {
    kind: 'ValidationError',
    message: 'This commandId was already used for a different command.',
    fields: [{ field: 'commandId', message: 'Already used for a different command; send a new commandId.' }],
  };
}

/**
 * Where a command's result is kept: its commandId within its caller's own, so the same id sent by
 * two users is two commands. The sub is encoded, so no pair of sub and id can meet another's key.
 */
function recordKey(context: CommandContext): string | undefined {
  if (!context.commandId) return undefined;
  return `${encodeURIComponent(context.actor.sub ?? '')}:${context.commandId}`;
}

function toAppends(decision: Extract<Decision, { ok: true }>, context: CommandContext, commandType: string) {
  const metadata = {
    actor: { sub: context.actor.sub ?? null, roles: [...context.actor.roles] },
    ...(context.commandId ? { commandId: context.commandId } : {}),
    correlationId: context.correlationId,
    causationId: context.commandId ?? context.correlationId,
    commandType,
    at: context.at,
    ...context.trace,
  };
  return decision.writes
    .filter((write) => write.events.length > 0)
    .map((write): StreamAppend => ({
      streamId: write.streamId,
      expectedVersion: write.expectedVersion,
      events: write.events.map((event) => ({
        eventId: randomUUID(),
        type: event.type,
        data: event.data,
        metadata: withSchemaVersion(metadata, event.type),
      })),
    }));
}

function backoff(attempt: number): Promise<void> {
  const ceilingMs = Math.min(2 ** attempt, 50);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceilingMs));
}
