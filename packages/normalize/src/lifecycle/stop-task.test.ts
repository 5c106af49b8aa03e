import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  ServerError,
  UnprocessableEntityError,
  UserAbortError,
} from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stopTask } from "../every-provider.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };
const details = { provider: "hyperbrowser", method: "PUT", url: "https://api.example/task/stop" };

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("stopTask", () => {
  it("sends one stop, then reads the task until it is terminal, and resolves it", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running", steps: 1 }] });

    const task = await stopTask(provider.adapter("stop"), ref, fast);

    expect(task).toMatchObject({ id: ref, status: "stopped", isTerminal: true });
    expect(provider.calls).toMatchObject({ stop: 1, get: 1 });
  });

  it("keeps reading while the provider is still stopping the task", async () => {
    const provider = new FakeProvider();
    // The provider takes two reads to stop: the fake's timeline plays on after the stop request.
    const ref = provider.seed({
      task: "x",
      timeline: [{ status: "running" }, { status: "running" }, { status: "stopped" }],
    });
    const adapter = provider.adapter("stop");
    adapter.stop = async () => {
      provider.calls.stop++;
    };

    const task = await stopTask(adapter, ref, fast);

    expect(task.status).toBe("stopped");
    expect(provider.calls).toMatchObject({ stop: 1, get: 3 });
  });

  it("resolves the last task read when the task is still not terminal after timeoutMs", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0);
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running", steps: 1 }] });
    const adapter = provider.adapter("stop");
    adapter.stop = async () => {
      provider.calls.stop++;
    };

    const pending = stopTask(adapter, ref, { timeoutMs: 3_000 });
    await vi.advanceTimersByTimeAsync(3_001);
    const task = await pending;

    expect(task).toMatchObject({ id: ref, status: "running" });
    expect(provider.calls.stop).toBe(1);
    // Reads at 0 s, 1 s and 2.5 s (pauses 1 s, 1.5 s); the 3 s deadline ends the next pause.
    expect(provider.calls.get).toBe(3);
  });

  it.each([
    ["BadRequestError (400)", new BadRequestError("HTTP 400", { ...details, status: 400 })],
    ["NotFoundError (404)", new NotFoundError("HTTP 404", { ...details, status: 404 })],
    ["ConflictError (409)", new ConflictError("HTTP 409", { ...details, status: 409 })],
    ["UnprocessableEntityError (422)", new UnprocessableEntityError("HTTP 422", { ...details, status: 422 })],
  ])("treats a stop refused with %s on a finished task as done: reads it and resolves it", async (_name, refusal) => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "completed", steps: 2 }] });
    provider.before.stop = () => {
      throw refusal;
    };

    const task = await stopTask(provider.adapter("stop"), ref, fast);

    expect(task).toMatchObject({ id: ref, status: "completed" });
    expect(provider.calls).toMatchObject({ stop: 1, get: 1 });
  });

  it("can be called twice: the second call resolves the stopped task", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const adapter = provider.adapter("stop");
    provider.before.stop = () => {
      if (provider.calls.stop > 1) throw new ConflictError("HTTP 409: already stopped", { ...details, status: 409 });
    };

    const first = await stopTask(adapter, ref, fast);
    const second = await stopTask(adapter, ref, fast);

    expect(first.status).toBe("stopped");
    expect(second.status).toBe("stopped");
    expect(provider.calls).toMatchObject({ stop: 2, get: 2 });
  });

  it("rethrows the refusal when the task read after it is not terminal", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const refusal = new UnprocessableEntityError("HTTP 422", { ...details, status: 422 });
    provider.before.stop = () => {
      throw refusal;
    };

    expect(await rejectionOf(stopTask(provider.adapter("stop"), ref, fast))).toBe(refusal);
    expect(provider.calls).toMatchObject({ stop: 1, get: 1 });
  });

  it("a 409 on a task still running (a second stop while the first is under way) follows the task to its end", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({
      task: "x",
      timeline: [{ status: "running" }, { status: "running" }, { status: "stopped" }],
    });
    provider.before.stop = () => {
      throw new ConflictError("HTTP 409: the task is already stopping", { ...details, status: 409 });
    };

    const task = await stopTask(provider.adapter("stop"), ref, fast);

    expect(task).toMatchObject({ status: "stopped", isTerminal: true });
    expect(provider.calls.stop).toBe(1);
  });

  it("a 409 on a task that never ends within timeoutMs rethrows the 409", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const conflict = new ConflictError("HTTP 409", { ...details, status: 409 });
    provider.before.stop = () => {
      throw conflict;
    };

    expect(await rejectionOf(stopTask(provider.adapter("stop"), ref, { ...fast, timeoutMs: 20 }))).toBe(conflict);
  });

  it.each([
    ["AuthenticationError (401)", new AuthenticationError("HTTP 401", { ...details, status: 401 })],
    ["ServerError (503)", new ServerError("HTTP 503", { ...details, status: 503 })],
  ])("rethrows %s at once, without reading the task", async (_name, failure) => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "completed" }] });
    provider.before.stop = () => {
      throw failure;
    };

    expect(await rejectionOf(stopTask(provider.adapter("stop"), ref, fast))).toBe(failure);
    expect(provider.calls).toMatchObject({ stop: 1, get: 0 });
  });

  it("refuses an adapter without stop at run time too", async () => {
    const provider = new FakeProvider();

    const error = await rejectionOf(stopTask(provider.adapter() as never, "task-1" as never));

    expect(error).toMatchObject({ message: "stopTask: the hyperbrowser adapter has no `stop` operation" });
  });

  it("sends no stop when the signal already aborted, even through an adapter that ignores the signal", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const adapter = provider.adapter("stop");
    const stop = adapter.stop;
    adapter.stop = (taskRef) => stop(taskRef);
    const reason = new Error("never mind");

    const error = await rejectionOf(stopTask(adapter, ref, { ...fast, signal: AbortSignal.abort(reason) }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({ cause: reason });
    expect(provider.calls).toMatchObject({ stop: 0, get: 0 });
    expect(provider.tasks.get(ref)?.stopped).toBe(false);
  });
});
