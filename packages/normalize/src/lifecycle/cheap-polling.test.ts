import { ServerError } from "@agent-tasks/core";
import { rejectionOf } from "@agent-tasks/test-support";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runTask, waitForTask, watchTask } from "../every-provider.js";
import { agentTaskSources } from "../model/agent-task.js";
import { mapTaskStatus } from "../normalize-task.js";
import { sourceCases } from "../providers/__fixtures__/index.js";
import { FakeProvider, type FakeProvider as FakeProviderType, type Moment } from "./__fixtures__/fake-adapter.js";
import { WaitTimeoutError } from "./errors.js";
import { FULL_READ_EVERY } from "./poll-task.js";

const fast = { intervalMs: 1, maxIntervalMs: 1 };

/** Records which operation each read used, in order. */
function recordReads(provider: FakeProviderType): string[] {
  const reads: string[] = [];
  provider.before.get = () => {
    reads.push("get");
  };
  provider.before.status = () => {
    reads.push("status");
  };
  return reads;
}

const repeat = (moment: Moment, times: number): Moment[] => Array.from({ length: times }, () => moment);

describe("polling through a cheap status operation", () => {
  it("reads the status while it stays the same and the whole task when it turns terminal", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const ref = provider.seed({
      task: "x",
      timeline: [...repeat({ status: "running" }, 3), { status: "completed", steps: 2 }],
      output: "done",
    });

    const task = await waitForTask(provider.adapter("status"), ref, fast);

    expect(task).toMatchObject({ status: "completed", output: "done", steps: [{}, {}] });
    // get (running), status (running), status (running), status (completed) → get (completed).
    expect(reads).toEqual(["get", "status", "status", "status", "get"]);
  });

  it(`reads the whole task every ${FULL_READ_EVERY}th poll, so step changes reach onUpdate while the status stays`, async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const ref = provider.seed({
      task: "x",
      timeline: [
        ...repeat({ status: "running" }, 3),
        ...repeat({ status: "running", steps: 1 }, 9),
        { status: "completed", steps: 2 },
      ],
    });
    const updates: string[] = [];

    await waitForTask(provider.adapter("status"), ref, {
      ...fast,
      onUpdate: (task) => updates.push(`${task.status}/${task.steps.length}`),
    });

    expect(FULL_READ_EVERY).toBe(5);
    expect(reads).toEqual([
      "get", // 1st poll: running/0
      "status",
      "status",
      "status",
      "status",
      "get", // 6th poll: the periodic whole read finds running/1
      "status",
      "status",
      "status",
      "status",
      "get", // 11th poll: unchanged running/1
      "status",
      "status", // 13th poll: completed
      "get",
    ]);
    expect(updates).toEqual(["running/0", "running/1", "completed/2"]);
  });

  it("without onUpdate, reads the whole task only when the status changes and at the end: no periodic whole reads", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const ref = provider.seed({
      task: "x",
      timeline: [
        ...repeat({ status: "running" }, 3),
        ...repeat({ status: "running", steps: 1 }, 9),
        { status: "completed", steps: 2 },
      ],
    });

    const task = await waitForTask(provider.adapter("status"), ref, fast);

    expect(task).toMatchObject({ status: "completed", steps: [{}, {}] });
    // The same 13 polls as above, but the steps nobody listens to are not fetched: 2 whole reads instead of 4.
    expect(reads).toEqual(["get", ...Array(11).fill("status"), "status", "get"]);
  });

  it("reads the whole task when the raw status changes, even to a status that maps the same", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const ref = provider.seed({
      task: "x",
      timeline: [{ status: "pending" }, { status: "running" }, { status: "running" }, { status: "completed" }],
    });

    const seen: string[] = [];
    for await (const task of watchTask(provider.adapter("status"), ref, fast)) seen.push(task.status);

    expect(seen).toEqual(["pending", "running", "completed"]);
    expect(reads).toEqual(["get", "status", "get", "status", "get"]);
  });

  it("counts a failed status read as a transient error, like a failed whole read", async () => {
    const provider = new FakeProvider();
    const reads: string[] = [];
    const ref = provider.seed({ task: "x", timeline: [...repeat({ status: "running" }, 3), { status: "completed" }] });
    provider.before.get = () => {
      reads.push("get");
    };
    provider.before.status = () => {
      const failing = reads.filter((read) => read === "status failed").length < 2;
      reads.push(failing ? "status failed" : "status");
      if (failing)
        throw new ServerError("HTTP 502", { provider: "hyperbrowser", status: 502, method: "GET", url: "/s" });
    };

    const task = await waitForTask(provider.adapter("status"), ref, { ...fast, maxConsecutiveErrors: 2 });

    expect(task.status).toBe("completed");
    expect(reads).toEqual(["get", "status failed", "status failed", "status", "status", "status", "get"]);
  });

  it("rethrows a status read's error past maxConsecutiveErrors", async () => {
    const provider = new FakeProvider();
    const ref = provider.seed({ task: "x", timeline: [{ status: "running" }] });
    const failure = new ServerError("HTTP 502", { provider: "hyperbrowser", status: 502, method: "GET", url: "/s" });
    provider.before.status = () => {
      throw failure;
    };

    const error = await rejectionOf(waitForTask(provider.adapter("status"), ref, { ...fast, maxConsecutiveErrors: 1 }));

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 502, url: "/s", cause: failure });
    expect((error as Error).message).toMatch(/^waitForTask: 2 polls in a row failed over \d+ ms; the last: HTTP 502$/);
    expect(provider.calls).toMatchObject({ get: 1, status: 2 });
  });

  it("keeps reading the whole task on every poll for a fetcher without status", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const ref = provider.seed({ task: "x", timeline: [...repeat({ status: "running" }, 3), { status: "completed" }] });

    await waitForTask(provider.adapter(), ref, fast);

    expect(reads).toEqual(["get", "get", "get", "get"]);
    expect(provider.calls.status).toBe(0);
  });
});

