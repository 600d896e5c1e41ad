/**
 * Turns of the event loop for one kind of statement on PGlite. PGlite runs each statement
 * synchronously in WASM, and the promises around it resolve as microtasks: statements queued one
 * after another keep the loop from its I/O while they last, so the server neither accepts
 * connections nor reads requests meanwhile (bench/README, "Why reads afresh on the embedded
 * default have a p99 of seconds"). A statement run through `run` waits for a turn once the loop
 * has been held `budgetMs` since it last turned. Others (the relay's, the projector's, the
 * pushes') never wait, so a command's path, once started, is not put behind new requests.
 */
export class LoopTurns {
  #heldSince: number | undefined;
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly budgetMs = 2) {}

  /** Undefined when the statement may run now; else a promise of the next turn of the loop. */
  before(): Promise<void> | undefined {
    if (this.#heldSince === undefined) {
      this.#heldSince = performance.now();
      // The loop's next turn ends the hold; while microtasks keep it from turning, this waits.
      setImmediate(() => (this.#heldSince = undefined));
      return undefined;
    }
    if (performance.now() - this.#heldSince <= this.budgetMs) return undefined;
    return new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * Runs `statement` after the statements given before it, once the loop may be held again:
   * asked when it is its turn to run, not when it was given (many given at once would otherwise
   * all pass and run back to back), and again after each turn it waited for.
   */
  async run<T>(statement: () => Promise<T>): Promise<T> {
    const previous = this.#queue;
    let done!: () => void;
    this.#queue = new Promise((resolve) => (done = resolve));
    try {
      await previous;
      for (let turn = this.before(); turn; turn = this.before()) await turn;
      return await statement();
    } finally {
      done();
    }
  }
}
