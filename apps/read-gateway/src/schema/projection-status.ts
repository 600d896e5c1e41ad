import {
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
  } as const,
});

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
      resolve: (status) => (status.waiting > 0 ? 'FAILING' : 'LIVE'),
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
