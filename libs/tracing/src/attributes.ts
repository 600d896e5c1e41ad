/**
 * The attribute names of OpenTelemetry's semantic conventions that are still incubating
 * (messaging, GraphQL), copied as its docs advise rather than imported from the incubating entry,
 * which may change them in a minor release. Stable ones are imported from
 * @opentelemetry/semantic-conventions where they are used.
 */
export const MESSAGING_SYSTEM = 'messaging.system';
export const MESSAGING_DESTINATION_NAME = 'messaging.destination.name';
export const MESSAGING_OPERATION_TYPE = 'messaging.operation.type';
export const MESSAGING_OPERATION_NAME = 'messaging.operation.name';
export const MESSAGING_MESSAGE_ID = 'messaging.message.id';
export const MESSAGING_BATCH_MESSAGE_COUNT = 'messaging.batch.message_count';
export const GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
export const GRAPHQL_OPERATION_NAME = 'graphql.operation.name';

/** Sluice's own: where in the log a span's events are, and what it did. */
export const SLUICE_POSITION = 'sluice.position';
export const SLUICE_LAST_POSITION = 'sluice.position.last';
export const SLUICE_EVENT_TYPE = 'sluice.event.type';
export const SLUICE_EVENT_COUNT = 'sluice.events';
export const SLUICE_COMMAND_TYPE = 'sluice.command.type';
