import type { ProjectionProgress } from '@sluice/projections';

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

  current(): string {
    return `${this.progress.applied()}.${this.#changes}`;
  }
}
