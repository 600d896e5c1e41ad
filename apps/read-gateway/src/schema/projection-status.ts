import { projectionNames } from '@sluice/projections';
import { checkpointsOf } from '../read-models/projection-checkpoints';
import type { CheckpointRow } from '../read-models/rows';
import { builder } from './builder';

const ProjectionStatusRef = builder.objectRef<CheckpointRow>('ProjectionStatus').implement({
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
  }),
});

builder.queryField('projections', (t) =>
  t.field({
    type: [ProjectionStatusRef],
    description:
      'Every projection with the position it has applied and how far it trails the log: for operators.',
    authScopes: { operator: true },
    resolve: (_root, _args, context) => checkpointsOf(context.db, projectionNames),
  }),
);
