import {
  ApiConnectionError,
  ApiError,
  isTransientError,
  RateLimitError,
  type TaskFetcher,
  type TaskStatusOperation,
} from "@agent-tasks/core";
import { abortableSleep, hasErrorCode, MAX_TIMER_DELAY_MS, setSignalDeadline } from "@agent-tasks/core/internal";
import { isTerminalStatus } from "../is-terminal-status.js";
import { normalizeWith, type TaskMapper } from "../mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
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
  /** The mapper of the fetcher's source. */
  mapper: TaskMapper<Source>;
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
  /**
   * Whether the task was started a moment ago (`runTask`). Then, when nobody follows it (`followSteps: false`) and
   * the fetcher has a `status` operation, the first poll waits one interval and reads only the status: a task just
   * started has nothing to show yet, and nobody would see it. The whole task is read when the status changes and at
   * the end, so a task that runs unchanged until a timeout or abort is never read whole (its error's `lastTask` is
   * `null`). Default `false`.
   */
  justStarted?: boolean | undefined;
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
export function fingerprint(task: AgentTask): string {
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
 * past setTimeout's limit a pause is waited in steps); transient errors are tolerated up to `maxConsecutiveErrors`
 * in a row, the one after them rethrown `explained`, and a first poll that finds no server (unless `apiReached`) at
 * once. The loop ends with `WaitTimeoutError` after `timeoutMs` (counted from the first `next()`), or with
 * `TaskAbortedError` when `signal` aborts, even while a fetcher that ignores its signal hangs. The deadline is
 * recorded on the signal each request gets (`setSignalDeadline`), so the client's layer never starts one after it
 * (a call still waiting for a slot then), and no poll starts after it here either.
 *
 * When the fetcher also has a `status` operation, polls after the first read only the status while it stays the
 * same, and read the whole task when it changes, when it maps to a terminal status, and (with `followSteps`) every
 * `FULL_READ_EVERY`th poll. A plain `TaskFetcher` reads the whole task on every poll.
 *
 * A whole read whose change key (`TaskMapper.changeKey`: id, raw status, steps) is the last one's is not
 * normalized: nothing a change is made of can differ. The task is normalized when it changes, and the last one
 * read when the loop ends without a terminal task (the `lastTask` of its error), so every task it hands out is
 * fully normalized and current.
 */
export async function* pollTask<Source extends AgentTaskSource, Ref>(
  request: PollRequest<Source, Ref>,
): AsyncGenerator<AgentTask<Source>, void, undefined> {
  const { caller, fetcher, mapper, ref, settings, signal } = request;
  const { followSteps = true, apiReached = false, justStarted = false } = request;
  const fullReadEvery = followSteps ? FULL_READ_EVERY : Number.POSITIVE_INFINITY;
  const source = fetcher.source;
  if (signal?.aborted) throw new TaskAbortedError(source, signal.reason, null, { ref, caller });
  const readStatus = statusOperationOf<Ref>(fetcher);
  const statusFirst = justStarted && !followSteps && readStatus !== null;

  // One controller cuts the request in flight and any pause, whether the caller aborts or time runs out.
  const controller = new AbortController();
  const loopSignal = controller.signal;
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
  const hasDeadline = Number.isFinite(settings.timeoutMs);
  /** Whether the loop was aborted, or its deadline passed (its timer may not have fired yet). */
  const pastDeadline = () => loopSignal.aborted || (hasDeadline && performance.now() >= deadline);
  if (hasDeadline) {
    armDeadline(settings.timeoutMs);
    // Tells the client's request layer too, so a request still waiting for a slot at the deadline never starts.
    setSignalDeadline(loopSignal, deadline);
  }
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener("abort", onCallerAbort, { once: true });

  // The loop waits for one thing at a time (a read or a pause): one listener on the loop's signal, added once,
  // ends whichever it is, instead of a listener added and removed around every read and every pause.
  let interrupt: ((reason: unknown) => void) | null = null;
  loopSignal.addEventListener("abort", () => interrupt?.(loopSignal.reason), { once: true });
  /** Settles as `pending` does, or rejects with the loop signal's reason as soon as it aborts. */
  const untilLoopAborts = <T>(pending: T | PromiseLike<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (loopSignal.aborted) reject(loopSignal.reason);
      else interrupt = reject;
      // Also handles `pending`'s rejection after an abort: a settled promise ignores it.
      Promise.resolve(pending).then(resolve, reject);
    });
  /** Waits `ms`, or rejects with the loop signal's reason as soon as it aborts. */
  const pause = (ms: number): Promise<void> => {
    if (ms > MAX_TIMER_DELAY_MS) return abortableSleep(ms, loopSignal);
    return new Promise<void>((resolve, reject) => {
      if (loopSignal.aborted) return reject(loopSignal.reason);
      const pauseTimer = setTimeout(resolve, ms);
      interrupt = (reason) => {
        clearTimeout(pauseTimer);
        reject(reason);
      };
    });
  };

  let lastTask: AgentTask<Source> | null = null;
  // A raw task read after `lastTask` whose change key was the same, not normalized yet (see `seenTask`).
  let unnormalized: { raw: unknown } | null = null;
  let lastChangeKey: string | null = null;
  let lastFingerprint: string | null = null;
  let lastError: unknown;
  // Whether any read of this loop succeeded.
  let answered = false;
  let interval = settings.intervalMs;
  let consecutiveErrors = 0;
  // When the first poll of the current run of failures started.
  let failingSince = 0;
  // Status-only polls since the last whole read, and the raw status the last of them returned.
  let statusPolls = 0;
  let lastRawStatus: string | null = null;

  /** The last task read, normalized: the one an error carries. */
  const seenTask = (): AgentTask<Source> | null => {
    if (unnormalized !== null) {
      try {
        lastTask = normalizeWith(source, mapper, unnormalized.raw);
      } catch {
        // Keep the last task that normalized: its status and steps are the same.
      }
      unnormalized = null;
    }
    return lastTask;
  };

  const stopReason = () =>
    signal?.aborted
      ? new TaskAbortedError(source, signal.reason, seenTask(), { ref, caller })
      : new WaitTimeoutError(source, settings.timeoutMs, seenTask(), lastError, { ref, caller });

  /**
   * Whether a status-only poll is enough now, and if so whether it saw a change. Before any whole read (only with
   * `statusFirst`), a status that is not terminal and the same as the last status read (or the first one) is no change.
   */
  const statusSaysUnchanged = async (): Promise<boolean> => {
    if (readStatus === null || statusPolls >= fullReadEvery - 1 || (lastTask === null && !statusFirst)) return false;
    const rawStatus = await untilLoopAborts(readStatus(ref, { signal: loopSignal }));
    const mapped = typeof rawStatus === "string" ? mapper.mapStatus(rawStatus) : "unknown";
    // The first status read after a whole read is compared by mapped status only: a status endpoint may
    // spell the status differently from the task's own field.
    const unchanged =
      (lastTask === null || mapped === lastTask.status) &&
      !isTerminalStatus(mapped) &&
      (lastRawStatus === null || rawStatus === lastRawStatus);
    lastRawStatus = rawStatus;
    if (unchanged) statusPolls++;
    return unchanged;
  };

  /** Reads the whole task; returns it normalized when it changed (or is terminal), else `null`. */
  const readWholeTask = async (): Promise<AgentTask<Source> | null> => {
    const rawTask = await untilLoopAborts(fetcher.fetchTask(ref, { signal: loopSignal }));
    statusPolls = 0;
    lastRawStatus = null;
    const changeKey = mapper.changeKey(rawTask);
    if (changeKey !== null && changeKey === lastChangeKey && lastTask !== null) {
      unnormalized = { raw: rawTask };
      return null;
    }
    const task = normalizeWith(source, mapper, rawTask);
    lastChangeKey = changeKey;
    lastTask = task;
    unnormalized = null;
    const current = fingerprint(task);
    if (current === lastFingerprint && !task.isTerminal) return null;
    lastFingerprint = current;
    return task;
  };

  /** Waits before the next poll, never past the deadline (its timer ends the pause); throws when the loop ends. */
  const pauseBeforeNextPoll = async (minPauseMs: number): Promise<void> => {
    // Jitter only ever shortens the usual pause, never the wait a 429's Retry-After asked for.
    const jittered = Math.max(interval * (1 - JITTER * Math.random()), minPauseMs);
    interval = Math.min(interval * BACKOFF_MULTIPLIER, settings.maxIntervalMs);
    const remaining = deadline - performance.now();
    try {
      await pause(Math.max(0, Math.min(jittered, remaining + 1)));
    } catch {
      throw stopReason();
    }
  };

  try {
    if (statusFirst) await pauseBeforeNextPoll(0);
    for (;;) {
      // Past the deadline no poll starts, even if its timer has not fired yet (many waits ending together).
      if (pastDeadline()) throw stopReason();
      let minPauseMs = 0;
      let changed: AgentTask<Source> | null = null;
      const pollStartedAt = performance.now();
      try {
        if (!(await statusSaysUnchanged())) changed = await readWholeTask();
        if (changed !== null) interval = settings.intervalMs;
        answered = true;
        consecutiveErrors = 0;
        lastError = undefined;
      } catch (error) {
        // A request refused because the deadline passed (by the client's layer) ends the wait as a timeout.
        if (pastDeadline()) throw stopReason();
        if (!isTransientError(error)) throw error;
        if (consecutiveErrors === 0) failingSince = pollStartedAt;
        const firstPoll = !answered && consecutiveErrors === 0;
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
      await pauseBeforeNextPoll(minPauseMs);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onCallerAbort);
  }
}
