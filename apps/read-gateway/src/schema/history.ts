import { hasRole, visibleCustomer, type Caller } from '@sluice/auth';
import { isDomainEventType } from '@sluice/domain';
import type { StoredEvent } from '@sluice/event-store';
import { badUserInput } from '../bad-user-input';
import { connectionOf } from '../connection/connection';
import { pageRequest } from '../connection/page-request';
import { builder } from './builder';
import { connectionType } from './connection-type';
import { EventPayloadUnion, payloadOf } from './event-payload';
import { EventTypeEnum } from './event-type';
import { schemaVersionField } from './schema-version-field';
import type { ReadContext } from './read-context';

interface Actor {
  sub: string;
  roles: string[];
}

interface CommandCause {
  name: string;
  commandId: string | null;
}

/** What a customer reading their order's history sees of who else acted on it: not who. */
const OTHER_CALLER = 'staff';

/** The sub an event's metadata records; undefined for events written without one. */
function recordedSub(event: StoredEvent): string | undefined {
  const actor = event.metadata.actor as { sub?: unknown } | undefined;
  return typeof actor?.sub === 'string' ? actor.sub : undefined;
}

/** Whether `caller` may see who caused `event`: operators always, anyone else their own acts. */
function maySeeWho(event: StoredEvent, caller: Caller): boolean {
  return hasRole(caller, 'operator') || (caller.sub !== undefined && recordedSub(event) === caller.sub);
}

/**
 * Who an event's metadata says caused it; "system" for events written without one. A customer
 * reading their order's history sees "staff" for someone else (an operator who shipped it): a
 * staff member's sub can be their account at the identity provider, an email address say.
 */
function actorOf(event: StoredEvent, caller: Caller): Actor {
  const actor = event.metadata.actor as { roles?: unknown } | undefined;
  const recorded = recordedSub(event);
  const sub = recorded === undefined ? 'system' : maySeeWho(event, caller) ? recorded : OTHER_CALLER;
  const roles = Array.isArray(actor?.roles) ? actor.roles.filter((role) => typeof role === 'string') : [];
  return { sub, roles };
}

/** The command an event came of; its commandId, sent by its caller, only to them and operators. */
function commandOf(event: StoredEvent, caller: Caller): CommandCause | null {
  const { commandType, commandId } = event.metadata;
  if (typeof commandType !== 'string') return null;
  const shown = typeof commandId === 'string' && maySeeWho(event, caller) ? commandId : null;
  return { name: commandType, commandId: shown };
}

const ActorRef = builder.objectRef<Actor>('Actor').implement({
  description: 'Who caused an event: the subject of the token it came with, and its roles then.',
  fields: (t) => ({
    sub: t.exposeString('sub', {
      description:
        '"system" for events no caller caused; to a customer, "staff" for events someone else caused.',
    }),
    roles: t.exposeStringList('roles'),
  }),
});

const CommandCauseRef = builder.objectRef<CommandCause>('CommandCause').implement({
  description: 'The command an event was decided by.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The mutation, e.g. placeOrder.' }),
    commandId: t.exposeID('commandId', {
      nullable: true,
      description: 'The commandId it was sent with; null to a customer for commands someone else sent.',
    }),
  }),
});

const HistoryEventRef = builder.objectRef<StoredEvent>('HistoryEvent').implement({
  description: 'One event of an entity, as the log recorded it: what, when, who and why.',
  fields: (t) => ({
    id: t.exposeID('eventId'),
    type: t.exposeString('type'),
    eventType: t.field({
      type: EventTypeEnum,
      nullable: true,
      resolve: (event) => (isDomainEventType(event.type) ? event.type : null),
    }),
    version: t.exposeInt('version', { description: "The event's place in its stream, from 1." }),
    position: t.expose('position', { type: 'Position' }),
    recordedAt: t.expose('occurredAt', { type: 'DateTime' }),
    actor: t.field({ type: ActorRef, resolve: (event, _args, context) => actorOf(event, context.caller) }),
    command: t.field({
      type: CommandCauseRef,
      nullable: true,
      resolve: (event, _args, context) => commandOf(event, context.caller),
    }),
    data: t.expose('data', {
      type: 'JSON',
      description: 'The data as it was recorded, at the schema version it was written at.',
    }),
    schemaVersion: t.field(schemaVersionField),
    payload: t.field({
      type: EventPayloadUnion,
      nullable: true,
      description: "The data, typed and upcast to its type's current schema version.",
      resolve: (event) => payloadOf(event),
    }),
  }),
});

