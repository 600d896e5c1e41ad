import type { StoredEvent } from '@sluice/event-store';
import { builder } from './builder';

const EventRef = builder.objectRef<StoredEvent>('Event').implement({
  fields: (t) => ({
    position: t.expose('position', { type: 'Position' }),
    streamId: t.exposeID('streamId'),
    version: t.exposeInt('version'),
    type: t.exposeString('type'),
    data: t.expose('data', { type: 'JSON' }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

builder.subscriptionField('events', (t) =>
  t.field({
    type: EventRef,
    description: [
      'The raw event log, in position order, without gaps or repeats. With after, it first',
      'replays every event past that position, then continues live: a client that',
      'reconnects with the last position it saw misses nothing. Without after, it starts live.',
    ].join('\n'),
    args: {
      after: t.arg({ type: 'Position' }),
      types: t.arg.stringList(),
      streamId: t.arg.id(),
    },
    subscribe: (_root, args, context) =>
      context.feed.events(
        {
          after: args.after === null || args.after === undefined ? undefined : BigInt(args.after),
          types: args.types ?? undefined,
          streamId: args.streamId ?? undefined,
        },
        context.transport,
      ),
    resolve: (event) => event,
  }),
);
