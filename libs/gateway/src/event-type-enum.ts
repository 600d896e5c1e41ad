import { domainEventTypes, eventTypeDescriptions, type DomainEventType } from '@sluice/domain';

const values = Object.fromEntries(
  domainEventTypes.map((type) => [type, { description: eventTypeDescriptions[type] }]),
) as Record<DomainEventType, { description: string }>;

/** The `EventType` enum both gateways serve: the domain's event types, named as the log names them. */
export const eventTypeEnumOptions = {
  description: 'The type of an event the domain writes, named as the log names it.',
  values,
};
