import { isTransientDatabaseError } from '@sluice/event-store';
import { DeadLetterError, describeError, projectionNames } from '@sluice/projections';
import { builder } from './builder';
import type { ReadContext } from './read-context';

/** What became of an operator's retry or skip, one-to-one with the result unions below. */
type Outcome =
  | { kind: 'DeadLetterResolved'; projection: string; position: bigint; resolution: 'RETRIED' | 'SKIPPED' }
  | { kind: 'DeadLetterNotWaitingError'; projection: string; position: bigint; message: string }
  | { kind: 'DeadLetterRetryFailedError'; projection: string; position: bigint; message: string }
  | { kind: 'DeadLetterRetryRefusedError'; message: string }
  | {
      kind: 'DeadLetterRetryOutOfOrderError';
      projection: string;
      position: bigint;
      laterPosition: bigint;
      message: string;
    };

type OutcomeOf<K extends Outcome['kind']> = Extract<Outcome, { kind: K }>;
type Failure = Exclude<Outcome, Resolved>;

/** The projections a dead letter can be of. */
const letterProjections = new Set(projectionNames);

// Not `Error`: that is the write gateway's, and a client that merges both gateways' generated
// possibleTypes (as the README shows for Apollo) would lose one of the two lists.
const ErrorInterface = builder.interfaceRef<Failure>('DeadLetterActionError').implement({
  description:
    'Why a retry or skip of a dead letter did not happen, told so that the operator can act on it.',
  fields: (t) => ({ message: t.exposeString('message') }),
  resolveType: (failure) => failure.kind,
});

const ResolutionEnum = builder.enumType('DeadLetterResolution', {
  values: {
    RETRIED: { description: 'Applied with the code running now.' },
    SKIPPED: { description: 'Let go: the projection goes on without the event.' },
  } as const,
});

const DeadLetterResolvedRef = builder
  .objectRef<OutcomeOf<'DeadLetterResolved'>>('DeadLetterResolved')
  .implement({
    description: 'A dead letter retried or skipped: it waits for an operator no more.',
    fields: (t) => ({
      projection: t.exposeString('projection'),
      position: t.expose('position', { type: 'Position' }),
      resolution: t.field({ type: ResolutionEnum, resolve: (outcome) => outcome.resolution }),
    }),
  });

const NotWaitingRef = builder
  .objectRef<OutcomeOf<'DeadLetterNotWaitingError'>>('DeadLetterNotWaitingError')
  .implement({
    description:
      'No dead letter of that projection waits at that position: there never was one, or an operator retried or skipped it already.',
    interfaces: [ErrorInterface],
    fields: (t) => ({
      projection: t.exposeString('projection'),
      position: t.expose('position', { type: 'Position' }),
    }),
  });

const RetryFailedRef = builder
  .objectRef<OutcomeOf<'DeadLetterRetryFailedError'>>('DeadLetterRetryFailedError')
  .implement({
    description:
      'The projection failed on the event again (message says how): nothing changed, and the dead letter keeps waiting. Deploy a fix first, or skip it.',
    interfaces: [ErrorInterface],
    fields: (t) => ({
      projection: t.exposeString('projection'),
      position: t.expose('position', { type: 'Position' }),
    }),
  });

const RetryRefusedRef = builder
  .objectRef<OutcomeOf<'DeadLetterRetryRefusedError'>>('DeadLetterRetryRefusedError')
  .implement({
    description:
      "A retry must apply its event while no projector applies events beside it: this read gateway is still catching up, or other read gateways apply events to the same database (stop them, then retry here or with 'npx sluice dead-letters retry'), or events were applied or dead letters resolved while the retry was being checked (retry again).",
    interfaces: [ErrorInterface],
    fields: () => ({}),
  });

const OutOfOrderRef = builder
  .objectRef<OutcomeOf<'DeadLetterRetryOutOfOrderError'>>('DeadLetterRetryOutOfOrderError')
  .implement({
    description:
      "The projection applied a later event (laterPosition) that changed rows this one changes too: applied now, the older event would undo it, so nothing changed and the dead letter keeps waiting. Rebuild the projection instead ('npx sluice projections rebuild <name>'): the new generation applies every event in its place, and its own dead letters take the place of these.",
    interfaces: [ErrorInterface],
    fields: (t) => ({
      projection: t.exposeString('projection'),
      position: t.expose('position', { type: 'Position' }),
      laterPosition: t.expose('laterPosition', { type: 'Position' }),
    }),
  });

