import { afterEach, beforeEach, vi } from "vitest";

// Driving the request layer's timers (backoff, Retry-After, timeouts) from tests without waiting for real.

/** Where the fake clock starts each test. */
export const CLOCK_START = new Date("2030-01-01T00:00:00.000Z");

/**
 * Fakes `setTimeout` and `Date` for each test of the calling `describe`, from `CLOCK_START`, and
 * pins `Math.random()` to 0 so backoff has no jitter: 500 ms, 1 s, 2 s... `setImmediate` stays real,
 * because msw serves requests on the real event loop.
 */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    vi.setSystemTime(CLOCK_START);
    vi.spyOn(Math, "random").mockReturnValue(0);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}

/** Lets the real event loop turn (msw serves requests there) without moving the fake clock. */
export async function flush(turns = 10): Promise<void> {
  for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** Moves the fake clock forward by `ms`, then lets msw serve whatever that sent. */
export async function advance(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await flush();
}

export interface Tracked<T> {
  settled: boolean;
  value: T | undefined;
  error: unknown;
  promise: Promise<T>;
}

/** Watches a promise without awaiting it, so a test can ask "has it settled yet?" at a given fake time. */
export function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = { settled: false, value: undefined, error: undefined, promise };
  promise.then(
    (value) => {
      tracked.settled = true;
      tracked.value = value;
    },
    (error: unknown) => {
      tracked.settled = true;
      tracked.error = error;
    },
  );
  return tracked;
}

/**
 * For tests where time passes but is not the point: runs the fake clock forward in 100 ms steps,
 * letting msw work in between, until `promise` settles.
 */
export async function settle<T>(promise: Promise<T>, limitMs = 10 * 60_000): Promise<T> {
  const tracked = track(promise);
  for (let elapsed = 0; !tracked.settled; elapsed += 100) {
    if (elapsed > limitMs) throw new Error(`still pending after ${limitMs} ms of fake time`);
    await flush(2);
    await vi.advanceTimersByTimeAsync(100);
  }
  return promise;
}
