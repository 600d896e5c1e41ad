import type { EncodedAppend } from './encode-append';
import { MAX_EVENTS_PER_APPEND } from './encode-append';

/** What became of one append in its batch. */
export type BatchOutcome =
  | { kind: 'appended'; lastPosition: bigint; previousPosition: bigint | null }
  | { kind: 'duplicate-command' }
  | { kind: 'version-conflict' };

/** Writes a batch of appends in one transaction: one outcome per append, in order. */
export type WriteBatch = (batch: readonly EncodedAppend[]) => Promise<BatchOutcome[]>;

export interface GroupCommitOptions {
  /** Batches written at once; appends that come meanwhile wait and go in the next. @default 1 */
  inFlight?: number;
  /** Events in one batch: positions leave room for 65,536 per transaction. */
  maxEvents?: number;
}

interface Waiting {
  append: EncodedAppend;
  resolve: (outcome: BatchOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: an append that comes while a batch is being written waits for it, and goes with
 * every other that came meanwhile as the next batch, one transaction and one commit for all. Each
 * append is still checked and answered on its own (see sluice_append_batch), and only after its
 * batch committed.
 *
 * A batch starts at the end of the event loop's turn (setImmediate), not on a timer: an append
 * alone waits for nothing but the callbacks already due. Those are what let the other requests
 * read in the same turn reach their appends and join it. On PGlite that is the whole of group
 * commit: the engine runs on this thread, so nothing can join a batch while it is written, and a
 * batch started at once would hold one append each time (bench/README, "Group commit on the
 * embedded default").
 */
export class GroupCommit {
  readonly #write: WriteBatch;
  readonly #inFlight: number;
  readonly #maxEvents: number;
  #waiting: Waiting[] = [];
  #writing = 0;
  #starting = false;

  constructor(write: WriteBatch, options: GroupCommitOptions = {}) {
    this.#write = write;
    this.#inFlight = options.inFlight ?? 1;
    this.#maxEvents = options.maxEvents ?? MAX_EVENTS_PER_APPEND;
  }

  append(append: EncodedAppend): Promise<BatchOutcome> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ append, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    if (this.#starting || this.#writing >= this.#inFlight || this.#waiting.length === 0) return;
    this.#starting = true;
    setImmediate(() => {
      this.#starting = false;
      this.#start();
    });
  }

  #start(): void {
    while (this.#writing < this.#inFlight && this.#waiting.length > 0) {
      const batch = this.#take();
      this.#writing++;
      void this.#writeBatch(batch).finally(() => {
        this.#writing--;
        this.#next();
      });
    }
  }

  /** The waiting appends, oldest first, up to the batch's room in events (at least one). */
  #take(): Waiting[] {
    let events = 0;
    let count = 0;
    for (const { append } of this.#waiting) {
      if (count > 0 && events + append.eventCount > this.#maxEvents) break;
      events += append.eventCount;
      count++;
    }
    return this.#waiting.splice(0, count);
  }

  async #writeBatch(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.#write(batch.map(({ append }) => append));
      batch.forEach((waiting, index) => waiting.resolve(outcomes[index]!));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
    }
  }
}
