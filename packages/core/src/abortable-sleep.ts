/** Calls `onAbort` once, when `signal` aborts; the function returned stops listening. */
export function whenAborted(signal: AbortSignal | null | undefined, onAbort: () => void): () => void {
  signal?.addEventListener("abort", onAbort, { once: true });
  return () => signal?.removeEventListener("abort", onAbort);
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. Uses `setTimeout`, so fake timers drive it. */
export function abortableSleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      stopListening();
      resolve();
    }, ms);
    const stopListening = whenAborted(signal, () => {
      clearTimeout(timer);
      reject(signal?.reason);
    });
  });
}
