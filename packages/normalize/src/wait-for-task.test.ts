import {
  AgentTasksError,
  ApiConnectionError,
  ApiTimeoutError,
  AuthenticationError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  type TaskFetcher,
  type TaskFetchOptions,
  UnprocessableEntityError,
  UserAbortError,
} from "@agent-tasks/core";
import { createDariAdapter, createDariClient, createDariTaskFetcher } from "@agent-tasks/dari";
import {
  createHyperbrowserAdapter,
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperAgentTask,
  type HyperAgentTaskStatus,
} from "@agent-tasks/hyperbrowser";
import { rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { simulateDari, simulateHyperbrowser } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { delay, HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { waitForTask } from "./every-provider.js";
import { isTerminalStatus } from "./is-terminal-status.js";
import { TaskAbortedError } from "./lifecycle/errors.js";
import type { AgentTask, AgentTaskSource, AgentTaskStatus, RawTaskBySource } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeTask } from "./normalize-task.js";
import {
  taskFinishedWithJsonOutput as browserActFinished,
  taskRunning as browserActRunning,
} from "./providers/__fixtures__/browseract/index.js";
import { taskRunning } from "./providers/__fixtures__/hyperbrowser/index.js";
import { fixturesBySource, sourceCases } from "./providers/__fixtures__/index.js";
import { InvalidWaitOptionError, WaitTimeoutError } from "./wait-for-task.js";

// ---------------------------------------------------------------------------------------------------------------
// A scripted fetcher: each call plays the next entry (the last one repeats) and honours the signal as real
// fetchers do, rejecting with UserAbortError when it aborts.

type Play = { task: unknown } | { error: unknown } | "hang";

interface ScriptedFetcher<Source extends AgentTaskSource> extends TaskFetcher<Source, string, unknown> {
  fetchTask: Mock<(ref: string, options?: TaskFetchOptions) => Promise<unknown>>;
  /** `performance.now()` (fake while fake timers run) at each call. */
  readonly callTimes: number[];
  /** The signal of each call. */
  readonly signals: (AbortSignal | undefined)[];
}

function scriptedFetcher<Source extends AgentTaskSource>(source: Source, plays: Play[]): ScriptedFetcher<Source> {
  const callTimes: number[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const fetchTask = vi.fn((_ref: string, options: TaskFetchOptions = {}) => {
    const { signal } = options;
    const play = plays[Math.min(callTimes.length, plays.length - 1)];
    callTimes.push(performance.now());
    signals.push(signal);
    return new Promise<unknown>((resolve, reject) => {
      const onAbort = () =>
        reject(new UserAbortError(`fake ${source} fetcher: aborted`, { provider: source, cause: signal?.reason }));
      if (signal?.aborted) return onAbort();
      if (play === undefined || play === "hang") {
        signal?.addEventListener("abort", onAbort, { once: true });
      } else if ("error" in play) {
        reject(play.error);
      } else {
        resolve(play.task);
      }
    });
  });
  return { source, fetchTask, callTimes, signals };
}

/** The pauses between consecutive calls. */
function pausesOf(fetcher: { callTimes: number[] }): number[] {
  return fetcher.callTimes.slice(1).map((time, index) => time - (fetcher.callTimes[index] ?? 0));
}

/** Tracks whether a promise has settled, so a test can say "not yet" at a given time. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  void promise.then(
    (value) => {
      Object.assign(state, { settled: true, value });
    },
    (error: unknown) => {
      Object.assign(state, { settled: true, error });
    },
  );
  return state;
}

// ---------------------------------------------------------------------------------------------------------------
// Raw tasks.

const JOB_ID = "b7e2c9d4-31f0-4a8e-a6d5-2c8f1e907a44";

/** A Hyperbrowser task with `status` and the first `stepCount` steps of the running fixture (0 to 2). */
function hyperTask(status: string, stepCount = 0): HyperAgentTask {
  return {
    ...taskRunning,
    status: status as HyperAgentTaskStatus,
    data: { ...taskRunning.data, steps: taskRunning.data.steps.slice(0, stepCount) },
  };
}

const running = (stepCount = 0): Play => ({ task: hyperTask("running", stepCount) });
const completed: Play = { task: hyperTask("completed", 2) };

const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${JOB_ID}`;
const requestDetails = { provider: "hyperbrowser", method: "GET", url: TASK_URL };
const connectionError = () => new ApiConnectionError("fetch failed", { ...requestDetails, status: null });
const timeoutError = () =>
  new ApiTimeoutError("timed out after 60000 ms", { ...requestDetails, status: null, timeoutMs: 60_000 });
const rateLimitError = (retryAfterMs: number | null = null) =>
  new RateLimitError("HTTP 429", { ...requestDetails, status: 429, retryAfterMs });
const serverError = (status = 502) => new ServerError(`HTTP ${status}`, { ...requestDetails, status });

const statusesBySource = Object.fromEntries(
  Object.entries(sourceCases).map(([source, { statuses, mapStatus }]) => [source, { statuses, map: mapStatus }]),
);

/** A fixture of `source` with its `status` field replaced. */
function rawTaskWithStatus<Source extends AgentTaskSource>(source: Source, status: string): RawTaskBySource[Source] {
  const [base] = Object.values(fixturesBySource[source]) as Record<string, unknown>[];
  const { wrapperField } = sourceCases[source];
  // Browser Use v4's `{run, events}`: the status is the run's.
  if (wrapperField !== undefined && base !== undefined && Object.hasOwn(base, wrapperField)) {
    return { ...base, [wrapperField]: { ...(base[wrapperField] as object), status } } as RawTaskBySource[Source];
  }
  return { ...base, status } as RawTaskBySource[Source];
}

interface StatusCase {
  source: AgentTaskSource;
  status: string;
  mapped: AgentTaskStatus;
  /** A non-terminal status of the same source, for the polls before. */
  runningStatus: string;
  /** A terminal status of the same source, to end the wait. */
  terminalStatus: string;
}

const statusCases: StatusCase[] = Object.entries(statusesBySource).flatMap(([source, { statuses, map }]) => {
  const runningStatus = statuses.find((status) => !isTerminalStatus(map(status)));
  const terminalStatus = statuses.find((status) => isTerminalStatus(map(status)));
  if (runningStatus === undefined || terminalStatus === undefined) throw new Error(`${source}: no status to use`);
  return statuses.map((status) => ({
    source: source as AgentTaskSource,
    status,
    mapped: map(status),
    runningStatus,
    terminalStatus,
  }));
});
const terminalCases = statusCases.filter((entry) => isTerminalStatus(entry.mapped));
const nonTerminalCases = statusCases.filter((entry) => !isTerminalStatus(entry.mapped));

// ---------------------------------------------------------------------------------------------------------------

const { server, calls } = useMswServer();

describe("waitForTask", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // No jitter unless a test says otherwise: every pause is its full length.
    vi.spyOn(Math, "random").mockReturnValue(0);
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  describe("terminal statuses", () => {
    it("has terminal and non-terminal cases for every source", () => {
      const sources = (cases: StatusCase[]) => [...new Set(cases.map((entry) => entry.source))].sort();
      expect(sources(terminalCases)).toEqual(Object.keys(statusesBySource).sort());
      expect(sources(nonTerminalCases)).toEqual(Object.keys(statusesBySource).sort());
    });

    it.each(terminalCases)(
      "ends the wait when a $source task turns $status ($mapped) after a running poll",
      async ({ source, status, mapped, runningStatus }) => {
        const terminalTask = rawTaskWithStatus(source, status);
        const fetcher = scriptedFetcher(source, [
          { task: rawTaskWithStatus(source, runningStatus) },
          { task: terminalTask },
        ]);

        const result = track(waitForTask(fetcher, "task-1"));
        await vi.advanceTimersByTimeAsync(1_000);

        expect(result.error).toBeUndefined();
        expect(result.value).toEqual(normalizeTask(source, terminalTask));
        expect(result.value).toMatchObject({ source, status: mapped, providerStatus: status, isTerminal: true });
        expect(result.value?.raw).toBe(terminalTask);
        expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
        await vi.advanceTimersByTimeAsync(60_000);
        expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
        expect(vi.getTimerCount()).toBe(0);
      },
    );

    it.each(nonTerminalCases)(
      "keeps polling while a $source task is $status ($mapped)",
      async ({ source, status, terminalStatus }) => {
        const fetcher = scriptedFetcher(source, [
          { task: rawTaskWithStatus(source, status) },
          { task: rawTaskWithStatus(source, status) },
          { task: rawTaskWithStatus(source, terminalStatus) },
        ]);

        const result = track(waitForTask(fetcher, "task-1"));
        await vi.advanceTimersByTimeAsync(2_499);
        expect(result.settled).toBe(false);
        await vi.advanceTimersByTimeAsync(1);

        expect(result.value?.providerStatus).toBe(terminalStatus);
        expect(fetcher.fetchTask).toHaveBeenCalledTimes(3);
      },
    );

    it("resolves on the first poll, without a pause, when the task is already terminal", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [completed]);

      const task = await waitForTask(fetcher, JOB_ID);

      expect(task.status).toBe("completed");
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
      expect(fetcher.fetchTask).toHaveBeenCalledWith(JOB_ID, { signal: expect.any(AbortSignal) });
      expect(vi.getTimerCount()).toBe(0);
    });
  });

  describe("timeout", () => {
    it("rejects with WaitTimeoutError carrying timeoutMs and the last task seen, aborting the request in flight at the deadline", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [{ task: hyperTask("pending") }, running(1), "hang"]);
      let abortedAt: number | null = null;

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: 10_000 }));
      await vi.advanceTimersByTimeAsync(2_500); // polls at 0, 1,000 and 2,000; the third hangs
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(3);
      fetcher.signals[2]?.addEventListener("abort", () => {
        abortedAt = performance.now();
      });
      await vi.advanceTimersByTimeAsync(7_499);
      expect(result.settled).toBe(false);
      expect(fetcher.signals[2]?.aborted).toBe(false);
      await vi.advanceTimersByTimeAsync(1);

      expect(abortedAt).toBe(10_000);
      expect(result.error).toBeInstanceOf(WaitTimeoutError);
      const error = result.error as WaitTimeoutError<"hyperbrowser">;
      expect(error.timeoutMs).toBe(10_000);
      expect(error.lastTask).toEqual(normalizeTask("hyperbrowser", hyperTask("running", 1)));
      expect(error.provider).toBe("hyperbrowser");
      expect(error.cause).toBeUndefined();
      expect(error.message).toBe(
        "waitForTask: hyperbrowser task did not finish within 10000 ms; last status running (running)",
      );
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(3);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("ends a pause at the deadline rather than sleeping past it, and fetches nothing after", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: 3_000 }));
      await vi.advanceTimersByTimeAsync(2_999); // polls at 0, 1,000 and 2,500; the next would be at 4,750
      expect(result.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);

      expect(result.error).toBeInstanceOf(WaitTimeoutError);
      expect(result.error).toMatchObject({ timeoutMs: 3_000, lastTask: { status: "running" } });
      expect(fetcher.callTimes).toEqual([0, 1_000, 2_500]);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(3);
    });

    it("gives the last error as cause when the last poll failed", async () => {
      const lastError = serverError(503);
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { error: lastError }]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { timeoutMs: 2_000 }));
      await vi.advanceTimersByTimeAsync(2_000);

      expect(await error).toBeInstanceOf(WaitTimeoutError);
      expect(await error).toMatchObject({ cause: lastError, lastTask: { status: "running" } });
    });

    it("rejects with WaitTimeoutError at the deadline even when the fetcher ignores its signal and hangs", async () => {
      const fetcher = { source: "hyperbrowser" as const, fetchTask: vi.fn(() => new Promise<never>(() => {})) };

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: 10_000 }));
      await vi.advanceTimersByTimeAsync(10_000);

      expect(result.settled).toBe(true);
      expect(result.error).toBeInstanceOf(WaitTimeoutError);
      expect(result.error).toMatchObject({ timeoutMs: 10_000, lastTask: null, ref: JOB_ID });
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("has lastTask null and says no task was read when every poll hung", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", ["hang"]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { timeoutMs: 5_000 }));
      await vi.advanceTimersByTimeAsync(5_000);

      expect(await error).toBeInstanceOf(WaitTimeoutError);
      expect(await error).toMatchObject({
        lastTask: null,
        message: "waitForTask: hyperbrowser task did not finish within 5000 ms; no task was read",
      });
      expect(fetcher.signals[0]?.aborted).toBe(true);
    });

    it("times out a wait longer than setTimeout's 24.8-day limit, without polling in a tight loop", async () => {
      const day = 24 * 60 * 60_000;
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: 30 * day, intervalMs: day }));
      await vi.advanceTimersByTimeAsync(30 * day - 1);
      expect(result.settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);

      expect(result.error).toBeInstanceOf(WaitTimeoutError);
      expect(result.error).toMatchObject({ timeoutMs: 30 * day });
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(30); // one a day
      expect(vi.getTimerCount()).toBe(0);
    });

    it("waits past the 15-minute default with timeoutMs Infinity", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: Number.POSITIVE_INFINITY }));
      await vi.advanceTimersByTimeAsync(20 * 60_000);

      expect(result.settled).toBe(false);
      expect(fetcher.fetchTask.mock.calls.length).toBeGreaterThan(200);
    });
  });

  describe("abort", () => {
    it("rejects with UserAbortError at once when the signal aborts during a pause, and fetches no more", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);
      const controller = new AbortController();
      const reason = new Error("the user closed the dashboard");

      const pending = rejectionOf(waitForTask(fetcher, JOB_ID, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(500);
      controller.abort(reason);
      // Awaited without advancing the clock: no timer has to fire for the wait to end.
      const error = await pending;

      expect(error).toBeInstanceOf(UserAbortError);
      expect(error).toMatchObject({
        provider: "hyperbrowser",
        cause: reason,
        message: "waitForTask: waiting for the hyperbrowser task was aborted by the caller",
      });
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rejects with UserAbortError at once when the signal aborts during a request, aborting that request", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running(), "hang"]);
      const controller = new AbortController();
      const reason = new Error("the user closed the dashboard");

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
      controller.abort(reason);

      // Awaited without advancing the clock: no timer has to fire for the wait to end.
      expect(await error).toBeInstanceOf(UserAbortError);
      expect(await error).toMatchObject({ provider: "hyperbrowser", cause: reason });
      expect(fetcher.signals[1]?.aborted).toBe(true);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rejects at once when the signal aborts during a request the fetcher does not abort (it ignores its signal)", async () => {
      const plays: Play[] = [running()];
      const fetcher = {
        source: "hyperbrowser" as const,
        fetchTask: vi.fn(() =>
          plays.length > 0 ? Promise.resolve((plays.shift() as { task: unknown }).task) : new Promise<never>(() => {}),
        ),
      };
      const controller = new AbortController();
      const reason = new Error("the user closed the dashboard");

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
      controller.abort(reason);

      // Awaited without advancing the clock: no timer has to fire for the wait to end.
      expect(await error).toBeInstanceOf(TaskAbortedError);
      expect(await error).toMatchObject({ cause: reason, ref: JOB_ID, lastTask: { status: "running" } });
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rejects with UserAbortError without fetching when the signal has already aborted", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [completed]);
      const reason = new Error("already gone");

      const error = await rejectionOf(waitForTask(fetcher, JOB_ID, { signal: AbortSignal.abort(reason) }));

      expect(error).toBeInstanceOf(UserAbortError);
      expect(error).toMatchObject({ cause: reason });
      expect(fetcher.fetchTask).not.toHaveBeenCalled();
    });

    it("stops listening to the caller's signal once the wait is over", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running(), completed]);
      const controller = new AbortController();
      const removeEventListener = vi.spyOn(controller.signal, "removeEventListener");

      const result = track(waitForTask(fetcher, JOB_ID, { signal: controller.signal }));
      await vi.advanceTimersByTimeAsync(1_000);
      controller.abort();

      expect(result.value?.status).toBe("completed");
      expect(removeEventListener).toHaveBeenCalledWith("abort", expect.any(Function));
      expect(fetcher.signals.map((signal) => signal?.aborted)).toEqual([false, false]);
    });
  });

  describe("transient errors", () => {
    it("tolerates ApiConnectionError, ApiTimeoutError, RateLimitError and ServerError in a row, then resolves", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [
        { error: connectionError() },
        { error: timeoutError() },
        { error: rateLimitError() },
        { error: serverError() },
        completed,
      ]);

      const result = track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(60_000);

      expect(result.error).toBeUndefined();
      expect(result.value?.status).toBe("completed");
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(5);
      expect(pausesOf(fetcher)).toEqual([1_000, 1_500, 2_250, 3_375]);
    });

    it("rethrows the 6th transient error in a row with the default maxConsecutiveErrors of 5, saying 6 polls failed over how long", async () => {
      const errors = [
        connectionError(),
        timeoutError(),
        rateLimitError(),
        serverError(500),
        new InvalidResponseError("empty body", { ...requestDetails, status: 200 }),
        serverError(503),
      ];
      const fetcher = scriptedFetcher("hyperbrowser", [running(), ...errors.map((error) => ({ error }))]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(60_000);

      // Same class and fields as the last error, which is the cause; the message says what happened before it.
      expect(await error).toBeInstanceOf(ServerError);
      expect(await error).toMatchObject({
        status: 503,
        url: TASK_URL,
        cause: errors[5],
        message: "waitForTask: 6 polls in a row failed over 17125 ms; the last: HTTP 503",
      });
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(7);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("counts only errors in a row: a successful poll starts the count again", async () => {
      const fiveErrors: Play[] = Array.from({ length: 5 }, () => ({ error: serverError() }));
      const fetcher = scriptedFetcher("hyperbrowser", [...fiveErrors, running(), ...fiveErrors, completed]);

      const result = track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(120_000);

      expect(result.error).toBeUndefined();
      expect(result.value?.status).toBe("completed");
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(12);
    });

    it("rethrows the first transient error with maxConsecutiveErrors 0", async () => {
      const first = connectionError();
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { error: first }, completed]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { maxConsecutiveErrors: 0 }));
      await vi.advanceTimersByTimeAsync(1_000);

      expect(await error).toBe(first);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
    });

    it("pauses at least a RateLimitError's retryAfterMs, even with the most jitter", async () => {
      vi.mocked(Math.random).mockReturnValue(0.999_999);
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { error: rateLimitError(10_000) }, completed]);

      const result = track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(30_000);

      expect(result.value?.status).toBe("completed");
      const [afterRunning, afterRateLimit] = pausesOf(fetcher);
      expect(afterRunning).toBe(800); // an ordinary pause: 1,000 ms less (almost) 20 % jitter
      expect(afterRateLimit).toBe(10_000);
    });
  });

  describe("permanent errors", () => {
    const permanentErrors = [
      new NotFoundError("HTTP 404", { ...requestDetails, status: 404 }),
      new AuthenticationError("HTTP 401", { ...requestDetails, status: 401 }),
      new PermissionDeniedError("HTTP 403", { ...requestDetails, status: 403 }),
      new UnprocessableEntityError("HTTP 422", { ...requestDetails, status: 422 }),
      new TypeError("fetcher bug: cannot read properties of undefined"),
    ];

    it.each(permanentErrors)("rethrows $name ($message) mid-wait at once, without another poll", async (permanent) => {
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { error: permanent }, completed]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(1_000);

      expect(await error).toBe(permanent);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rethrows a NormalizeError at once when a poll returns a task without an id", async () => {
      const { jobId: _dropped, ...withoutId } = hyperTask("running");
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { task: withoutId }, completed]);

      const error = rejectionOf(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(1_000);

      expect(await error).toBeInstanceOf(NormalizeError);
      expect(await error).toMatchObject({ source: "hyperbrowser", path: "jobId" });
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(2);
    });

    it("rethrows a NormalizeError at once when the first poll returns an HTML page instead of a task", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [{ task: "<html>Bad gateway</html>" }, completed]);

      const error = await rejectionOf(waitForTask(fetcher, JOB_ID));

      expect(error).toBeInstanceOf(NormalizeError);
      expect(error).toMatchObject({ source: "hyperbrowser", path: "(root)" });
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
    });
  });

  describe("pauses", () => {
    it("keeps polling an unknown status with pauses growing 1 s, 1.5 s, 2.25 s, 3.375 s, then capped at 5 s", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [{ task: hyperTask("cancelled") }]);

      const result = track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(28_125);

      expect(result.settled).toBe(false);
      expect(pausesOf(fetcher)).toEqual([1_000, 1_500, 2_250, 3_375, 5_000, 5_000, 5_000, 5_000]);
    });

    it("grows from intervalMs to maxIntervalMs when both are given", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      track(waitForTask(fetcher, JOB_ID, { intervalMs: 200, maxIntervalMs: 400 }));
      await vi.advanceTimersByTimeAsync(1_700);

      expect(pausesOf(fetcher)).toEqual([200, 300, 400, 400, 400]);
    });

    it("defaults maxIntervalMs to intervalMs when intervalMs is above the 5 s default", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      track(waitForTask(fetcher, JOB_ID, { intervalMs: 8_000 }));
      await vi.advanceTimersByTimeAsync(24_000);

      expect(pausesOf(fetcher)).toEqual([8_000, 8_000, 8_000]);
    });

    it("cuts each pause by at most 20 % jitter, and never polls in a tight loop", async () => {
      const randoms = [0.999_999, 0, 0.5, 0.25, 0.999_999, 0.75, 0.1, 0.999_999, 0.6, 0.3];
      let next = 0;
      vi.mocked(Math.random).mockImplementation(() => randoms[next++ % randoms.length] ?? 0);
      const fetcher = scriptedFetcher("hyperbrowser", [{ task: hyperTask("cancelled") }]);

      track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(60_000);

      const full = [1_000, 1_500, 2_250, 3_375, 5_000, 5_000, 5_000, 5_000, 5_000, 5_000];
      const pauses = pausesOf(fetcher);
      for (const [index, pause] of pauses.slice(0, full.length).entries()) {
        const base = full[index] ?? 0;
        // Fake timers count whole milliseconds, so a pause may come up to 1 ms short of the exact value.
        expect(Math.abs(pause - base * (1 - 0.2 * (randoms[index] ?? 0)))).toBeLessThan(1);
        expect(pause).toBeGreaterThanOrEqual(Math.floor(base * 0.8));
        expect(pause).toBeLessThanOrEqual(base);
      }
      expect(Math.min(...pauses)).toBeGreaterThanOrEqual(800);
      expect(fetcher.fetchTask.mock.calls.length).toBeLessThanOrEqual(1 + Math.floor(60_000 / 800));
    });

    it("waits a whole intervalMs of 3e9 ms, beyond setTimeout's 2^31-1 ms limit, rather than 1 ms (defect 11)", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running()]);

      const result = track(waitForTask(fetcher, JOB_ID, { timeoutMs: Number.POSITIVE_INFINITY, intervalMs: 3e9 }));
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1); // no second poll after 1 s
      await vi.advanceTimersByTimeAsync(2 ** 31);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(3e9 - 2 ** 31 - 1_000);

      expect(pausesOf(fetcher)).toEqual([3e9]);
      expect(result.settled).toBe(false);
    });

    it("waits out maxIntervalMs and a Retry-After of 5e9 ms in full, and times out at an 8e9 ms deadline (defect 11)", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [running(), { error: rateLimitError(5e9) }, running()]);

      const result = track(
        waitForTask(fetcher, JOB_ID, { timeoutMs: 8e9, intervalMs: 3e9, maxIntervalMs: 4e9, maxConsecutiveErrors: 1 }),
      );
      await vi.advanceTimersByTimeAsync(1_000);
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(8e9 - 1_001);
      const polls = fetcher.fetchTask.mock.calls.length;
      await vi.advanceTimersByTimeAsync(1);

      // Polls at 0 and 3e9 (after intervalMs); the next would be at 8e9 (after the 5e9 Retry-After), the deadline.
      expect(polls).toBe(2);
      expect(pausesOf(fetcher)).toEqual([3e9]);
      expect(result.error).toBeInstanceOf(WaitTimeoutError);
      expect(result.error).toMatchObject({ timeoutMs: 8e9 });
      expect(vi.getTimerCount()).toBe(0);
    });

    it("goes back to intervalMs when the task changes, then grows again", async () => {
      const fetcher = scriptedFetcher("hyperbrowser", [
        running(0),
        running(0),
        running(0),
        running(0),
        running(1), // a new step
        running(1),
        running(1),
        { task: hyperTask("pending", 1) }, // a new status
        { task: hyperTask("pending", 1) },
        completed,
      ]);

      const result = track(waitForTask(fetcher, JOB_ID));
      await vi.advanceTimersByTimeAsync(60_000);

      expect(result.value?.status).toBe("completed");
      expect(pausesOf(fetcher)).toEqual([1_000, 1_500, 2_250, 3_375, 1_000, 1_500, 2_250, 1_000, 1_500]);
    });
  });

  describe("onUpdate", () => {
    it("fires for the first task and for each change of status or steps, not for every poll", async () => {
      const onUpdate = vi.fn<(task: AgentTask<"hyperbrowser">) => void>();
      const fetcher = scriptedFetcher("hyperbrowser", [
        { task: hyperTask("pending") },
        { task: hyperTask("pending") },
        running(0),
        running(0),
        running(0),
        running(1),
        running(2),
        running(2),
        completed,
      ]);

      const result = track(waitForTask(fetcher, JOB_ID, { onUpdate }));
      await vi.advanceTimersByTimeAsync(60_000);

      expect(result.value?.status).toBe("completed");
      expect(fetcher.fetchTask).toHaveBeenCalledTimes(9);
      expect(onUpdate.mock.calls.map(([task]) => [task.providerStatus, task.steps.length])).toEqual([
        ["pending", 0],
        ["running", 0],
        ["running", 1],
        ["running", 2],
        ["completed", 2],
      ]);
      expect(onUpdate.mock.calls.at(-1)?.[0]).toBe(result.value);
    });

    it("fires when a step's status changes while the number of steps stays the same", async () => {
      const onUpdate = vi.fn<(task: AgentTask<"browseract">) => void>();
      const lastStepDone = {
        ...browserActRunning,
        steps: browserActRunning.steps.map((step) => ({ ...step, status: "succeed" as const })),
      };
      const fetcher = scriptedFetcher("browseract", [
        { task: browserActRunning },
        { task: browserActRunning },
        { task: lastStepDone },
        { task: browserActFinished },
      ]);

      const result = track(waitForTask(fetcher, "78412563098214498", { onUpdate }));
      await vi.advanceTimersByTimeAsync(60_000);

      expect(result.value?.status).toBe("completed");
      expect(onUpdate.mock.calls.map(([task]) => task.steps.map((step) => step.status))).toEqual([
        ["succeeded", "running"],
        ["succeeded", "succeeded"],
        normalizeTask("browseract", browserActFinished).steps.map((step) => step.status),
      ]);
    });
  });

  describe("options", () => {
    it.each([
      ["timeoutMs", { timeoutMs: 0 }],
      ["timeoutMs", { timeoutMs: -1 }],
      ["timeoutMs", { timeoutMs: Number.NaN }],
      ["timeoutMs", { timeoutMs: "60000" }],
      ["intervalMs", { intervalMs: 0 }],
      ["intervalMs", { intervalMs: Number.POSITIVE_INFINITY }],
      ["intervalMs", { intervalMs: Number.NaN }],
      ["maxIntervalMs", { maxIntervalMs: Number.POSITIVE_INFINITY }],
      ["maxIntervalMs", { intervalMs: 2_000, maxIntervalMs: 1_000 }],
      ["maxConsecutiveErrors", { maxConsecutiveErrors: -1 }],
      ["maxConsecutiveErrors", { maxConsecutiveErrors: 1.5 }],
      ["maxConsecutiveErrors", { maxConsecutiveErrors: Number.NaN }],
      ["onUpdate", { onUpdate: "console.log" }],
    ])("rejects a bad %s (%o) with InvalidWaitOptionError before fetching", async (option, options) => {
      const fetcher = scriptedFetcher("hyperbrowser", [completed]);

      const error = await rejectionOf(waitForTask(fetcher, JOB_ID, options as never));

      expect(error).toBeInstanceOf(InvalidWaitOptionError);
      expect(error).toMatchObject({ option });
      expect((error as Error).message).toMatch(new RegExp(`^waitForTask: invalid \`${option}\` option: `));
      expect(fetcher.fetchTask).not.toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    });

    it("rejects a client passed in place of a task fetcher with an AgentTasksError that names the fetcher factory", async () => {
      const client = createHyperbrowserClient({ apiKey: "hb-test-key" });

      const error = await rejectionOf(waitForTask(client as never, JOB_ID));

      expect(error).toBeInstanceOf(AgentTasksError);
      expect((error as Error).message).toBe(
        "waitForTask: expected a task fetcher { source, fetchTask } such as createHyperbrowserTaskFetcher(client), " +
          "with source one of hyperbrowser, browser-use, browser-use-v1, dari, browseract, browser-use-v4, skyvern",
      );
      expect(calls).toEqual([]);
    });

    it("rejects a fetcher whose source is not a known one", async () => {
      const fetcher = { source: "acme", fetchTask: vi.fn() };

      const error = await rejectionOf(waitForTask(fetcher as never, JOB_ID));

      expect(error).toBeInstanceOf(AgentTasksError);
      expect((error as Error).message).toContain("with source one of hyperbrowser");
      expect(fetcher.fetchTask).not.toHaveBeenCalled();
    });
  });

  describe("with a real client, against a simulated provider", () => {
    // The simulations read the real clock (Date.now), which the fake timers move: tasks progress as time advances.

    it("polls Dari's status URL until the job completes, and resolves with the normalized job", async () => {
      // Pending until 500 ms, running until 1,500 ms, then completed: polls at 0, 1,000 and 2,000 ms see each.
      const sim = simulateDari({ apiKey: "dari-test-key", task: { startDelayMs: 500, durationMs: 1_000, steps: 1 } });
      server.use(...simulationHandlers(sim));
      const client = createDariClient({ apiKey: "dari-test-key" });
      const { ref } = await createDariAdapter(client, { orgId: "my-org", endpointName: "contact_form" }).start({
        form_data: { email: "ada@example.com" },
      });
      sim.clearRequests();
      const fetcher = createDariTaskFetcher(client);

      const result = track(waitForTask(fetcher, ref));
      await vi.advanceTimersByTimeAsync(2_500);

      expect(result.error).toBeUndefined();
      expect(result.value).toEqual(normalizeTask("dari", sim.view(ref.jobId)));
      expect(result.value).toMatchObject({ source: "dari", id: ref.jobId, status: "completed" });
      const polls = sim.requestsOf("get");
      expect(polls.map((request) => JSON.parse(request.responseBody).status)).toEqual([
        "pending",
        "running",
        "completed",
      ]);
      expect(sim.requests.map((request) => request.url)).toEqual(
        Array(3).fill(`https://agent.usedari.com/task/my-org/contact_form/status?job_id=${ref.jobId}`),
      );
      expect(sim.requests.map((request) => request.headers["x-api-key"])).toEqual(Array(3).fill("dari-test-key"));
    });

    it("aborts the HTTP request in flight at the deadline and rejects with WaitTimeoutError", async () => {
      const sim = simulateHyperbrowser({ apiKey: "hb-test-key" });
      sim.injectFault({ operation: "get", fault: { kind: "hang" } }); // held until the client aborts it
      server.use(...simulationHandlers(sim));
      const fetcher = createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: "hb-test-key" }));

      const error = rejectionOf(waitForTask(fetcher, JOB_ID, { timeoutMs: 5_000 }));
      await vi.advanceTimersByTimeAsync(5_000);

      expect(await error).toBeInstanceOf(WaitTimeoutError);
      expect(await error).toMatchObject({ timeoutMs: 5_000, lastTask: null });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(calls).toHaveLength(1);
      expect(sim.requests.map((request) => `${request.operation} ${request.outcome}`)).toEqual(["get hung"]);
      expect(vi.getTimerCount()).toBe(0);
    });

    it("pauses after a 429 only as long as the client's maxRetryAfterMs allows (Retry-After: 3600 cut to 100 ms), then resolves (defect 13)", async () => {
      const sim = simulateHyperbrowser({ apiKey: "hb-test-key", task: { durationMs: 60_000 } });
      server.use(...simulationHandlers(sim));
      const client = createHyperbrowserClient({ apiKey: "hb-test-key", maxRetries: 0, maxRetryAfterMs: 100 });
      const { ref: jobId } = await createHyperbrowserAdapter(client).start({ task: "Count the stars" });
      await vi.advanceTimersByTimeAsync(61_000); // the task completes
      sim.clearRequests();
      sim.injectFault({
        operation: "get",
        fault: { kind: "status", status: 429, headers: { "retry-after": "3600" }, body: { message: "slow down" } },
      });

      const result = track(waitForTask(createHyperbrowserTaskFetcher(client), jobId, { intervalMs: 10 }));
      await vi.advanceTimersByTimeAsync(99);
      const beforeTheCap = sim.requests.length;
      await vi.advanceTimersByTimeAsync(1);

      expect(beforeTheCap).toBe(1);
      expect(result.error).toBeUndefined();
      expect(result.value).toMatchObject({ id: jobId, status: "completed" });
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["get 429", "get 200"]);
    });

    it("rethrows the client's NotFoundError when the task disappears mid-wait", async () => {
      const sim = simulateHyperbrowser({ apiKey: "hb-test-key", task: { durationMs: 60_000 } });
      server.use(...simulationHandlers(sim));
      const client = createHyperbrowserClient({ apiKey: "hb-test-key" });
      const { ref: jobId } = await createHyperbrowserAdapter(client).start({ task: "Count the stars" });
      sim.clearRequests();
      const fetcher = createHyperbrowserTaskFetcher(client);

      const error = rejectionOf(waitForTask(fetcher, jobId));
      await sim.waitForRequest("get"); // the first poll reads the running task
      const notFound = { message: `HyperAgent task ${jobId} not found` };
      sim.injectFault({ operation: "get", taskId: jobId, fault: { kind: "status", status: 404, body: notFound } });
      await vi.advanceTimersByTimeAsync(1_000);

      expect(await error).toBeInstanceOf(NotFoundError);
      expect(await error).toMatchObject({
        provider: "hyperbrowser",
        status: 404,
        url: `https://api.hyperbrowser.ai/api/task/hyper-agent/${jobId}`,
        body: notFound,
      });
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["get 200", "get 404"]);
      expect(JSON.parse(sim.requests[0]?.responseBody ?? "")).toMatchObject({ jobId, status: "running" });
    });
  });
});

