import { isTransientError, RateLimitError, type TaskFetcher, type TaskStatusOperation } from "@agent-tasks/core";
import { abortableSleep, whenAborted } from "@agent-tasks/core/internal";
import { isTerminalStatus } from "../is-terminal-status.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { mapStatus, normalizeTask } from "../normalize-task.js";
import { TaskAbortedError, WaitTimeoutError } from "./errors.js";
import type { PollSettings } from "./wait-options.js";

const BACKOFF_MULTIPLIER = 1.5;
// Each pause is cut by up to this share, so many waits started together drift apart.
const JITTER = 0.2;
const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * With a cheap `status` operation, every this-many-th poll still reads the whole task even when the status did
 * not change, so new steps reach `onUpdate` at most 4 pauses late (about 20 s at the default 5 s cap).
 */
export const FULL_READ_EVERY = 5;

/**
 * Settles as `promise` does, or rejects with the signal's reason as soon as `signal` aborts: a fetcher (or adapter)
 * that ignores its signal cannot hold a timeout or an abort back. `promise` is still settled quietly later.
 */
export function untilAborted<T>(pending: T | PromiseLike<T>, signal: AbortSignal): Promise<T> {
  const promise = Promise.resolve(pending);
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const stopListening = whenAborted(signal, () => reject(signal.reason));
    promise.then(resolve, reject).finally(stopListening);
  });
}

/** What a poll loop needs: who asks (for messages), what to read, and when to stop. */
export interface PollRequest<Source extends AgentTaskSource, Ref> {
  caller: string;
  fetcher: TaskFetcher<Source, Ref, unknown>;
  ref: Ref;
  settings: PollSettings;
  signal?: AbortSignal | undefined;
  /**
   * Whether the caller sees step changes (`watchTask`, an `onUpdate`): then a status-only poller still reads the
   * whole task every `FULL_READ_EVERY`th poll. Without it (`runTask` or `waitForTask` with no `onUpdate`, `stopTask`)
   * the whole task is read only when the status changes and at the end. Default `true`.
   */
  followSteps?: boolean | undefined;
}

/** What counts as "the task changed": its status, or its steps (how many, and each one's status). */
function fingerprint(task: AgentTask): string {
  const stepStatuses = task.steps.map((step) => step.status ?? "").join(",");
  return `${task.status}|${task.providerStatus}|${task.steps.length}|${stepStatuses}`;
}

function statusOperationOf<Ref>(fetcher: object): TaskStatusOperation<Ref>["status"] | null {
  const status = (fetcher as Partial<TaskStatusOperation<Ref>>).status;
  return typeof status === "function" ? status.bind(fetcher) : null;
}

/**
 * The one poll loop behind `waitForTask`, `watchTask`, `runTask` and `stopTask`. Yields the task each time its
 * status or steps change (the first task read included) and returns after yielding a terminal one. Stopping the
 * iteration (`return()`, a `break` in `for await`) stops polling at once: no request is sent after it.
 *
 * Pauses grow from `intervalMs` to `maxIntervalMs` with jitter and go back to `intervalMs` on a change; transient
 * errors are tolerated up to `maxConsecutiveErrors` in a row; the loop ends with `WaitTimeoutError` after
 * `timeoutMs` (counted from the first `next()`), or with `TaskAbortedError` when `signal` aborts.
 *
 * When the fetcher also has a `status` operation, polls after the first read only the status while it stays the
 * same, and read the whole task when it changes, when it maps to a terminal status, and (with `followSteps`) every
 * `FULL_READ_EVERY`th poll. A plain `TaskFetcher` reads the whole task on every poll.
 */
