import {
  ApiConnectionError,
  BadRequestError,
  ServerError,
  type TaskCallOptions,
  UserAbortError,
} from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runTask } from "../every-provider.js";
import type { AgentTask } from "../model/agent-task.js";
import { normalizeTask } from "../normalize-task.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { StartOutcomeUnknownError, TaskAbortedError, WaitTimeoutError } from "./errors.js";
import { STOP_REQUEST_TIMEOUT_MS } from "./run-task.js";
import { InvalidWaitOptionError } from "./wait-options.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("runTask", () => {
  it("starts once, polls to the terminal task and resolves it, reporting each change to onUpdate", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("stop");
    const updates: string[] = [];

    const task = await runTask(
      adapter,
      {
        task: "find the top post",
        timeline: [
          { status: "pending" },
          { status: "running", steps: 1 },
          { status: "running", steps: 1 },
          { status: "completed", steps: 2 },
        ],
        output: "done",
      },
      { ...fast, onUpdate: (seen) => updates.push(`${seen.status}/${seen.steps.length}`) },
    );

    expect(task).toMatchObject({ source: "hyperbrowser", id: "task-1", status: "completed", output: "done" });
    expect(task).toEqual(
      normalizeTask("hyperbrowser", provider.rawTask("task-1", { status: "completed", steps: 2 }, "done")),
    );
    expect(updates).toEqual(["pending/0", "running/1", "completed/2"]);
    expect(provider.calls).toMatchObject({ start: 1, get: 4, stop: 0 });
    expect(provider.startInputs).toEqual([expect.objectContaining({ task: "find the top post" })]);
  });

  it("resolves (does not reject) a task that failed, and one that was stopped", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();

    const failed = await runTask(adapter, { task: "a", timeline: [{ status: "running" }, { status: "failed" }] }, fast);
    const stopped = await runTask(adapter, { task: "b", timeline: [{ status: "stopped" }] }, fast);

    expect(failed).toMatchObject({ status: "failed", isTerminal: true, success: false });
    expect(stopped).toMatchObject({ status: "stopped", isTerminal: true });
    expect(provider.calls.start).toBe(2);
  });

  it("on abort sends exactly one stop request, with its own signal, and rejects with TaskAbortedError", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("stop");
    const controller = new AbortController();
    const reason = new Error("the user left");
    const stopSignals: (AbortSignal | undefined)[] = [];
    provider.before.stop = ((_ref: string, options?: TaskCallOptions) => {
      stopSignals.push(options?.signal);
    }) as never;
    provider.before.get = () => {
      if (provider.calls.get === 3) controller.abort(reason);
    };

    const error = await rejectionOf(
      runTask(
        adapter,
        { task: "long", timeline: [{ status: "running", steps: 1 }] },
        { ...fast, signal: controller.signal },
      ),
    );

    expect(error).toBeInstanceOf(TaskAbortedError);
    expect(error).toBeInstanceOf(UserAbortError);
    const aborted = error as TaskAbortedError<"hyperbrowser", string>;
    expect(aborted).toMatchObject({
      name: "TaskAbortedError",
      provider: "hyperbrowser",
      cause: reason,
      ref: "task-1",
      stopRequested: true,
      stop: { requested: true, accepted: true },
    });
    expect(aborted.lastTask).toMatchObject({ id: "task-1", status: "running" });
    expect(aborted.message).toBe(
      "runTask: waiting for the hyperbrowser task was aborted by the caller; a stop request was sent and accepted",
    );
    expect(provider.calls.stop).toBe(1);
    expect(stopSignals).toHaveLength(1);
    expect(stopSignals[0]).not.toBe(controller.signal);
    expect(stopSignals[0]?.aborted).toBe(false);
    expect(provider.tasks.get("task-1")?.stopped).toBe(true);
    const getsAtAbort = provider.calls.get;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(provider.calls.get).toBe(getsAtAbort);
  });

  it("with stopOnAbort false sends no stop request and leaves the task running", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("stop");
    const controller = new AbortController();
    provider.before.get = () => {
      if (provider.calls.get === 2) controller.abort();
    };

    const error = await rejectionOf(
      runTask(
        adapter,
        { task: "long", timeline: [{ status: "running" }] },
        { ...fast, signal: controller.signal, stopOnAbort: false },
      ),
    );

    expect(error).toBeInstanceOf(TaskAbortedError);
    expect(error).toMatchObject({
      ref: "task-1",
      stopRequested: false,
      stop: { requested: false, reason: "disabled" },
    });
    expect(provider.calls.stop).toBe(0);
    expect(provider.tasks.get("task-1")?.stopped).toBe(false);
  });

  it("reports a stop it could not send (no stop operation) as unsupported", async () => {
    const provider = new FakeProvider();
    const controller = new AbortController();
    provider.before.get = () => controller.abort();

    const error = await rejectionOf(
      runTask(
        provider.adapter(),
        { task: "long", timeline: [{ status: "running" }] },
        { ...fast, signal: controller.signal },
      ),
    );

    expect(error).toMatchObject({
      ref: "task-1",
      stopRequested: false,
      stop: { requested: false, reason: "unsupported" },
    });
  });

  it("keeps the stop's failure in the error when the stop request fails", async () => {
    const provider = new FakeProvider();
    const controller = new AbortController();
    const stopFailure = new ServerError("HTTP 502", {
      provider: "hyperbrowser",
      status: 502,
      method: "PUT",
      url: "/stop",
    });
    provider.before.get = () => controller.abort();
    provider.before.stop = () => {
      throw stopFailure;
    };

    const error = await rejectionOf(
      runTask(
        provider.adapter("stop"),
        { task: "x", timeline: [{ status: "running" }] },
        { ...fast, signal: controller.signal },
      ),
    );

    expect(error).toMatchObject({
      stopRequested: true,
      stop: { requested: true, accepted: false, error: stopFailure },
    });
    expect(provider.calls.stop).toBe(1);
  });

  it("gives the stop request its own timeout, so a hanging stop cannot hang the rejection", async () => {
    vi.useFakeTimers();
    const provider = new FakeProvider();
    const controller = new AbortController();
    provider.before.get = () => controller.abort();
    provider.before.stop = ((_ref: string, options?: TaskCallOptions) =>
      new Promise<void>((_resolve, reject) => {
        options?.signal?.addEventListener("abort", () => reject(options.signal?.reason), { once: true });
      })) as never;

    const pending = rejectionOf(
      runTask(
        provider.adapter("stop"),
        { task: "x", timeline: [{ status: "running" }] },
        { ...fast, signal: controller.signal },
      ),
    );
    await vi.advanceTimersByTimeAsync(STOP_REQUEST_TIMEOUT_MS);
    const error = await pending;

    expect(error).toBeInstanceOf(TaskAbortedError);
    expect((error as TaskAbortedError).stop).toMatchObject({ requested: true, accepted: false });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("gives the stop request its own timeout even when the adapter's stop ignores its signal and hangs", async () => {
    vi.useFakeTimers();
    const provider = new FakeProvider();
    const controller = new AbortController();
    provider.before.get = () => controller.abort();
    provider.before.stop = (() => new Promise<void>(() => {})) as never;

    const pending = rejectionOf(
      runTask(
        provider.adapter("stop"),
        { task: "x", timeline: [{ status: "running" }] },
        { ...fast, signal: controller.signal },
      ),
    );
    await vi.advanceTimersByTimeAsync(STOP_REQUEST_TIMEOUT_MS);
    const error = await pending;

    expect(error).toBeInstanceOf(TaskAbortedError);
    expect((error as TaskAbortedError).stop).toMatchObject({ requested: true, accepted: false });
    expect(provider.calls.stop).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("on timeout sends one stop request and rejects with WaitTimeoutError carrying ref, lastTask and the stop", async () => {
    vi.useFakeTimers();
    // No jitter: every pause is its full second.
    vi.spyOn(Math, "random").mockReturnValue(0);
    const provider = new FakeProvider();
    const pending = rejectionOf(
      runTask(
        provider.adapter("stop"),
        { task: "slow", timeline: [{ status: "running", steps: 1 }] },
        { timeoutMs: 10_000, intervalMs: 1_000, maxIntervalMs: 1_000 },
      ),
    );
    await vi.advanceTimersByTimeAsync(10_001);
    const error = await pending;

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({
      name: "WaitTimeoutError",
      timeoutMs: 10_000,
      ref: "task-1",
      stopRequested: true,
      stop: { requested: true, accepted: true },
    });
    expect((error as WaitTimeoutError).lastTask).toMatchObject({ status: "running", steps: [expect.anything()] });
    expect((error as Error).message).toMatch(
      /^runTask: hyperbrowser task did not finish within 10000 ms; last status running \(running\); a stop request was sent and accepted$/,
    );
    expect(provider.calls.stop).toBe(1);
    // Reads at 0 s, 1 s ... 9 s; the deadline at 10 s comes before the 11th.
    expect(provider.calls.get).toBe(10);
  });

  it("rethrows a permanent error of the wait without stopping the task", async () => {
    const provider = new FakeProvider();
    const badRequest = new BadRequestError("HTTP 400", {
      provider: "hyperbrowser",
      status: 400,
      method: "GET",
      url: "/t",
    });
    provider.before.get = () => {
      throw badRequest;
    };

    const error = await rejectionOf(runTask(provider.adapter("stop"), { task: "x" }, fast));

    expect(error).toBe(badRequest);
    expect(provider.calls.stop).toBe(0);
  });

  it("rejects with a plain UserAbortError, starting nothing, when the signal already aborted", async () => {
    const provider = new FakeProvider();

    const error = await rejectionOf(runTask(provider.adapter("stop"), { task: "x" }, { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).not.toBeInstanceOf(TaskAbortedError);
    expect(provider.calls.start).toBe(0);
  });

  it("checks the wait options before starting anything", async () => {
    const provider = new FakeProvider();

    const error = await rejectionOf(runTask(provider.adapter(), { task: "x" }, { intervalMs: 0 }));

    expect(error).toBeInstanceOf(InvalidWaitOptionError);
    expect(error).toMatchObject({
      option: "intervalMs",
      message: "runTask: invalid `intervalMs` option: expected a positive, finite number of milliseconds",
    });
    expect(provider.calls.start).toBe(0);
  });

  it("finds the task by its client key after an ambiguous start failure, and waits for it, never starting twice", async () => {
    const provider = new FakeProvider();
    provider.before.start = () => {
      // The request reached the provider, which started the task, but the answer was lost.
      const input = provider.startInputs.length === 0 ? undefined : provider.startInputs[0];
      if (input === undefined) {
        provider.seed({ task: "x", clientKey: "key-1", timeline: [{ status: "running" }, { status: "completed" }] });
      }
      throw new ApiConnectionError("socket hang up", {
        provider: "hyperbrowser",
        status: null,
        method: "POST",
        url: "/task",
      });
    };

    const task: AgentTask = await runTask(
      provider.adapter("clientKey"),
      { task: "x" },
      { ...fast, clientKey: "key-1" },
    );

    expect(task).toMatchObject({ id: "task-1", status: "completed" });
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 1 });
  });

  it("rejects with StartOutcomeUnknownError when the client key finds nothing", async () => {
    const provider = new FakeProvider();
    const startError = new ServerError("HTTP 503", {
      provider: "hyperbrowser",
      status: 503,
      method: "POST",
      url: "/task",
    });
    provider.before.start = () => {
      throw startError;
    };

    const error = await rejectionOf(
      runTask(provider.adapter("clientKey"), { task: "x" }, { ...fast, clientKey: "key-9" }),
    );

    expect(error).toBeInstanceOf(StartOutcomeUnknownError);
    expect(error).toMatchObject({ clientKey: "key-9", cause: startError, lookupError: null });
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 1, get: 0 });
  });
});
