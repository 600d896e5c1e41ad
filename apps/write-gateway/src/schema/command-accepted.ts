import { isDomainEventType } from '@sluice/domain';
import type { CommandAccepted, StreamWritten } from '../commands/command-result';
import { builder } from './builder';
import { EventTypeEnum } from './event-type';

const StreamWrittenRef = builder.objectRef<StreamWritten>('StreamWritten').implement({
  description: [
    'One stream a command appended to. The product or order on it reflects the command once its',
    'version is at least this version, or its position at least this position.',
  ].join(' '),
  fields: (t) => ({
    streamId: t.exposeID('streamId', {
      description: 'A product or order id, or sku:<SKU> for the stream that keeps a SKU unique.',
    }),
    version: t.exposeInt('version', { description: "The stream's version after the command." }),
    position: t.field({
      type: 'Position',
      description: 'Global position of the last event the command wrote to this stream.',
      resolve: (stream) => stream.position,
    }),
  }),
});

export const CommandAcceptedRef = builder.objectRef<CommandAccepted>('CommandAccepted').implement({
  description: [
    'A command that succeeded: where its events landed. A result, not an entity: id names the',
    'product or order it acted on, which several results share, so a normalizing cache should not',
    'key results by it. Select subjectId instead (or, with Apollo Client, set keyFields: false for',
    'CommandAccepted).',
  ].join(' '),
  fields: (t) => ({
    id: t.exposeID('id', {
      description: [
        'The product or order the command acted on (new for registerProduct and placeOrder).',
        'The same as subjectId; shared by every command on that product or order.',
      ].join(' '),
    }),
    subjectId: t.id({
      description: [
        'The product or order the command acted on (new for registerProduct and placeOrder),',
        'under a name a normalizing cache does not take for the key of this result.',
      ].join(' '),
      resolve: (accepted) => accepted.id,
    }),
    version: t.exposeInt('version', {
      description: "The version of the subject's own stream (subjectId) after the command.",
    }),
    position: t.field({
      type: 'Position',
      description: [
        'Global position of the last event written (on whichever stream it went to). Pass it as',
        'atLeast to the read side to read your own write.',
      ].join(' '),
      resolve: (accepted) => accepted.position,
    }),
    streams: t.field({
      type: [StreamWrittenRef],
      description: [
        'Every stream the command appended to, in the order written, each with its version and the',
        'position of its last event; empty when the command changed nothing. A product or order read',
        'or pushed from the read side reflects this command once its version is at least its',
        "stream's version, or its position at least its stream's position.",
      ].join(' '),
      resolve: (accepted) => accepted.streams,
    }),
    events: t.exposeStringList('events', { description: 'Types of the events written, in order.' }),
    eventTypes: t.field({
      type: [EventTypeEnum],
      description: 'The events written, in order, as EventType values: the same list as events.',
      resolve: (accepted) => accepted.events.filter(isDomainEventType),
    }),
  }),
});
