export type { Db, Projection, AnyProjection, WrittenRows } from './projection';
export { plannedForItsValues } from './planned-for-its-values';
export { erase } from './projection';
export {
  Projector,
  PROJECTIONS_CHANNEL,
  type AppliedBatch,
  type Delivery,
  type ProjectorOptions,
} from './projector';
export { ProgressTracker, type ProjectionProgress } from './progress-tracker';
export { pgliteSession, postgresSession, type SqlSession } from './sql-session';
export { openPgliteProjections, openPostgresProjections, type OpenedProjections } from './open-projections';
export { productsProjection } from './products-projection';
export { ordersProjection, orderLinesOf } from './orders-projection';
export { salesProjection, emptySalesStats } from './sales-projection';
export { salesTimelineProjection, epochHourOf } from './sales-timeline-projection';
export { allProjections, projectionNames } from './all-projections';
export {
  checkpointsOf,
  projectionStatuses,
  type Checkpoint,
  type ProjectionStatus,
  type RecordedProgress,
} from './checkpoints';
export { describeError } from './describe-error';
export {
  DeadLetterError,
  type DeadLetterRefusal,
  retryDeadLetter,
  skipDeadLetter,
  type WhileNoProjectorRuns,
  waitingCounts,
  waitingDeadLetters,
  type DeadLetter,
} from './dead-letter-operations';
export { holdProjectorLock, whileNoProjectorRuns, type HeldProjectorLock } from './projector-lock';
export * from './schema';
export {
  forgetAbandonedRebuild,
  rebuildProjections,
  type RebuildOptions,
  type RebuildProgress,
  type RebuildResult,
} from './rebuild/rebuild';
export { RebuildError } from './rebuild/rebuild-lock';
export { rebuildPace, type RebuildPace } from './rebuild/rebuild-pace';
export { currentGenerations, staleProjections, type Generation } from './rebuild/generations';
export { SHADOW_SCHEMA, shadowExists } from './rebuild/shadow-tables';
export { resetProjections } from './reset-projections';
export { announceReadModelsChanged, READ_MODELS_CHANNEL } from './read-models-changed';
