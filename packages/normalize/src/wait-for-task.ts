import { AgentTasksError, isTransientError, RateLimitError, type TaskFetcher, UserAbortError } from "@agent-tasks/core";
import { abortableSleep } from "@agent-tasks/core/internal";
import { assertTaskFetcher } from "./get-task.js";
import type { AgentTask, AgentTaskSource } from "./model/agent-task.js";
import { normalizeTask } from "./normalize-task.js";

/** Options of `waitForTask`; every one is optional. */
export interface WaitForTaskOptions<Source extends AgentTaskSource = AgentTaskSource> {
  /** Give up after this long, in milliseconds, with `WaitTimeoutError`. Default 15 minutes. `Infinity` waits for ever. */
  timeoutMs?: number;
  /** First pause between polls, and the pause again after each change. Default 1,000 ms. */
  intervalMs?: number;
  /** The pause grows by half after each poll that saw no change, up to this. Default 5,000 ms. */
  maxIntervalMs?: number;
  /** Aborts at once, sending no further request; the wait rejects with `UserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Called with the task whenever its status or steps change (and for the first task seen), not on every poll. */
  onUpdate?: (task: AgentTask<Source>) => void;
  /**
   * Transient failures in a row (no response, timeout, 429, 5xx after the client's own retries, a malformed
   * response) that are tolerated; the next one is rethrown. Default 5. Permanent errors are rethrown at once.
   */
  maxConsecutiveErrors?: number;
}

/** The defaults of `waitForTask`'s options. */
export const waitForTaskDefaults = {
  timeoutMs: 15 * 60_000,
  intervalMs: 1_000,
  maxIntervalMs: 5_000,
  maxConsecutiveErrors: 5,
} as const;

const BACKOFF_MULTIPLIER = 1.5;
// Each pause is cut by up to this share, so many waits started together drift apart.
const JITTER = 0.2;
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `waitForTask` ran out of time. `lastTask` is the last task seen (or `null`); `cause` the last error, if the last poll failed. */
export class WaitTimeoutError<Source extends AgentTaskSource = AgentTaskSource> extends AgentTasksError {
  static override readonly name: string = "WaitTimeoutError";

  readonly timeoutMs: number;
  readonly lastTask: AgentTask<Source> | null;

  constructor(source: Source, timeoutMs: number, lastTask: AgentTask<Source> | null, lastError: unknown) {
    const seen = lastTask === null ? "no task was read" : `last status ${lastTask.status} (${lastTask.providerStatus})`;
    super(`waitForTask: ${source} task did not finish within ${timeoutMs} ms; ${seen}`, {
      provider: source,
      cause: lastError,
    });
    this.timeoutMs = timeoutMs;
    this.lastTask = lastTask;
  }
}

/** An option of `waitForTask` is out of range. */
export class InvalidWaitOptionError extends AgentTasksError {
  static override readonly name: string = "InvalidWaitOptionError";

  readonly option: string;

  constructor(option: string, problem: string) {
    super(`waitForTask: invalid \`${option}\` option: ${problem}`);
    this.option = option;
  }
}

function checkOptions(
  options: WaitForTaskOptions<AgentTaskSource>,
): Required<Pick<WaitForTaskOptions, "timeoutMs" | "intervalMs" | "maxIntervalMs" | "maxConsecutiveErrors">> {
  const resolved = {
    timeoutMs: options.timeoutMs ?? waitForTaskDefaults.timeoutMs,
    intervalMs: options.intervalMs ?? waitForTaskDefaults.intervalMs,
    maxIntervalMs: options.maxIntervalMs ?? Math.max(waitForTaskDefaults.maxIntervalMs, options.intervalMs ?? 0),
    maxConsecutiveErrors: options.maxConsecutiveErrors ?? waitForTaskDefaults.maxConsecutiveErrors,
  };
  const positive = (value: unknown) => typeof value === "number" && value > 0 && !Number.isNaN(value);
  if (!positive(resolved.timeoutMs)) throw new InvalidWaitOptionError("timeoutMs", "expected a positive number");
  if (!positive(resolved.intervalMs) || !Number.isFinite(resolved.intervalMs)) {
    throw new InvalidWaitOptionError("intervalMs", "expected a positive, finite number of milliseconds");
  }
  if (!positive(resolved.maxIntervalMs) || !Number.isFinite(resolved.maxIntervalMs)) {
    throw new InvalidWaitOptionError("maxIntervalMs", "expected a positive, finite number of milliseconds");
  }
  if (resolved.maxIntervalMs < resolved.intervalMs) {
    throw new InvalidWaitOptionError("maxIntervalMs", `must be at least intervalMs (${resolved.intervalMs})`);
  }
  if (!Number.isInteger(resolved.maxConsecutiveErrors) || resolved.maxConsecutiveErrors < 0) {
    throw new InvalidWaitOptionError("maxConsecutiveErrors", "expected an integer of at least 0");
  }
  if (options.onUpdate !== undefined && typeof options.onUpdate !== "function") {
    throw new InvalidWaitOptionError("onUpdate", "expected a function");
  }
  return resolved;
}

/** What counts as "the task changed": its status, or its steps (how many, and each one's status). */
function fingerprint(task: AgentTask): string {
  const stepStatuses = task.steps.map((step) => step.status ?? "").join(",");
  return `${task.status}|${task.providerStatus}|${task.steps.length}|${stepStatuses}`;
}

function userAbort(source: string, reason: unknown): UserAbortError {
  return new UserAbortError(`waitForTask: waiting for the ${source} task was aborted by the caller`, {
    provider: source,
    cause: reason,
  });
}

/**
 * Polls `fetcher` until the task is terminal (completed, failed or stopped) and resolves with it.
 * Pauses grow from `intervalMs` to `maxIntervalMs` with jitter and shrink again when the task changes;
 * transient errors are tolerated up to `maxConsecutiveErrors` in a row; the wait ends with
 * `WaitTimeoutError` after `timeoutMs`, or with `UserAbortError` when `signal` aborts.
 */
export async function waitForTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WaitForTaskOptions<Source> = {},
): Promise<AgentTask<Source>> {
  assertTaskFetcher("waitForTask", fetcher);
  const settings = checkOptions(options as WaitForTaskOptions<AgentTaskSource>);
  const { signal, onUpdate } = options;
  const source = fetcher.source;
  if (signal?.aborted) throw userAbort(source, signal.reason);

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

  const stopReason = () =>
    signal?.aborted
      ? userAbort(source, signal.reason)
      : new WaitTimeoutError(source, settings.timeoutMs, lastTask, lastError);

  try {
    for (;;) {
      let minPauseMs = 0;
      try {
        const rawTask = await fetcher.fetchTask(ref, { signal: controller.signal });
        const task = normalizeTask(source, rawTask);
        consecutiveErrors = 0;
        lastError = undefined;
        lastTask = task;
        const current = fingerprint(task);
        if (current !== lastFingerprint) {
          lastFingerprint = current;
          interval = settings.intervalMs;
          onUpdate?.(task);
        }
        if (task.isTerminal) return task;
      } catch (error) {
        if (controller.signal.aborted) throw stopReason();
        if (!isTransientError(error) || consecutiveErrors >= settings.maxConsecutiveErrors) throw error;
        consecutiveErrors++;
        lastError = error;
        minPauseMs = error instanceof RateLimitError ? (error.retryAfterMs ?? 0) : 0;
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
