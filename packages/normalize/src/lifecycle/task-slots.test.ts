import { AgentTasksError, ConcurrencyLimitError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { runTask, startTask, stopTask, waitForTask, watchTask } from "../every-provider.js";
import { FakeProvider } from "./__fixtures__/fake-adapter.js";
import { createTaskSlots } from "./task-slots.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };

/** Resolves once the event loop has had `turns` chances to run timers and promises. */
const turns = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe("createTaskSlots", () => {
  it("100 runTasks with a limit of 20 against a provider refusing more than 20: peak exactly 20, no refusal, all complete", async () => {
    const provider = new FakeProvider();
    provider.maxActive = 20;
    const adapter = provider.adapter("stop");
    const slots = createTaskSlots({ maxConcurrentTasks: 20 });
    const timeline = [
      { status: "running" as const },
      { status: "running" as const, steps: 1 },
      { status: "running" as const, steps: 1 },
      { status: "completed" as const, steps: 2 },
    ];

    const results = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        runTask(adapter, { task: `task ${index}`, timeline }, { ...fast, slots }),
      ),
    );

    expect(provider.peakActive).toBe(20);
    expect(provider.concurrencyLimitErrors).toBe(0);
    expect(provider.calls.start).toBe(100);
    expect(results).toHaveLength(100);
    expect(results.every((task) => task.status === "completed")).toBe(true);
    expect(new Set(results.map((task) => task.id)).size).toBe(100);
    expect(provider.active).toBe(0);
    expect(slots.active).toBe(0);
    expect(slots.waiting).toBe(0);
  });

  it("without slots, the same 100 runs meet ConcurrencyLimitError (the test's provider does refuse)", async () => {
    const provider = new FakeProvider();
    provider.maxActive = 20;
    const adapter = provider.adapter();
    const settled = await Promise.allSettled(
      Array.from({ length: 100 }, () =>
        runTask(adapter, { task: "x", timeline: [{ status: "running" }, { status: "completed" }] }, fast),
      ),
    );

    expect(settled.filter((result) => result.status === "rejected").length).toBe(80);
    expect(provider.concurrencyLimitErrors).toBe(80);
  });

  it("keeps a bare startTask's slot until release(ref), then hands it to the next start waiting", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const slots = createTaskSlots({ maxConcurrentTasks: 1 });

    const first = await startTask(adapter, { task: "one" }, { slots });
    const second = startTask(adapter, { task: "two" }, { slots });
    await turns(3);

    expect(first).toBe("task-1");
    expect(provider.calls.start).toBe(1);
    expect(slots).toMatchObject({ active: 1, waiting: 1, maxConcurrentTasks: 1 });

    expect(slots.release(first)).toBe(true);
    expect(slots.release(first)).toBe(false);
    expect(await second).toBe("task-2");
    expect(provider.calls.start).toBe(2);
    expect(slots).toMatchObject({ active: 1, waiting: 0 });
  });

  it("releases object refs by value", async () => {
    const provider = new FakeProvider();
    const base = provider.adapter();
    // An adapter whose refs are objects, as Dari's { orgId, endpointName, jobId }.
    const adapter = {
      source: "hyperbrowser" as const,
      start: async (input: { task: string }) => ({
        ref: { org: "o", job: (await base.start(input)).ref },
        response: null,
      }),
      get: (ref: { org: string; job: string }) => base.get(ref.job),
      fetchTask: (ref: { org: string; job: string }) => base.get(ref.job),
    };
    const slots = createTaskSlots({ maxConcurrentTasks: 2 });

    const ref = await startTask(adapter, { task: "x" }, { slots });

    expect(ref).toEqual({ org: "o", job: "task-1" });
    expect(slots.active).toBe(1);
    expect(slots.release({ job: "task-1", org: "o" })).toBe(true);
    expect(slots.active).toBe(0);
  });

  it("frees the slot when waitForTask sees the task end, and when watchTask's loop is left early", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const slots = createTaskSlots({ maxConcurrentTasks: 5 });

    const waited = await startTask(adapter, { task: "a" }, { slots });
    const watched = await startTask(adapter, { task: "b", timeline: [{ status: "running" }] }, { slots });
    expect(slots.active).toBe(2);

    await waitForTask(adapter, waited, { ...fast, slots });
    expect(slots.active).toBe(1);

    for await (const task of watchTask(adapter, watched, { ...fast, slots })) {
      expect(task.status).toBe("running");
      break;
    }
    expect(slots.active).toBe(0);
  });

  it("frees the slot when waitForTask is abandoned (timeout) and when stopTask stops the task", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter("stop");
    const slots = createTaskSlots({ maxConcurrentTasks: 5 });

    const abandoned = await startTask(adapter, { task: "a", timeline: [{ status: "running" }] }, { slots });
    const stopped = await startTask(adapter, { task: "b", timeline: [{ status: "running" }] }, { slots });
    await rejectionOf(waitForTask(adapter, abandoned, { ...fast, timeoutMs: 5, slots }));
    expect(slots.active).toBe(1);

    const task = await stopTask(adapter, stopped, { ...fast, slots });
    expect(task.status).toBe("stopped");
    expect(slots.active).toBe(0);
  });

  it("gives the slot back when the start is refused with ConcurrencyLimitError (or any error)", async () => {
    const provider = new FakeProvider();
    provider.maxActive = 0;
    const slots = createTaskSlots({ maxConcurrentTasks: 3 });

    const error = await rejectionOf(startTask(provider.adapter(), { task: "x" }, { slots }));

    expect(error).toBeInstanceOf(ConcurrencyLimitError);
    expect(slots.active).toBe(0);
  });

  it("honours the signal while waiting for a slot: the wait rejects with UserAbortError and nothing starts", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const slots = createTaskSlots({ maxConcurrentTasks: 1 });
    await startTask(adapter, { task: "holder" }, { slots });
    const controller = new AbortController();
    const reason = new Error("no longer needed");

    const waiting = rejectionOf(runTask(adapter, { task: "waiter" }, { ...fast, slots, signal: controller.signal }));
    await turns(2);
    expect(slots.waiting).toBe(1);
    controller.abort(reason);
    const error = await waiting;

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({
      cause: reason,
      message: "runTask: waiting for a task slot was aborted by the caller",
    });
    expect(provider.calls.start).toBe(1);
    expect(slots).toMatchObject({ active: 1, waiting: 0 });
  });

  it("refuses a limit that is not a positive integer, and slots not made by createTaskSlots", async () => {
    for (const maxConcurrentTasks of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createTaskSlots({ maxConcurrentTasks })).toThrow(AgentTasksError);
    }
    const provider = new FakeProvider();
    const fakeSlots = { maxConcurrentTasks: 1, active: 0, waiting: 0, release: () => true };

    const error = await rejectionOf(startTask(provider.adapter(), { task: "x" }, { slots: fakeSlots }));

    expect(error).toMatchObject({ message: "startTask: `slots` must come from createTaskSlots()" });
    expect(provider.calls.start).toBe(0);
  });

  it("frees the slot when watchTask's iteration is ended before its first step (return() or throw())", async () => {
    const provider = new FakeProvider();
    const adapter = provider.adapter();
    const slots = createTaskSlots({ maxConcurrentTasks: 5 });
    const returned = await startTask(adapter, { task: "a", timeline: [{ status: "running" }] }, { slots });
    const thrown = await startTask(adapter, { task: "b", timeline: [{ status: "running" }] }, { slots });
    expect(slots.active).toBe(2);

    await watchTask(adapter, returned, { ...fast, slots })
      [Symbol.asyncIterator]()
      .return?.();
    expect(slots.active).toBe(1);
    await rejectionOf(
      Promise.resolve(
        watchTask(adapter, thrown, { ...fast, slots })
          [Symbol.asyncIterator]()
          .throw?.(new Error("x")),
      ),
    );
    expect(slots.active).toBe(0);
    expect(provider.calls.get).toBe(0);
  });
});
