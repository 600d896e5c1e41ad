import type { StoredEvent } from '@sluice/event-store';
import { builder } from './builder';

/**
 * What of an event's metadata the feed shows: the actor and the correlation id. The rest was taken
 * from the request that caused it and stays on the server.
 */
function publicMetadata(metadata: unknown): { actor: unknown; correlationId: unknown } | null {
  if (typeof metadata !== 'object' || metadata === null) return null;
  const { actor, correlationId } = metadata as Record<string, unknown>;
  return { actor: actor ?? { sub: 'system', roles: [] }, correlationId: correlationId ?? null };
}

const EventRef = builder.objectRef<StoredEvent>('Event').implement({
  fields: (t) => ({
    position: t.expose('position', { type: 'Position' }),
    streamId: t.exposeID('streamId'),
    version: t.exposeInt('version'),
    type: t.exposeString('type'),
    data: t.expose('data', { type: 'JSON' }),
    metadata: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Who caused the event (actor) and the correlation id of the request; nothing else a request sent.',
      resolve: (event) => publicMetadata(event.metadata),
    }),
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
      'For operators.',
    ].join('\n'),
    authScopes: { operator: true },
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