describe("waitForTask with 1,000 waits on one client", () => {
  it(
    "never has more than maxConcurrentRequests (8) requests in flight, and every wait completes",
    async () => {
      const pollsByJob = new Map<string, number>();
      let inFlight = 0;
      let peakInFlight = 0;
      // Each job completes on its third read: a client-side limit under load, not a provider's behaviour, so the
      // answers are scripted here rather than simulated.
      server.use(
        http.get("https://api.hyperbrowser.ai/api/task/hyper-agent/:id", async ({ params }) => {
          inFlight++;
          peakInFlight = Math.max(peakInFlight, inFlight);
          try {
            await delay(1);
            const jobId = String(params.id);
            const polls = (pollsByJob.get(jobId) ?? 0) + 1;
            pollsByJob.set(jobId, polls);
            return HttpResponse.json({ ...hyperTask(polls < 3 ? "running" : "completed"), jobId });
          } finally {
            inFlight--;
          }
        }),
      );
      const fetcher = createHyperbrowserTaskFetcher(
        createHyperbrowserClient({ apiKey: "hb-test-key", maxConcurrentRequests: 8 }),
      );
      const jobIds = Array.from({ length: 1_000 }, (_, index) => `job-${index}`);

      const tasks = await Promise.all(
        jobIds.map((jobId) => waitForTask(fetcher, jobId, { intervalMs: 5, maxIntervalMs: 10 })),
      );

      expect(tasks.map((task) => task.id)).toEqual(jobIds);
      expect(tasks.every((task) => task.status === "completed")).toBe(true);
      expect(calls).toHaveLength(3_000);
      expect([...pollsByJob.values()].every((polls) => polls === 3)).toBe(true);
      expect(peakInFlight).toBeLessThanOrEqual(8);
      expect(peakInFlight).toBeGreaterThan(1); // the requests did overlap, so the limit was what held them
      // Real timers and 3,000 msw round trips: seconds when idle, far more on a loaded 2-core machine. The budget
      // only catches a hang; the assertions above are what the test is for.
    },
    10 * 60_000,
  );
});
