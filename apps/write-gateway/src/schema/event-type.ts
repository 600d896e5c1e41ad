import { eventTypeEnumOptions } from '@sluice/gateway';
import { builder } from './builder';

export const EventTypeEnum = builder.enumType('EventType', eventTypeEnumOptions);