describe("runTask with a cheap status operation and no onUpdate", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("reads nothing at the start: the first poll, one interval later, reads the status; the whole task only at the end", async () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0);
    const provider = new FakeProvider();
    const reads = recordReads(provider);

    const run = runTask(
      provider.adapter("status"),
      { task: "x", timeline: [...repeat({ status: "running" }, 4), { status: "completed", steps: 2 }], output: "ok" },
      { intervalMs: 1_000, maxIntervalMs: 1_000 },
    );
    await vi.advanceTimersByTimeAsync(999);
    expect(reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(reads).toEqual(["status"]);
    await vi.advanceTimersByTimeAsync(10_000);
    const task = await run;

    expect(task).toMatchObject({ status: "completed", output: "ok", steps: [{}, {}] });
    // Four running statuses, the completed one, then the whole task once.
    expect(reads).toEqual([...Array(5).fill("status"), "get"]);
  });

  it("reads the whole task when the status changes, as every status-only poll does", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);

    await runTask(
      provider.adapter("status"),
      {
        task: "x",
        timeline: [
          { status: "pending" },
          { status: "pending" },
          ...repeat({ status: "running" }, 3),
          { status: "completed" },
        ],
      },
      fast,
    );

    // pending, pending, running (a change: whole read, which moves the timeline on), running, completed.
    expect(reads).toEqual(["status", "status", "status", "get", "status", "status", "get"]);
  });

  it("with onUpdate, reads the whole task at once, so the first update is the task as started", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);
    const updates: string[] = [];

    await runTask(
      provider.adapter("status"),
      { task: "x", timeline: [...repeat({ status: "running" }, 2), { status: "completed" }] },
      { ...fast, onUpdate: (task) => updates.push(task.status) },
    );

    expect(reads[0]).toBe("get");
    expect(updates).toEqual(["running", "completed"]);
  });

  it("a timeout before any whole read carries no lastTask, and still sends the stop", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);

    const error = await rejectionOf(
      runTask(
        provider.adapter("status", "stop"),
        { task: "x", timeline: [{ status: "running" }] },
        {
          ...fast,
          timeoutMs: 30,
        },
      ),
    );

    expect(error).toBeInstanceOf(WaitTimeoutError);
    expect(error).toMatchObject({ lastTask: null, stop: { requested: true, accepted: true } });
    expect((error as Error).message).toContain("no task was read");
    expect(reads.length).toBeGreaterThan(1);
    expect(new Set(reads)).toEqual(new Set(["status"]));
  });

  it("without a status operation, reads the whole task at once, as before", async () => {
    const provider = new FakeProvider();
    const reads = recordReads(provider);

    await runTask(provider.adapter(), { task: "x", timeline: [{ status: "running" }, { status: "completed" }] }, fast);

    expect(reads).toEqual(["get", "get"]);
  });
});

describe("mapTaskStatus", () => {
  it("maps every status of every source as that source's own mapper does", () => {
    for (const source of agentTaskSources) {
      const { statuses, mapStatus: sourceMapper } = sourceCases[source];
      for (const status of statuses) expect(mapTaskStatus(source, status)).toBe(sourceMapper(status));
    }
    expect(mapTaskStatus("hyperbrowser", "completed")).toBe("completed");
    expect(mapTaskStatus("browseract", "canceled")).toBe("stopped");
  });

  it("gives unknown for an unknown status or source", () => {
    expect(mapTaskStatus("dari", "exploded")).toBe("unknown");
    expect(mapTaskStatus("nope" as never, "running")).toBe("unknown");
    expect(mapTaskStatus("dari", 42 as never)).toBe("unknown");
  });
});
