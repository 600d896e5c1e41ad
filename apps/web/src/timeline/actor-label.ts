import type { TimelineEvent } from './timeline-event';

/** Who did it: "ada (customer)", "dev-operator (operator)", or "system" for no caller. */
export function actorLabel(actor: TimelineEvent['actor']): string {
  return actor.roles.length === 0 ? actor.sub : `${actor.sub} (${actor.roles.join(', ')})`;
}
