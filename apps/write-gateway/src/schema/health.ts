import { builder } from './builder';

const HealthRef = builder.objectRef<{ ok: boolean; head: bigint }>('Health').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    head: t.field({
      type: 'Position',
      description: 'Position of the newest committed event; "0" on an empty log.',
      resolve: (health) => health.head,
    }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: HealthRef,
    description: 'Liveness of the write side and the head of the event log. Anyone may ask.',
    authScopes: { public: true },
    resolve: async (_root, _args, context) => ({ ok: true, head: await context.store.head() }),
  }),
);
