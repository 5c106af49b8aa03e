/** Calls `onAbort` once, when `signal` aborts; the function returned stops listening. */
export function whenAborted(signal: AbortSignal | null | undefined, onAbort: () => void): () => void {
  signal?.addEventListener("abort", onAbort, { once: true });
  return () => signal?.removeEventListener("abort", onAbort);
}

/**
 * The longest delay `setTimeout` takes, 2^31 - 1 ms: Node fires a longer one after 1 ms (with a
 * `TimeoutOverflowWarning`). Written out, as a literal, so that a bundler can drop it when nothing uses it.
 */
export const MAX_TIMER_DELAY_MS = 2_147_483_647;

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts. Uses `setTimeout`, so fake timers drive it.
 * A wait longer than `MAX_TIMER_DELAY_MS` (a huge `Retry-After` under `maxRetryAfterMs: Infinity`) is chained from
 * timers of at most that length, one pending at a time, so it lasts the whole time instead of 1 ms; `Infinity`
 * waits until the signal aborts.
 */
export function abortableSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let left = ms;
    let timer: ReturnType<typeof setTimeout>;
    const waitNextStretch = () => {
      const stretch = Math.min(left, MAX_TIMER_DELAY_MS);
      left -= stretch;
      timer = setTimeout(left > 0 ? waitNextStretch : done, stretch);
    };
    const done = () => {
      stopListening();
      resolve();
    };
    const stopListening = whenAborted(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
    waitNextStretch();
  });
}

/**
 * Settles as `pending` does, or rejects as soon as `signal` aborts: with `abortError(signal.reason)`, or the reason
 * itself. A transport, fetcher or adapter that ignores its signal cannot hold a timeout or an abort back this way;
 * `pending` is still settled quietly later.
 */
export function untilAborted<T>(
  pending: T | PromiseLike<T>,
  signal: AbortSignal | null | undefined,
  abortError: (reason: unknown) => unknown = (reason) => reason,
): Promise<T> {
  const promise = Promise.resolve(pending);
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(abortError(signal.reason));
  }
  return new Promise<T>((resolve, reject) => {
    const stopListening = whenAborted(signal, () => {
      promise.catch(() => {});
      reject(abortError(signal.reason));
    });
    promise.then(resolve, reject).finally(stopListening);
  });
}
