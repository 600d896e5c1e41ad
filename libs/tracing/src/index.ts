export type { Tracing } from './tracing';
export { openTracing } from './open-tracing';
export { carrierOf, contextOf, recordedCarrier, type TraceCarrier } from './trace-carrier';
export { linksTo } from './span-links';
export { inSpan, failed } from './in-span';
export * from './attributes';
export { inBatchSpan } from './batch-span';
