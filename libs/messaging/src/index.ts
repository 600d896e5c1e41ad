export type { EventBus, EventEnvelope, EnvelopeHandler } from './event-bus';
export { InProcessBus, type DeadLetter } from './in-process-bus';
export {
  RabbitMqBus,
  rabbitMqNames,
  defaultRabbitMqNames,
  type RabbitMqBusOptions,
  type RabbitMqNames,
  type RabbitMqQueueType,
} from './rabbitmq-bus';
export { encodeEnvelope, decodeEnvelope } from './envelope-codec';
export { Relay, type RelayOptions } from './relay';
export { runAsLeader, type Leadership, type LeadershipOptions } from './advisory-lock-leadership';
export { WakeSignal } from './wake-signal';
export { inConsumeSpan } from './consume-span';
