import { ServerError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { watchTask } from "../every-provider.js";
import type { AgentTask } from "../model/agent-task.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { TaskAbortedError, WaitTimeoutError } from "./errors.js";
import { InvalidWaitOptionError } from "./wait-options.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watchTask", () => {
  it("yields the first task and each change of status or steps, ending with the terminal task", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({
      task: "x",
      timeline: [
        { status: "pending" },
        { status: "pending" },
        { status: "running", steps: 1 },
        { status: "running", steps: 1 },
        { status: "running", steps: 2 },
        { status: "completed", steps: 2 },
      ],
      output: "the answer",
    });
    const seen: AgentTask<"hyperbrowser">[] = [];
    const updates: string[] = [];

    for await (const task of watchTask(provider.adapter(), ref, {
      ...fast,
      onUpdate: (task) => updates.push(task.status),
    })) {
      seen.push(task);
    }

    expect(seen.map((task) => `${task.status}/${task.steps.length}`)).toEqual([
      "pending/0",
      "running/1",
      "running/2",
      "completed/2",
    ]);
    expect(seen.at(-1)).toMatchObject({ isTerminal: true, output: "the answer" });
    expect(updates).toEqual(["pending", "running", "running", "completed"]);
    expect(provider.calls.get).toBe(6);
  });

  it("stops polling when the loop is left with break: no request after it", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }, { status: "running", steps: 1 }] });

    for await (const task of watchTask(provider.adapter(), ref, fast)) {
      if (task.steps.length === 1) break;
    }
    const callsAtBreak = provider.calls.get;
    await pause(20);

    expect(callsAtBreak).toBe(2);
    expect(provider.calls.get).toBe(callsAtBreak);
  });

  it("sends nothing before the first iteration, and checks its options at once", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x" });

    const watch = watchTask(provider.adapter(), ref, fast);
    await pause(5);

    expect(provider.calls.get).toBe(0);
    expect(() => watchTask(provider.adapter(), ref, { intervalMs: -1 })).toThrow(InvalidWaitOptionError);
    expect(() => watchTask(provider.adapter(), ref, { intervalMs: -1 })).toThrow(/^watchTask: invalid `intervalMs`/);
    await watch[Symbol.asyncIterator]().return?.();
  });

  it("rejects with TaskAbortedError (a UserAbortError) carrying ref and lastTask when the signal aborts", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running", steps: 1 }] });
    const controller = new AbortController();
    const iterator = watchTask(provider.adapter(), ref, { ...fast, signal: controller.signal })[Symbol.asyncIterator]();

    const first = await iterator.next();
    controller.abort("bye");
    const error = await rejectionOf(iterator.next());

    expect(first.value).toMatchObject({ status: "running" });
    expect(error).toBeInstanceOf(TaskAbortedError);
    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({
      ref,
      cause: "bye",
      stopRequested: false,
      stop: { requested: false, reason: "not-asked" },
    });
    expect((error as TaskAbortedError).lastTask).toMatchObject({ status: "running" });
    expect(provider.calls.get).toBe(1);
  });

  it("rejects with WaitTimeoutError carrying ref and lastTask after timeoutMs", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const seen: string[] = [];

    const error = await rejectionOf(
      (async () => {
        for await (const task of watchTask(provider.adapter(), ref, { ...fast, timeoutMs: 10 })) seen.push(task.status);
      })(),
    );

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ ref, timeoutMs: 10, stopRequested: false });
    expect((error as WaitTimeoutError).message).toMatch(/^watchTask: hyperbrowser task did not finish within 10 ms/);
    expect(seen).toEqual(["running"]);
  });

  it("tolerates transient errors like waitForTask, and rethrows past maxConsecutiveErrors", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const failure = new ServerError("HTTP 502", { provider: "hyperbrowser", status: 502, method: "GET", url: "/t" });
    provider.before.get = () => {
      if (provider.calls.get > 1) throw failure;
    };

    const error = await rejectionOf(
      (async () => {
        for await (const _task of watchTask(provider.adapter(), ref, { ...fast, maxConsecutiveErrors: 2 })) {
          // keep watching
        }
      })(),
    );

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, cause: failure });
    expect((error as Error).message).toMatch(/^watchTask: 3 polls in a row failed over \d+ ms; the last: HTTP 502$/);
    expect(provider.calls.get).toBe(4);
  });
});
