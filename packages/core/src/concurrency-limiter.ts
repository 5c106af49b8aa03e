import { whenAborted } from "./abortable-sleep.js";
import { deadlineReason, isPastDeadline } from "./signal-deadline.js";

/** Releases a slot taken with `acquire`; calling it twice is harmless. */
export type ReleaseSlot = () => void;

/**
 * A first-in, first-out semaphore: at most `limit` holders at once. Waiting can be cut short by an
 * `AbortSignal`, which rejects with the signal's reason and gives up the place in line. A slot is never granted to
 * a waiter whose signal has aborted or whose deadline (`setSignalDeadline`) has passed, even when its timer has not
 * fired yet (many deadlines passing together): that waiter is turned away and the slot goes to the next in line.
 */
export class ConcurrencyLimiter {
  declare readonly limit: number;
  #active = 0;
  // Each waiter is the function that hands it a slot, and says `false` when it turns the slot down.
  #queue: (() => boolean)[] = [];

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
        if (isPastDeadline(signal)) {
          reject(deadlineReason(signal));
          return false;
        }
        resolve(this.#releaser());
        return true;
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
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) if (next()) return;
      this.#active--;
    };
  }
}
