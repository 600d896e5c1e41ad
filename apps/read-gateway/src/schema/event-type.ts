import { domainEventTypes, eventTypeDescriptions, type DomainEventType } from '@sluice/domain';
import { builder } from './builder';

const values = Object.fromEntries(
  domainEventTypes.map((type) => [type, { description: eventTypeDescriptions[type] }]),
) as Record<DomainEventType, { description: string }>;

/** The domain's event types, as the write gateway's EventType has them too. */
export const EventTypeEnum = builder.enumType('EventType', {
  description: 'The type of an event the domain writes, named as the log names it.',
  values,
});
