import {
  ApiConnectionError,
  ApiError,
  isTransientError,
  RateLimitError,
  type TaskFetcher,
  type TaskStatusOperation,
} from "@agent-tasks/core";
import {
  abortableSleep,
  hasErrorCode,
  isPastDeadline,
  MAX_TIMER_DELAY_MS,
  setSignalDeadline,
  untilAborted,
} from "@agent-tasks/core/internal";
import { isTerminalStatus } from "../is-terminal-status.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { mapTaskStatus, normalizeTask } from "../normalize-task.js";
import { TaskAbortedError, WaitTimeoutError } from "./errors.js";
import type { PollSettings } from "./wait-options.js";

const BACKOFF_MULTIPLIER = 1.5;
// Each pause is cut by up to this share, so many waits started together drift apart.
const JITTER = 0.2;
/**
 * With a cheap `status` operation, every this-many-th poll still reads the whole task even when the status did
 * not change, so new steps reach `onUpdate` at most 4 pauses late (about 20 s at the default 5 s cap).
 */
export const FULL_READ_EVERY = 5;

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
  /**
   * Whether the API already answered for this task (`runTask`'s start, `stopTask`'s stop): then a first poll that
   * finds no server is a blip to wait out like any transient error, not a wrong base URL. Default `false`.
   */
  apiReached?: boolean | undefined;
}

// Connection failures that waiting cannot heal when nothing ever answered: nothing listens there, or no such host.
const NO_SERVER_CODES = ["ECONNREFUSED", "ENOTFOUND"];

/** Whether `error` is a connection refused, or a host name that does not resolve (somewhere in its cause chain). */
function foundNoServer(error: unknown): boolean {
  return error instanceof ApiConnectionError && hasErrorCode(error.cause, NO_SERVER_CODES);
}

/**
 * The error a wait ends with after polls failed: one of the same class with the same fields (so `instanceof
 * ApiConnectionError` and `status` still hold), whose message says `why` before the original's, and the original
 * as `cause`. Anything but an `ApiError` (or a subclass whose constructor cannot rebuild it) is returned as is.
 */
function explained(error: unknown, why: string): unknown {
  if (!(error instanceof ApiError)) return error;
  const names = Object.getOwnPropertyNames(error).filter((name) => !["message", "stack", "cause"].includes(name));
  const details = Object.fromEntries(names.map((name) => [name, (error as unknown as Record<string, unknown>)[name]]));
  try {
    const copy: object = Reflect.construct(error.constructor, [
      `${why}: ${error.message}`,
      { ...details, cause: error },
    ]);
    // Every field as the original has it (enumerable or not), whatever the constructor did with the details.
    for (const name of names) {
      Object.defineProperty(copy, name, Object.getOwnPropertyDescriptor(error, name) as PropertyDescriptor);
    }
    return copy;
  } catch {
    return error;
  }
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
 * Pauses grow from `intervalMs` to `maxIntervalMs` with jitter and go back to `intervalMs` on a change (any length:
 * `abortableSleep` steps past setTimeout's limit); transient errors are tolerated up to `maxConsecutiveErrors` in a
 * row, the one after them rethrown `explained`, and a first poll that finds no server (unless `apiReached`) at
 * once. The loop ends with `WaitTimeoutError` after `timeoutMs` (counted from the first `next()`), or with
 * `TaskAbortedError` when `signal` aborts, even while a fetcher that ignores its signal hangs. The deadline is
 * recorded on the signal each request gets (`setSignalDeadline`), so the client's layer never starts one after it
 * (a call still waiting for a slot then), and no poll starts after it here either.
 *
 * When the fetcher also has a `status` operation, polls after the first read only the status while it stays the
 * same, and read the whole task when it changes, when it maps to a terminal status, and (with `followSteps`) every
 * `FULL_READ_EVERY`th poll. A plain `TaskFetcher` reads the whole task on every poll.
 */
export async function* pollTask<Source extends AgentTaskSource, Ref>(
  request: PollRequest<Source, Ref>,
): AsyncGenerator<AgentTask<Source>, void, undefined> {
  const { caller, fetcher, ref, settings, signal, followSteps = true, apiReached = false } = request;
  const fullReadEvery = followSteps ? FULL_READ_EVERY : Number.POSITIVE_INFINITY;
  const source = fetcher.source;
  if (signal?.aborted) throw new TaskAbortedError(source, signal.reason, null, { ref, caller });
  const readStatus = statusOperationOf<Ref>(fetcher);

  // One controller cuts the request in flight and any pause, whether the caller aborts or time runs out.
  const controller = new AbortController();
  const deadline = performance.now() + settings.timeoutMs;
  // setTimeout cannot wait longer than MAX_TIMER_DELAY_MS, so a longer deadline is reached in steps.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armDeadline = (leftMs: number) => {
    const stepMs = Math.min(leftMs, MAX_TIMER_DELAY_MS);
    timer = setTimeout(() => {
      if (leftMs > stepMs) {
        armDeadline(leftMs - stepMs);
        return;
      }
      controller.abort();
    }, stepMs);
  };
  if (Number.isFinite(settings.timeoutMs)) {
    armDeadline(settings.timeoutMs);
    // Tells the client's request layer too, so a request still waiting for a slot at the deadline never starts.
    setSignalDeadline(controller.signal, deadline);
  }
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });

  let lastTask: AgentTask<Source> | null = null;
  let lastFingerprint: string | null = null;
  let lastError: unknown;
  let interval = settings.intervalMs;
  let consecutiveErrors = 0;
  // When the first poll of the current run of failures started.
  let failingSince = 0;
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
    const mapped = mapTaskStatus(source, rawStatus);
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
      // Past the deadline no poll starts, even if its timer has not fired yet (many waits ending together).
      if (isPastDeadline(controller.signal)) throw stopReason();
      let minPauseMs = 0;
      let changed: AgentTask<Source> | null = null;
      const pollStartedAt = performance.now();
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
        // A request refused because the deadline passed (by the client's layer) ends the wait as a timeout.
        if (isPastDeadline(controller.signal)) throw stopReason();
        if (!isTransientError(error)) throw error;
        if (consecutiveErrors === 0) failingSince = pollStartedAt;
        const firstPoll = lastTask === null && consecutiveErrors === 0;
        if (settings.failFastWithoutServer && !apiReached && firstPoll && foundNoServer(error)) {
          throw explained(
            error,
            `${caller}: the first poll found no server (connection refused or unknown host), so the wait ended at ` +
              "once; check the client's baseUrl",
          );
        }
        if (consecutiveErrors >= settings.maxConsecutiveErrors) {
          if (consecutiveErrors === 0) throw error;
          const overMs = Math.round(performance.now() - failingSince);
          throw explained(
            error,
            `${caller}: ${consecutiveErrors + 1} polls in a row failed over ${overMs} ms; the last`,
          );
        }
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
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
}
