/**
 * Runs what it is given one at a time, in order: the projector's deliveries and a dead letter's
 * retry take turns, so that the retry runs while this process's projector applies nothing.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const turn = this.last.then(work);
    this.last = turn.catch(() => undefined);
    return turn;
  }
}
