import {
  AgentTasksError,
  ApiConnectionError,
  ApiTimeoutError,
  BadRequestError,
  ConcurrencyLimitError,
  InvalidResponseError,
  ServerError,
  UserAbortError,
} from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { startTask } from "../every-provider.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { StartOutcomeUnknownError } from "./errors.js";
import { createTaskSlots } from "./task-slots.js";

const details = { provider: "hyperbrowser", method: "POST", url: "https://api.example/task" };

/** Makes the next start reach the provider (the task exists) and then fail with `error`. */
function startThenFail(provider: FakeProvider, error: Error): void {
  provider.before.start = (input: never) => {
    provider.seed(input);
    throw error;
  };
}

describe("startTask", () => {
  it("calls start once with the input and resolves the new task's ref", async () => {
    const provider = new FakeProvider();

    const ref = await startTask(provider.adapter(), { task: "find the top post" });

    expect(ref).toBe("task-1");
    expect(provider.calls).toMatchObject({ start: 1, get: 0 });
    expect(provider.startInputs).toEqual([{ task: "find the top post" }]);
  });

  it("tags the input with the client key", async () => {
    const provider = new FakeProvider();

    await startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "key-1" });

    expect(provider.startInputs).toEqual([{ task: "x", clientKey: "key-1" }]);
    expect(provider.calls.findByClientKey).toBe(0);
  });

  it.each([
    ["ApiConnectionError", new ApiConnectionError("socket hang up", { ...details, status: null })],
    ["ApiTimeoutError", new ApiTimeoutError("timed out", { ...details, status: null, timeoutMs: 60_000 })],
    ["ServerError", new ServerError("HTTP 502", { ...details, status: 502 })],
    ["InvalidResponseError", new InvalidResponseError("empty body", { ...details, status: 200 })],
  ])(
    "after %s, finds the task by its client key once and resolves its ref, without starting again",
    async (_name, error) => {
      const provider = new FakeProvider();
      startThenFail(provider, error);

      const ref = await startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "key-7" });

      expect(ref).toBe("task-1");
      expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 1 });
    },
  );

  it("rejects with StartOutcomeUnknownError carrying the key and the start's error when the key finds nothing", async () => {
    const provider = new FakeProvider();
    const startError = new ApiTimeoutError("timed out", { ...details, status: null, timeoutMs: 60_000 });
    provider.before.start = () => {
      throw startError;
    };

    const error = await rejectionOf(startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "key-2" }));

    expect(error).toBeInstanceOf(StartOutcomeUnknownError);
    expect(error).toMatchObject({
      name: "StartOutcomeUnknownError",
      provider: "hyperbrowser",
      clientKey: "key-2",
      cause: startError,
      lookupError: null,
    });
    expect((error as Error).message).toContain("no task was found with that client key");
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 1 });
  });

  it("rejects with StartOutcomeUnknownError carrying the look-up's error when the look-up fails", async () => {
    const provider = new FakeProvider();
    const startError = new ServerError("HTTP 500", { ...details, status: 500 });
    const lookupError = new ServerError("HTTP 503", { ...details, status: 503 });
    provider.before.start = () => {
      throw startError;
    };
    provider.before.findByClientKey = () => {
      throw lookupError;
    };

    const error = await rejectionOf(startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "key-3" }));

    expect(error).toMatchObject({ clientKey: "key-3", cause: startError, lookupError });
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 1 });
  });

  it.each([
    ["ConcurrencyLimitError", new ConcurrencyLimitError("too many", { ...details, status: 429 })],
    ["BadRequestError", new BadRequestError("HTTP 400", { ...details, status: 400 })],
  ])("rethrows %s as it is, without a look-up: the request did not start a task", async (_name, startError) => {
    const provider = new FakeProvider();
    provider.before.start = () => {
      throw startError;
    };

    const error = await rejectionOf(startTask(provider.adapter("clientKey"), { task: "x" }, { clientKey: "key-4" }));

    expect(error).toBe(startError);
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 0 });
  });

  it("rethrows an ambiguous failure as it is when no client key was given", async () => {
    const provider = new FakeProvider();
    const startError = new ServerError("HTTP 502", { ...details, status: 502 });
    startThenFail(provider, startError);

    expect(await rejectionOf(startTask(provider.adapter("clientKey"), { task: "x" }))).toBe(startError);
    expect(provider.calls).toMatchObject({ start: 1, findByClientKey: 0 });
  });

  it("refuses a client key for an adapter that cannot tag tasks, sending nothing", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const options = { clientKey: "key-5" } as never;

    const error = await rejectionOf(startTask(adapter, { task: "x" }, options));

    expect(error).toBeInstanceOf(AgentTasksError);
    expect(error).toMatchObject({ message: "startTask: the hyperbrowser adapter cannot tag tasks with a `clientKey`" });
    expect(provider.calls.start).toBe(0);
  });

  it("refuses something that is not an adapter", async () => {
    const error = await rejectionOf(
      startTask({ source: "hyperbrowser", fetchTask: async () => ({}) } as never, {} as never),
    );

    expect(error).toBeInstanceOf(AgentTasksError);
    expect((error as Error).message).toMatch(/^startTask: expected a task adapter with a `start` operation/);
  });

  it("sends no start when the signal already aborted, even through an adapter that ignores the signal", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const start = adapter.start;
    adapter.start = (input) => start(input);
    const slots = createTaskSlots({ maxConcurrentTasks: 1 });
    const reason = new Error("never mind");

    const unlimited = await rejectionOf(startTask(adapter, { task: "x" }, { signal: AbortSignal.abort(reason) }));
    const limited = await rejectionOf(startTask(adapter, { task: "x" }, { slots, signal: AbortSignal.abort(reason) }));

    expect(unlimited).toBeInstanceOf(UserAbortError);
    expect(unlimited).toMatchObject({ cause: reason });
    expect(limited).toBeInstanceOf(UserAbortError);
    expect(provider.calls.start).toBe(0);
    expect(slots).toMatchObject({ active: 0, waiting: 0 });
  });
});
