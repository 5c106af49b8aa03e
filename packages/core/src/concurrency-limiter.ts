import { whenAborted } from "./abortable-sleep.js";

/** Releases a slot taken with `acquire`; calling it twice is harmless. */
export type ReleaseSlot = () => void;

/**
 * A first-in, first-out semaphore: at most `limit` holders at once. Waiting can be cut short by an
 * `AbortSignal`, which rejects with the signal's reason and gives up the place in line.
 */
export class ConcurrencyLimiter {
  declare readonly limit: number;
  #active = 0;
  // Each waiter is the function that hands it a slot.
  #queue: (() => void)[] = [];

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
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const release = this.tryAcquire();
      if (release !== null) return resolve(release);
      const grant = () => {
        stopListening();
        resolve(this.#releaser());
      };
      const stopListening = whenAborted(signal, () => {
        this.#queue = this.#queue.filter((waiter) => waiter !== grant);
        reject(signal?.reason);
      });
      this.#queue.push(grant);
    });
  }

  #releaser(): ReleaseSlot {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, so `active` never dips and lets a newcomer jump the line.
      const next = this.#queue.shift();
      if (next) next();
      else this.#active--;
    };
  }
}
