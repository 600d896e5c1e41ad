/** How fast a rebuild goes, and when it should be done at that pace. */
export interface RebuildPace {
  /** Events applied per second since it started. */
  eventsPerSecond: number;
  /** Seconds until it reaches the head at that rate; undefined while it has applied nothing. */
  etaSeconds: number | undefined;
}

/**
 * The pace of a rebuild that applied `events` in `seconds` and has `remaining` events to go (the
 * log grows meanwhile: an estimate, as the CLI's bar shows it and the ops page).
 */
export function rebuildPace(events: number, seconds: number, remaining: number): RebuildPace {
  const eventsPerSecond = events / Math.max(seconds, 0.001);
  return {
    eventsPerSecond,
    etaSeconds: remaining <= 0 ? 0 : eventsPerSecond > 0 ? remaining / eventsPerSecond : undefined,
  };
}
