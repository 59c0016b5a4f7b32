/**
 * The local stack's intake gate: every API request and every background run (vault worker,
 * export sweeps, erasure replay) passes through it. Closed, it holds new work at the door (the
 * client waits; nothing is refused) and `close()` resolves once the work already inside has
 * finished: from then until `open()`, nothing writes to any stand-in or to the chain. That is the
 * instant a backup copies (infra/local/snapshot.ts): every request acknowledged before it is
 * wholly in the copy, every request answered after it wholly out.
 *
 * The gate starts closed: the stack opens it only once the journaled erasures have been applied
 * (functions/vault/erase/erasure-replay.ts), so not a single request is served before.
 */
export class RequestGate {
  #inFlight = 0;
  #closed = true;
  #opened: Promise<void>;
  #open!: () => void;
  #drained: (() => void)[] = [];
  #shutDown = false;

  constructor() {
    this.#opened = new Promise((resolve) => (this.#open = resolve));
  }

  get closed(): boolean {
    return this.#closed;
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Runs `work` once the gate is open, counted as in flight until it settles. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    while (this.#closed && !this.#shutDown) await this.#opened;
    if (this.#shutDown) throw new Error('The local stack is stopping');
    this.#inFlight++;
    try {
      return await work();
    } finally {
      this.#inFlight--;
      if (this.#inFlight === 0) for (const resolve of this.#drained.splice(0)) resolve();
    }
  }

  /** Holds new work and resolves once what is in flight has finished. */
  async close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#opened = new Promise((resolve) => (this.#open = resolve));
    }
    if (this.#inFlight > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
  }

  /** The stack is stopping: held work is refused rather than let in (and nothing waits for it). */
  shutDown(): void {
    this.#shutDown = true;
    this.#open();
  }

  /** Lets the held work in. */
  open(): void {
    if (!this.#closed) return;
    this.#closed = false;
    this.#open();
  }
}
