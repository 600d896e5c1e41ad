import type { ExecutionResult } from 'graphql';

interface Flight {
  leader: object;
  answer: Promise<ExecutionResult | undefined>;
  settle(result: ExecutionResult | undefined): void;
}

/**
 * Misses of one key asked at once share one reading: the first request to miss leads, and the
 * others wait for its answer rather than each reading the models. Without it, every change of
 * the read models would send all the requests in flight to the database together, and under a
 * steady stream of writes their answers would come too late to be kept.
 */
export class SharedMisses {
  readonly #flights = new Map<string, Flight>();
  readonly #led = new WeakMap<object, string>();

  /** The answer of the request leading `key`, when one does; otherwise undefined. */
  awaited(key: string): Promise<ExecutionResult | undefined> | undefined {
    return this.#flights.get(key)?.answer;
  }

  /** `leader` reads for `key`: the others asking for it meanwhile wait for its answer. */
  lead(key: string, leader: object): void {
    let settle!: Flight['settle'];
    const answer = new Promise<ExecutionResult | undefined>((resolve) => (settle = resolve));
    this.#flights.set(key, { leader, answer, settle });
    this.#led.set(leader, key);
  }

  /** The answer read for `key`, kept or not: those waiting get it. */
  answered(key: string, result: ExecutionResult): void {
    this.#flights.get(key)?.settle(result);
    this.#flights.delete(key);
  }

  /** `leader`'s request is over: those still waiting for it read for themselves. */
  ended(leader: object): void {
    const key = this.#led.get(leader);
    if (key === undefined) return;
    this.#led.delete(leader);
    const flight = this.#flights.get(key);
    // Answered already, and maybe led by another since.
    if (flight?.leader !== leader) return;
    flight.settle(undefined);
    this.#flights.delete(key);
  }
}
