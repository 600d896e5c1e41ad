import type { RootField } from './operation-key';

/**
 * `events(after:)` first replays the log from where its subscriber left off, so its results
 * belong to that subscriber alone; every other subscription of the read gateway is live only.
 */
export function replaysPerSubscriber(field: RootField): boolean {
  return field.name === 'events' && field.args.after !== undefined && field.args.after !== null;
}
