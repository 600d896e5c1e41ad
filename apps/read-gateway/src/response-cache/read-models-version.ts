import { READ_MODELS_CHANNEL, type OpenedProjections, type ProjectionProgress } from '@sluice/projections';

/**
 * Names the state the read models are in, as far as this process knows: it changes with every
 * position the projections apply (this process's commits, and on PostgreSQL every other's by
 * LISTEN) and with every change that does not move the position (`changed`: a dead letter
 * retried, a rebuild's switch, a missed announcement). Two reads under the same version see the
 * same rows, or the second sees newer ones that were committed before their announcement came.
 */
export class ReadModelsVersion {
  #changes = 0;

  constructor(private readonly progress: Pick<ProjectionProgress, 'applied'>) {}

  /** Read-model rows changed, or may have, without the position moving. */
  changed(): void {
    this.#changes++;
  }

  /**
   * Takes every change announced on READ_MODELS_CHANNEL as one, and a reconnection too (one may
   * have been missed while the connection was down). Resolves to a stop.
   */
  followAnnouncements(projections: Pick<OpenedProjections, 'listen'>): Promise<() => Promise<void>> {
    return projections.listen(
      READ_MODELS_CHANNEL,
      () => this.changed(),
      () => this.changed(),
    );
  }

  current(): string {
    return `${this.progress.applied()}.${this.#changes}`;
  }
}
