import { isDomainEventType } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { SubscriberQueue } from '../runtime/subscriber-queue';
import { builder } from './builder';
import { EventPayloadUnion, payloadOf } from './event-payload';
import { EventTypeEnum } from './event-type';
import { schemaVersionField } from './schema-version-field';
import { followedTypes } from './event-type-filter';

/**
 * What of an event's metadata the feed shows: the actor and the correlation id. The rest was taken
 * from the request that caused it and stays on the server.
 */
function publicMetadata(metadata: unknown): { actor: unknown; correlationId: unknown } | null {
  if (typeof metadata !== 'object' || metadata === null) return null;
  const { actor, correlationId } = metadata as Record<string, unknown>;
  return { actor: actor ?? { sub: 'system', roles: [] }, correlationId: correlationId ?? null };
}

/** A feed no event can match: it yields nothing, and ends when the subscriber leaves. */
function nothing(): AsyncIterable<StoredEvent> {
  return new SubscriberQueue<StoredEvent>(1, () => {});
}

const EventRef = builder.objectRef<StoredEvent>('Event').implement({
  fields: (t) => ({
    id: t.exposeID('eventId', { description: "The event's own id, unique across the log." }),
    position: t.expose('position', { type: 'Position' }),
    streamId: t.exposeID('streamId'),
    version: t.exposeInt('version'),
    type: t.exposeString('type', { description: 'The type as the log names it, whatever it is.' }),
    eventType: t.field({
      type: EventTypeEnum,
      nullable: true,
      description: 'The type, when it is one this schema knows; null for any other the log holds.',
      resolve: (event) => (isDomainEventType(event.type) ? event.type : null),
    }),
    data: t.expose('data', {
      type: 'JSON',
      description: 'The data as the log holds it, untyped, at the schema version it was written at.',
    }),
    schemaVersion: t.field(schemaVersionField),
    payload: t.field({
      type: EventPayloadUnion,
      nullable: true,
      description:
        "The data, typed by eventType and upcast to its type's current schema version; null when eventType is, or when the data is not of its type's shape.",
      resolve: (event) => payloadOf(event),
    }),
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
      'types and eventTypes each keep the events of the types they name (left out or empty: any);',
      "given both, an event must match both. With streamId, the replay reads that stream's own index,",
      'not the log; with types or eventTypes alone, the index of those types: either costs what it',
      'replays, not the log. Replays at once are capped per connection and per gateway',
      '(TOO_MANY_REPLAYS past either). For operators.',
    ].join('\n'),
    authScopes: { operator: true },
    args: {
      after: t.arg({ type: 'Position' }),
      types: t.arg.stringList({ description: 'Types as the log names them, known here or not.' }),
      eventTypes: t.arg({ type: [EventTypeEnum] }),
      streamId: t.arg.id(),
    },
    subscribe: (_root, args, context) => {
      const types = followedTypes(args.types, args.eventTypes);
      if (types?.length === 0) return nothing();
      return context.feed.events(
        {
          after: args.after === null || args.after === undefined ? undefined : BigInt(args.after),
          ...(types ? { types } : {}),
          streamId: args.streamId ?? undefined,
        },
        context.transport,
      );
    },
    resolve: (event, _args, context) => {
      // One context serves the whole subscription: the products of an order's lines are read afresh.
      context.loaders.forget();
      return event;
    },
  }),
);
