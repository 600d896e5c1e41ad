import { secondsBehind } from '../seconds-behind';
import { builder } from './builder';

/** The relay's checkpoint as the log holds it, with the head read alongside. */
interface RelayCheckpoint {
  head: bigint;
  position: bigint;
}

/** The write side's relay saves this checkpoint (see Relay in @sluice/messaging). */
const RELAY_CHECKPOINT = 'relay';

const RelayStatusRef = builder.objectRef<RelayCheckpoint>('RelayStatus').implement({
  description:
    "How far the relay has carried the log to the bus, from its checkpoint in the log's database: whichever write gateway leads the relay saves it at least once a second while it publishes.",
  fields: (t) => ({
    head: t.expose('head', { type: 'Position', description: 'The newest position in the log.' }),
    position: t.expose('position', {
      type: 'Position',
      description: 'The position up to which the bus has confirmed everything, as last saved.',
    }),
    lag: t.field({
      type: 'SafeInt',
      description: 'Events in the log the relay has not published yet, as of its saved position.',
      resolve: (relay, _args, context) => context.store.countAfter(relay.position),
    }),
    lagSeconds: t.float({
      description:
        'The age in seconds of the oldest event it has not published yet, as of its saved position; 0 when it is current.',
      resolve: (relay, _args, context) => secondsBehind(context.store, relay.position),
    }),
  }),
});

builder.queryField('relay', (t) =>
  t.field({
    type: RelayStatusRef,
    description:
      'How far the relay has published the log to the bus, and how far it trails it: for operators.',
    authScopes: { operator: true },
    resolve: async (_root, _args, context) => {
      const [head, position] = await Promise.all([
        context.store.head(),
        context.store.loadCheckpoint(RELAY_CHECKPOINT),
      ]);
      return { head, position };
    },
  }),
);
