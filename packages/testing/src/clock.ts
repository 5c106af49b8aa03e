/** Where a fake API reads the time: the real clock, or a manual one a test moves forward. */
export interface SimulationClock {
  readonly kind: "real" | "manual";
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
}

/** A clock that moves only when told to: task progress in a fake follows it, network timers do not. */
export interface ManualClock extends SimulationClock {
  readonly kind: "manual";
  /** Moves the clock forward by `ms` (0 or more). */
  advance(ms: number): void;
  /** Sets the clock to `epochMs`; it may not go backwards. */
  set(epochMs: number): void;
}

/** `Date.now()`: tasks progress in real time. */
export const realClock: SimulationClock = { kind: "real", now: () => Date.now() };

/** A manual clock starting at `startMs` (default 2026-11-22T12:00:00Z, so timestamps in tests are stable). */
export function createManualClock(startMs: number = Date.UTC(2026, 10, 22, 12)): ManualClock {
  let current = startMs;
  return {
    kind: "manual",
    now: () => current,
    advance(ms) {
      if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError(`advance() takes a finite ms >= 0, got ${ms}`);
      current += ms;
    },
    set(epochMs) {
      if (!(epochMs >= current)) throw new RangeError(`the clock may not go backwards (${epochMs} < ${current})`);
      current = epochMs;
    },
  };
}
