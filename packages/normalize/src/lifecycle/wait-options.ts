import { AgentTasksError } from "@agent-tasks/core";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { assertTaskSlots, type TaskSlots } from "./task-slots.js";

/** Options of `waitForTask` and `watchTask`; every one is optional. */
export interface WaitForTaskOptions<Source extends AgentTaskSource = AgentTaskSource> {
  /** Give up after this long, in milliseconds, with `WaitTimeoutError`. Default 15 minutes. `Infinity` waits for ever. */
  timeoutMs?: number;
  /** First pause between polls, and the pause again after each change. Default 1,000 ms. */
  intervalMs?: number;
  /** The pause grows by half after each poll that saw no change, up to this. Default 5,000 ms. */
  maxIntervalMs?: number;
  /** Aborts at once, sending no further request; the wait rejects with `TaskAbortedError` (a `UserAbortError`). */
  signal?: AbortSignal | undefined;
  /** Called with the task whenever its status or steps change (and for the first task seen), not on every poll. */
  onUpdate?: (task: AgentTask<Source>) => void;
  /**
   * Transient failures in a row (no response, timeout, 429, 5xx after the client's own retries, a malformed
   * response) that are tolerated. The next one ends the wait as an error of its class (same fields, e.g. still an
   * `ApiConnectionError`) whose message says how many polls failed in a row over how long before the last one's
   * message, with the last error as `cause` (with `0`, the first failure is rethrown as it is). Default 5.
   * Permanent errors are rethrown at once.
   *
   * Fails fast when this option is not given: when the very first poll of `waitForTask` or `watchTask` finds no
   * server at all (connection refused, or a host name that does not resolve, after the client's own retries), the
   * wait ends at once with that `ApiConnectionError`, saying so: nothing has ever answered, so it is a wrong
   * `baseUrl` far more often than an outage, and waiting would only delay the error. Give `maxConsecutiveErrors`
   * (e.g. to resume waits while your API restarts) and that failure is tolerated like any other; so it is after a
   * successful read, and in `runTask` and `stopTask`, whose start or stop was answered.
   */
  maxConsecutiveErrors?: number;
  /** The task slots the task was started with: its slot is freed when the wait ends, however it ends. */
  slots?: TaskSlots | undefined;
}

/** The defaults of `waitForTask`'s options. */
export const waitForTaskDefaults = {
  // 15 minutes, as a literal: a bundler keeps arithmetic at the top level even when nothing uses it.
  timeoutMs: 900_000,
  intervalMs: 1_000,
  maxIntervalMs: 5_000,
  maxConsecutiveErrors: 5,
} as const;

/** The checked numbers of a poll loop. */
export interface PollSettings {
  timeoutMs: number;
  intervalMs: number;
  maxIntervalMs: number;
  maxConsecutiveErrors: number;
  /** Whether a first poll that finds no server ends the wait at once: `maxConsecutiveErrors` was not given. */
  failFastWithoutServer: boolean;
}

/** An option of `waitForTask` (or `watchTask`, `runTask`, `stopTask`) is out of range. */
export class InvalidWaitOptionError extends AgentTasksError {
  static override readonly name: string = "InvalidWaitOptionError";

  readonly option: string;

  constructor(option: string, problem: string, caller = "waitForTask") {
    super(`${caller}: invalid \`${option}\` option: ${problem}`);
    this.option = option;
  }
}

/** Checks the wait options, filling in defaults (`defaults` overrides `waitForTaskDefaults`, e.g. for `stopTask`). */
export function checkWaitOptions(
  caller: string,
  options: WaitForTaskOptions<AgentTaskSource>,
  defaults: Partial<PollSettings> = {},
): PollSettings {
  const base = { ...waitForTaskDefaults, ...defaults };
  const resolved = {
    timeoutMs: options.timeoutMs ?? base.timeoutMs,
    intervalMs: options.intervalMs ?? base.intervalMs,
    maxIntervalMs: options.maxIntervalMs ?? Math.max(base.maxIntervalMs, options.intervalMs ?? 0),
    maxConsecutiveErrors: options.maxConsecutiveErrors ?? base.maxConsecutiveErrors,
    failFastWithoutServer: options.maxConsecutiveErrors === undefined,
  };
  const invalid = (option: string, problem: string) => new InvalidWaitOptionError(option, problem, caller);
  const positive = (value: unknown) => typeof value === "number" && value > 0 && !Number.isNaN(value);
  if (!positive(resolved.timeoutMs)) throw invalid("timeoutMs", "expected a positive number");
  if (!positive(resolved.intervalMs) || !Number.isFinite(resolved.intervalMs)) {
    throw invalid("intervalMs", "expected a positive, finite number of milliseconds");
  }
  if (!positive(resolved.maxIntervalMs) || !Number.isFinite(resolved.maxIntervalMs)) {
    throw invalid("maxIntervalMs", "expected a positive, finite number of milliseconds");
  }
  if (resolved.maxIntervalMs < resolved.intervalMs) {
    throw invalid("maxIntervalMs", `must be at least intervalMs (${resolved.intervalMs})`);
  }
  if (!Number.isInteger(resolved.maxConsecutiveErrors) || resolved.maxConsecutiveErrors < 0) {
    throw invalid("maxConsecutiveErrors", "expected an integer of at least 0");
  }
  if (options.onUpdate !== undefined && typeof options.onUpdate !== "function") {
    throw invalid("onUpdate", "expected a function");
  }
  assertTaskSlots(caller, options.slots);
  return resolved;
}
