import {
  allProjections,
  projectionNames,
  projectionStatuses,
  waitingDeadLetters,
  type DeadLetter,
  type ProjectionStatus,
} from '@sluice/projections';
import { boundedSize } from '../connection/bounded-size';
import { builder } from './builder';

const DeadLetterRef = builder.objectRef<DeadLetter>('DeadLetter').implement({
  description:
    'An event a projection could not apply after every attempt: it skipped that event, and the other projections applied it.',
  fields: (t) => ({
    id: t.id({ resolve: (letter) => `${letter.projection}:${letter.position}` }),
    projection: t.exposeString('projection', {
      description:
        'The projection that set it aside; "*" for one set aside by every projection, before each had its own.',
    }),
    position: t.expose('position', { type: 'Position' }),
    eventId: t.exposeString('eventId'),
    type: t.exposeString('type', { description: "The event's type." }),
    error: t.exposeString('error', { description: 'Why it failed, as the last attempt reported it.' }),
    attempts: t.exposeInt('attempts'),
    deadLetteredAt: t.expose('deadLetteredAt', { type: 'DateTime' }),
  }),
});

const ProjectionStateRef = builder.enumType('ProjectionState', {
  values: {
    LIVE: { description: 'Applying the log, with no dead letter waiting.' },
    FAILING: { description: 'Applying the log, with dead letters waiting for an operator.' },
    REBUILDING: {
      description:
        'Applying the log and serving, while a new generation is built beside it (no dead letter waiting).',
    },
  } as const,
});

type Building = NonNullable<ProjectionStatus['building']>;

const ProjectionRebuildRef = builder.objectRef<Building>('ProjectionRebuild').implement({
  description:
    "A new generation of a projection's tables, being built from the log while the live one serves.",
  fields: (t) => ({
    generation: t.exposeInt('generation'),
    codeVersion: t.exposeInt('codeVersion', {
      description: "The version of the projection's code building it.",
    }),
    position: t.expose('position', { type: 'Position', description: 'The position it has applied.' }),
    lag: t.field({
      type: 'SafeInt',
      description: 'Events in the log past its position: what it has left before it can switch.',
      resolve: (building, _args, context) => context.store.countAfter(building.position),
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
  }),
});

const codeVersions = new Map(allProjections.map((projection) => [projection.name, projection.version]));

const ProjectionStatusRef = builder.objectRef<ProjectionStatus>('ProjectionStatus').implement({
  fields: (t) => ({
    id: t.exposeID('name', { description: "The projection's name: each has one status." }),
    name: t.exposeString('name'),
    position: t.expose('position', { type: 'Position' }),
    lag: t.field({
      type: 'SafeInt',
      description: "Events in the log past this projection's position.",
      resolve: (checkpoint, _args, context) => context.store.countAfter(checkpoint.position),
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
    state: t.field({
      type: ProjectionStateRef,
      resolve: (status) => (status.waiting > 0 ? 'FAILING' : status.building ? 'REBUILDING' : 'LIVE'),
    }),
    generation: t.exposeInt('generation', {
      description:
        "The generation of the projection's tables serving now: each rebuild's switch makes a new one.",
    }),
    codeVersion: t.int({
      nullable: true,
      description:
        "The version of the projection's code that built the live generation; null until it is recorded, at the projection's first start.",
      resolve: (status) => status.live?.codeVersion ?? null,
    }),
    stale: t.boolean({
      description:
        "Whether the live generation was built by another version of the projection's code than this gateway runs: a rebuild to it starts with the read side.",
      resolve: (status) =>
        status.live !== undefined && status.live.codeVersion !== codeVersions.get(status.name),
    }),
    rebuild: t.field({
      type: ProjectionRebuildRef,
      nullable: true,
      description: 'The generation being built beside the live one, if a rebuild is under way.',
      resolve: (status) => status.building ?? null,
    }),
    deadLetterCount: t.int({
      description: 'Dead letters of this projection waiting for an operator.',
      resolve: (status) => status.waiting,
    }),
    deadLetters: t.field({
      type: [DeadLetterRef],
      description:
        'Its dead letters waiting for an operator, newest first; limit is 20 when left out, at most 100.',
      args: { limit: t.arg.int() },
      resolve: (checkpoint, args, context) =>
        waitingDeadLetters(context.db, {
          projection: checkpoint.name,
          limit: boundedSize(args.limit, 'limit', 20),
        }),
    }),
  }),
});

builder.queryField('projections', (t) =>
  t.field({
    type: [ProjectionStatusRef],
    description:
      'Every projection with the position it has applied, how far it trails the log, and its dead letters: for operators.',
    authScopes: { operator: true },
    resolve: (_root, _args, context) => projectionStatuses(context.db, projectionNames),
  }),
);