const RetryResultUnion = builder.unionType('RetryDeadLetterResult', {
  types: [DeadLetterResolvedRef, NotWaitingRef, RetryFailedRef, RetryRefusedRef, OutOfOrderRef],
  resolveType: (outcome) => outcome.kind,
});

const SkipResultUnion = builder.unionType('SkipDeadLetterResult', {
  types: [DeadLetterResolvedRef, NotWaitingRef],
  resolveType: (outcome) => outcome.kind,
});

type NotWaiting = OutcomeOf<'DeadLetterNotWaitingError'>;
type Resolved = OutcomeOf<'DeadLetterResolved'>;

const notWaiting = (projection: string, position: bigint, message: string): NotWaiting => ({
  kind: 'DeadLetterNotWaitingError',
  projection,
  position,
  message,
});

/** A name no projection has: answered before the database is asked anything. */
function unknownProjection(projection: string, position: bigint): NotWaiting | undefined {
  if (letterProjections.has(projection)) return undefined;
  return notWaiting(
    projection,
    position,
    `no projection is called ${JSON.stringify(projection)}: it is one of ${projectionNames.join(', ')}`,
  );
}

function resolved(
  context: ReadContext,
  projection: string,
  position: bigint,
  resolution: Resolved['resolution'],
): Resolved {
  context.logger.info(resolution === 'RETRIED' ? 'dead letter retried' : 'dead letter skipped', {
    projection,
    position: String(position),
  });
  return { kind: 'DeadLetterResolved', projection, position, resolution };
}

async function retryLetter(context: ReadContext, projection: string, position: bigint): Promise<Outcome> {
  const unknown = unknownProjection(projection, position);
  if (unknown) return unknown;
  try {
    await context.deadLetters.retry(projection, position);
  } catch (error) {
    if (error instanceof DeadLetterError) return refused(error, projection, position);
    // A lost connection is nobody's failure to retry: it is masked and logged like any other.
    if (isTransientDatabaseError(error)) throw error;
    return {
      kind: 'DeadLetterRetryFailedError',
      projection,
      position,
      message: `${projection} failed on the event at ${position} again: ${describeError(error)}`,
    };
  }
  return resolved(context, projection, position, 'RETRIED');
}

function refused(error: DeadLetterError, projection: string, position: bigint): Failure {
  switch (error.refusal) {
    case 'projectors running':
      return { kind: 'DeadLetterRetryRefusedError', message: error.message };
    case 'later events depend':
      return {
        kind: 'DeadLetterRetryOutOfOrderError',
        projection,
        position,
        laterPosition: error.laterPosition!,
        message: error.message,
      };
    case 'not waiting':
      return notWaiting(projection, position, error.message);
  }
}

async function skipLetter(
  context: ReadContext,
  projection: string,
  position: bigint,
): Promise<Resolved | NotWaiting> {
  const unknown = unknownProjection(projection, position);
  if (unknown) return unknown;
  try {
    await context.deadLetters.skip(projection, position);
  } catch (error) {
    if (error instanceof DeadLetterError) return notWaiting(projection, position, error.message);
    throw error;
  }
  return resolved(context, projection, position, 'SKIPPED');
}

builder.mutationField('retryDeadLetter', (t) =>
  t.field({
    type: RetryResultUnion,
    description:
      "For operators: applies a dead letter's event to the projection that set it aside, with the code this read gateway runs (after a fix), on top of what it applied since; the dead letter waits no more. Refused when the projection applied a later event that changed the same rows (rebuild it instead), and while other read gateways apply events to the same database.",
    authScopes: { operator: true },
    args: {
      projection: t.arg.string({
        required: true,
        description: 'The projection that set it aside, as DeadLetter.projection names it.',
      }),
      position: t.arg({ type: 'Position', required: true, description: "The event's position in the log." }),
    },
    resolve: (_root, { projection, position }, context) => retryLetter(context, projection, BigInt(position)),
  }),
);

builder.mutationField('skipDeadLetter', (t) =>
  t.field({
    type: SkipResultUnion,
    description:
      'For operators: lets a dead letter go; the projection stays past the event, without it, and the dead letter waits no more.',
    authScopes: { operator: true },
    args: {
      projection: t.arg.string({
        required: true,
        description: 'The projection that set it aside, as DeadLetter.projection names it.',
      }),
      position: t.arg({ type: 'Position', required: true, description: "The event's position in the log." }),
    },
    resolve: (_root, { projection, position }, context) => skipLetter(context, projection, BigInt(position)),
  }),
);
