import {
  allProjections,
  projectionNames,
  projectionStatuses,
  rebuildPace,
  waitingDeadLetters,
  type DeadLetter,
  type ProjectionStatus,
} from '@sluice/projections';
import { boundedSize } from '../connection/bounded-size';
import { secondsBehind } from '../seconds-behind';
import { builder } from './builder';

export const DeadLetterRef = builder.objectRef<DeadLetter>('DeadLetter').implement({
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

const RebuildPhaseRef = builder.enumType('RebuildPhase', {
  values: {
    CATCHING_UP: { value: 'catching up', description: 'Applying the log to the new generation.' },
    WRITING: { value: 'writing', description: 'Writing out the rows it applied in memory.' },
    INDEXING: { value: 'indexing', description: "Giving the new tables the live ones' indexes." },
    SWITCHING: {
      value: 'switching',
      description: 'Applying what came meanwhile and putting the new generation in place of the live one.',
    },
    SWITCHED: { value: 'switched', description: 'In place: the status shows it live at its next reading.' },
  } as const,
});

/** Events the rebuild has applied, and how long it took, as its process last recorded them. */
const progressOf = (building: Building) => ({
  events: building.progress?.events ?? 0,
  seconds: building.progress?.seconds ?? 0,
});

const ProjectionRebuildRef = builder.objectRef<Building>('ProjectionRebuild').implement({
  description:
    "A new generation of a projection's tables, being built from the log while the live one serves.",
  fields: (t) => ({
    generation: t.exposeInt('generation'),
    codeVersion: t.exposeInt('codeVersion', {
      description: "The version of the projection's code building it.",
    }),
    position: t.expose('position', {
      type: 'Position',
      description: 'The position it has applied (in memory at first, before it writes the rows out).',
    }),
    lag: t.field({
      type: 'SafeInt',
      description: 'Events in the log past its position: what it has left before it can switch.',
      resolve: (building, _args, context) => context.store.countAfter(building.position),
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    phase: t.field({
      type: RebuildPhaseRef,
      nullable: true,
      description: 'What it is doing, as its process last recorded it; null until it records anything.',
      resolve: (building) => building.progress?.phase ?? null,
    }),
    events: t.field({
      type: 'SafeInt',
      description: 'Events it has applied so far, as its process last recorded them (about once a second).',
      resolve: (building) => progressOf(building).events,
    }),
    eventsPerSecond: t.float({
      description: "Events applied per second since it started, as the CLI's progress bar shows it.",
      resolve: (building) => {
        const { events, seconds } = progressOf(building);
        return rebuildPace(events, seconds, 0).eventsPerSecond;
      },
    }),
    etaSeconds: t.float({
      nullable: true,
      description:
        'Seconds until it reaches the head at that rate (an estimate: the log grows meanwhile); null while it has applied nothing.',
      resolve: async (building, _args, context) => {
        const { events, seconds } = progressOf(building);
        return (
          rebuildPace(events, seconds, await context.store.countAfter(building.position)).etaSeconds ?? null
        );
      },
    }),
    progressAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When its process last recorded its progress: long ago, that process may have stopped (the next read side to start forgets it).',
      resolve: (building) => building.progress?.updatedAt ?? null,
    }),
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
    lagSeconds: t.float({
      description:
        'How far behind the log it is in time: the age in seconds of the oldest event past its position; 0 when it is current.',
      resolve: (checkpoint, _args, context) => secondsBehind(context.store, checkpoint.position),
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