const HistoryConnectionRef = connectionType('History', HistoryEventRef);

/** A history's cursors are versions: unique and ordered within the stream. */
const versionOf = (event: StoredEvent) => BigInt(event.version);

/** A stream's versions are int4 in the log. */
const MAX_VERSION = 2n ** 31n - 1n;

/** The stream one of the arguments names; exactly one must be given. */
function streamOf(args: { streamId?: string | null; productId?: string | null; orderId?: string | null }) {
  const given = [args.streamId, args.productId, args.orderId].filter((id) => id !== null && id !== undefined);
  if (given.length !== 1) throw badUserInput('history takes exactly one of streamId, productId and orderId.');
  return String(given[0]);
}

/** The event every product's stream, and every order's, opens with. */
const openedBy = { productId: 'ProductRegistered', orderId: 'OrderPlaced' } as const;

/**
 * Whether the stream is of the kind its argument names and the caller may read it: an order's id
 * given as a product's (or the reverse) reads as a stream that does not exist, as it does to the
 * mutations, and a customer reads their own orders only (operators any).
 */
async function mayRead(
  context: ReadContext,
  streamId: string,
  args: { productId?: string | null; orderId?: string | null },
): Promise<boolean> {
  const kind = args.productId != null ? 'productId' : args.orderId != null ? 'orderId' : undefined;
  if (kind === undefined) return true;
  const visible = kind === 'orderId' ? visibleCustomer(context.caller) : undefined;
  if (visible === null) return false;
  const [first] = await context.store.readStreamPage(streamId, { limit: 1, newestFirst: false });
  if (first === undefined) return true;
  if (first.type !== openedBy[kind]) return false;
  const data = first.data as { customerId?: unknown } | undefined;
  return visible === undefined || data?.customerId === visible;
}

builder.queryField('history', (t) =>
  t.field({
    type: HistoryConnectionRef,
    description: [
      "An entity's events, newest first unless oldestFirst: the audit trail of a product, an order",
      'or any stream. Read from the stream alone, never the whole log. Operators read any; a',
      "customer reads their own orders' (another's answers as empty). An order's id given as productId,",
      "or a product's as orderId, answers as empty, as an unknown id does.",
    ].join(' '),
    authScopes: (_root, args) => (args.orderId ? { operator: true, customer: true } : { operator: true }),
    args: {
      streamId: t.arg.id(),
      productId: t.arg.id(),
      orderId: t.arg.id(),
      first: t.arg.int({ description: 'Page size: 20 when left out, at most 100.' }),
      after: t.arg.string(),
      oldestFirst: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, args, context) => {
      const streamId = streamOf(args);
      const page = pageRequest(args);
      if (!(await mayRead(context, streamId, args)))
        return connectionOf(page, [], versionOf, () => Promise.resolve(0));
      const newestFirst = !args.oldestFirst;
      if (page.after !== undefined && page.after > MAX_VERSION)
        throw badUserInput('after is not a cursor of this list.');
      const from = page.after === undefined ? undefined : Number(page.after);
      const events = await context.store.readStreamPage(streamId, {
        from,
        limit: page.size + 1,
        newestFirst,
      });
      return connectionOf(page, events, versionOf, () => context.store.streamVersion(streamId));
    },
  }),
);
