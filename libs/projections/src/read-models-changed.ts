import type { RawQuery } from '@sluice/event-store';

/**
 * Where a change to read-model rows that does not move the projections' position is announced: a
 * dead letter retried or skipped, a rebuild's switch, a reset. Read gateways that keep answers
 * for as long as the read models stand still (see the read gateway's response cache) listen here.
 */
export const READ_MODELS_CHANNEL = 'sluice_read_models';

/** Announces, when `tx` commits, that read-model rows changed without the position moving. */
export async function announceReadModelsChanged(tx: RawQuery): Promise<void> {
  await tx(`select pg_notify('${READ_MODELS_CHANNEL}', '')`, []);
}
