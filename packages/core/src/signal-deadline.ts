/**
 * A deadline known ahead of the abort it leads to. A signal that will abort at a known time (a wait's
 * `timeoutMs`) can say so here, so the request layer can refuse work that would start after it: a slot in
 * the in-flight limit granted to a call whose deadline has passed goes to the next caller instead of starting
 * a request that the timer is about to abort. Times are `performance.now()` milliseconds.
 */
const deadlines = new WeakMap<AbortSignal, number>();

/** Records that `signal` aborts at `at` (a `performance.now()` time) at the latest. */
export function setSignalDeadline(signal: AbortSignal, at: number): void {
  deadlines.set(signal, at);
}

/** The deadline recorded for `signal`, or `undefined`. */
export function signalDeadline(signal: AbortSignal | null | undefined): number | undefined {
  return signal ? deadlines.get(signal) : undefined;
}

/** Whether `signal` is aborted, or its recorded deadline has passed (its timer may not have fired yet). */
export function isPastDeadline(signal: AbortSignal | null | undefined, now = performance.now()): boolean {
  if (!signal) return false;
  if (signal.aborted) return true;
  const at = deadlines.get(signal);
  return at !== undefined && now >= at;
}

/** Why a signal past its deadline ends a call: its abort reason once it aborted, else a `TimeoutError`. */
export function deadlineReason(signal: AbortSignal | null | undefined): unknown {
  return signal?.aborted ? signal.reason : new DOMException("The signal's deadline passed", "TimeoutError");
}
