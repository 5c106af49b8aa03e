interface Waiter {
  grant: () => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/** Releases a slot taken with `acquire`; calling it twice is harmless. */
export type ReleaseSlot = () => void;

/**
 * A first-in, first-out semaphore: at most `limit` holders at once. Waiting can be cut short by an
 * `AbortSignal`, which rejects with the signal's reason and gives up the place in line.
 */
export class ConcurrencyLimiter {
  readonly limit: number;
  #active = 0;
  readonly #queue: Waiter[] = [];

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Holders right now. */
  get active(): number {
    return this.#active;
  }

  /** Callers waiting for a slot. */
  get waiting(): number {
    return this.#queue.length;
  }

  /** Takes a slot at once when one is free (and nobody is waiting), else returns `null`. */
  tryAcquire(): ReleaseSlot | null {
    if (this.#active >= this.limit || this.#queue.length > 0) return null;
    this.#active++;
    return this.#releaser();
  }

  acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    const release = this.tryAcquire();
    if (release !== null) return Promise.resolve(release);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener("abort", waiter.onAbort);
          resolve(this.#releaser());
        },
        signal,
        onAbort: () => {
          const index = this.#queue.indexOf(waiter);
          if (index !== -1) this.#queue.splice(index, 1);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener("abort", waiter.onAbort, { once: true });
      this.#queue.push(waiter);
    });
  }

  #releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      // The slot passes straight to the next waiter, so `active` never dips and lets a newcomer jump the line.
      if (next) next.grant();
      else this.#active--;
    };
  }
}