export async function* pollTask<Source extends AgentTaskSource, Ref>(
  request: PollRequest<Source, Ref>,
): AsyncGenerator<AgentTask<Source>, void, undefined> {
  const { caller, fetcher, ref, settings, signal, followSteps = true } = request;
  const fullReadEvery = followSteps ? FULL_READ_EVERY : Number.POSITIVE_INFINITY;
  const source = fetcher.source;
  if (signal?.aborted) throw new TaskAbortedError(source, signal.reason, null, { ref, caller });
  const readStatus = statusOperationOf<Ref>(fetcher);

  // One controller cuts the request in flight and any pause, whether the caller aborts or time runs out.
  const controller = new AbortController();
  const deadline = performance.now() + settings.timeoutMs;
  // setTimeout cannot wait longer than MAX_TIMER_MS, so a longer deadline is reached in steps.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armDeadline = (leftMs: number) => {
    const stepMs = Math.min(leftMs, MAX_TIMER_MS);
    timer = setTimeout(() => {
      if (leftMs > stepMs) {
        armDeadline(leftMs - stepMs);
        return;
      }
      controller.abort();
    }, stepMs);
  };
  if (Number.isFinite(settings.timeoutMs)) armDeadline(settings.timeoutMs);
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });

  let lastTask: AgentTask<Source> | null = null;
  let lastFingerprint: string | null = null;
  let lastError: unknown;
  let interval = settings.intervalMs;
  let consecutiveErrors = 0;
  // Status-only polls since the last whole read, and the raw status the last of them returned.
  let statusPolls = 0;
  let lastRawStatus: string | null = null;

  const stopReason = () =>
    signal?.aborted
      ? new TaskAbortedError(source, signal.reason, lastTask, { ref, caller })
      : new WaitTimeoutError(source, settings.timeoutMs, lastTask, lastError, { ref, caller });

  /** Whether a status-only poll is enough now, and if so whether it saw a change. */
  const statusSaysUnchanged = async (): Promise<boolean> => {
    if (readStatus === null || lastTask === null || statusPolls >= fullReadEvery - 1) return false;
    const rawStatus = await untilAborted(readStatus(ref, { signal: controller.signal }), controller.signal);
    const mapped = mapStatus(source, rawStatus);
    // The first status read after a whole read is compared by mapped status only: a status endpoint may
    // spell the status differently from the task's own field.
    const unchanged =
      mapped === lastTask.status &&
      !isTerminalStatus(mapped) &&
      (lastRawStatus === null || rawStatus === lastRawStatus);
    lastRawStatus = rawStatus;
    if (unchanged) statusPolls++;
    return unchanged;
  };

  try {
    for (;;) {
      let minPauseMs = 0;
      let changed: AgentTask<Source> | null = null;
      try {
        if (!(await statusSaysUnchanged())) {
          const rawTask = await untilAborted(fetcher.fetchTask(ref, { signal: controller.signal }), controller.signal);
          const task = normalizeTask(source, rawTask);
          statusPolls = 0;
          lastRawStatus = null;
          lastTask = task;
          const current = fingerprint(task);
          if (current !== lastFingerprint || task.isTerminal) {
            lastFingerprint = current;
            interval = settings.intervalMs;
            changed = task;
          }
        }
        consecutiveErrors = 0;
        lastError = undefined;
      } catch (error) {
        if (controller.signal.aborted) throw stopReason();
        if (!isTransientError(error) || consecutiveErrors >= settings.maxConsecutiveErrors) throw error;
        consecutiveErrors++;
        lastError = error;
        minPauseMs = error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0;
      }
      if (changed !== null) {
        yield changed;
        if (changed.isTerminal) return;
      }
      // Jitter only ever shortens the usual pause, never the wait a 429's Retry-After asked for.
      const jittered = Math.max(interval * (1 - JITTER * Math.random()), minPauseMs);
      interval = Math.min(interval * BACKOFF_MULTIPLIER, settings.maxIntervalMs);
      const remaining = deadline - performance.now();
      try {
        // Never sleep past the deadline: the timer fires there and ends the pause.
        await abortableSleep(Math.max(0, Math.min(jittered, remaining + 1)), controller.signal);
      } catch {
        throw stopReason();
      }
      if (controller.signal.aborted) throw stopReason();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
}
