import type { AgentTask } from "@agent-tasks/normalize";
import { startTask } from "@agent-tasks/normalize";
import type { BrowserUseSimulation } from "@agent-tasks/testing";
import { afterEach, describe, expect, it } from "vitest";
import { browserUseAdapter, browserUseOverHttp, freshQueueName, until, useRedis } from "./__fixtures__/harness.js";
import {
  createTaskWatchQueue,
  createTaskWatchWorker,
  type TaskWatchQueue,
  type TaskWatchWorker,
  type TerminalContext,
  watchJobId,
} from "./index.js";

const redis = useRedis();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

interface Setup {
  sim: BrowserUseSimulation;
  queue: TaskWatchQueue;
  worker: TaskWatchWorker;
  handled: { task: AgentTask; context: TerminalContext }[];
}

async function setup(
  plan: Parameters<typeof browserUseOverHttp>[0],
  workerOptions: Partial<Parameters<typeof createTaskWatchWorker>[0]> = {},
  simOptions: { maxActiveTasks?: number } = {},
): Promise<Setup> {
  const sim = await browserUseOverHttp(plan, simOptions);
  closers.push(() => sim.close());
  const connection = { url: redis().url };
  const queueName = freshQueueName();
  const queue = createTaskWatchQueue({ connection, queueName, handlerBackoffMs: 50 });
  closers.push(() => queue.close());
  const handled: Setup["handled"] = [];
  const worker = createTaskWatchWorker({
    connection,
    queueName,
    adapters: { "browser-use": browserUseAdapter(sim) },
    poll: { intervalMs: 50, maxIntervalMs: 200, jitter: 0 },
    onTerminal: (task, context) => {
      handled.push({ task, context });
    },
    ...workerOptions,
  });
  closers.push(() => worker.close());
  await worker.waitUntilReady();
  return { sim, queue, worker, handled };
}

async function startOn(sim: BrowserUseSimulation, text = "find the price"): Promise<string> {
  return startTask(browserUseAdapter(sim), { task: text });
}

describe("watching a task", () => {
  it("polls the cheap status, reads the whole task once it ended, and runs the handler once with it", async () => {
    const { sim, queue, handled } = await setup({ durationMs: 300, steps: 2, output: "12.50 EUR" });
    const taskId = await startOn(sim);
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0, meta: { user: "u-1" } });
    expect(jobId).toBe(`browser-use/${taskId}`);
    expect(jobId).toBe(watchJobId("browser-use", taskId));
    await until("the handler ran", () => handled.length === 1);
    const [{ task, context }] = handled as [Setup["handled"][number]];
    expect(task).toMatchObject({ source: "browser-use", id: taskId, status: "completed", output: "12.50 EUR" });
    expect(task.steps).toHaveLength(2);
    expect(context).toMatchObject({ jobId, meta: { user: "u-1" }, handlerRun: 1, redelivered: false });
    const reads = sim.requests.filter((request) => request.taskId === taskId);
    const statusReads = reads.filter((request) => request.operation === "status");
    expect(statusReads.length).toBeGreaterThanOrEqual(1);
    expect(reads.filter((request) => request.operation === "get")).toHaveLength(1);
    expect(reads.at(-1)?.operation).toBe("get");
    expect(context.polls).toBe(reads.length);
    const job = await queue.queue.getJob(jobId);
    expect(await job?.getState()).toBe("completed");
    expect(job?.returnvalue).toEqual({ status: "completed" });
    expect(job?.data).not.toHaveProperty("terminal");
  });

  it("watching the same task twice is one watch and one handler run", async () => {
    const { sim, queue, handled } = await setup({ durationMs: 200 });
    const taskId = await startOn(sim);
    const first = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    const second = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    expect(second.jobId).toBe(first.jobId);
    await until("the handler ran", () => handled.length === 1);
    await queue.watch("browser-use", taskId);
    const counts = await queue.queue.getJobCounts("completed", "delayed", "waiting", "active");
    expect(counts).toEqual({ completed: 1, delayed: 0, waiting: 0, active: 0 });
    expect(handled).toHaveLength(1);
  });

  it("a handler that throws is retried with the stored task: the task is not read again", async () => {
    let runs = 0;
    const contexts: TerminalContext[] = [];
    const { sim, queue } = await setup(
      { durationMs: 100, output: "done" },
      {
        onTerminal: (task, context) => {
          runs += 1;
          contexts.push(context);
          expect(task.output).toBe("done");
          if (runs < 3) throw new Error(`the database is down (run ${runs})`);
        },
      },
    );
    const taskId = await startOn(sim);
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("the third run succeeded", async () => (await queue.queue.getJobState(jobId)) === "completed");
    expect(contexts.map((context) => [context.handlerRun, context.redelivered])).toEqual([
      [1, false],
      [2, true],
      [3, true],
    ]);
    expect(sim.requests.filter((request) => request.operation === "get" && request.taskId === taskId)).toHaveLength(1);
  });

  it("a handler that keeps failing leaves the job failed after `handlerAttempts` runs, with its reason", async () => {
    const sim = await browserUseOverHttp({ durationMs: 50 });
    closers.push(() => sim.close());
    const connection = { url: redis().url };
    const queueName = freshQueueName();
    const queue = createTaskWatchQueue({ connection, queueName, handlerAttempts: 2, handlerBackoffMs: 10 });
    closers.push(() => queue.close());
    let runs = 0;
    const worker = createTaskWatchWorker({
      connection,
      queueName,
      adapters: { "browser-use": browserUseAdapter(sim) },
      poll: { intervalMs: 50, jitter: 0 },
      onTerminal: () => {
        runs += 1;
        throw new Error("no space left");
      },
    });
    closers.push(() => worker.close());
    const taskId = await startOn(sim);
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("the job failed", async () => (await queue.queue.getJobState(jobId)) === "failed");
    expect(runs).toBe(2);
    expect((await queue.queue.getJob(jobId))?.failedReason).toBe("no space left");
  });

  it("an unknown task ends its watch failed at once (a 404 cannot get better), without calling the handler", async () => {
    const { queue, handled } = await setup({ durationMs: 50 });
    const { jobId } = await queue.watch("browser-use", "00000000-0000-4000-8000-000000000000", { firstPollAfterMs: 0 });
    await until("the job failed", async () => (await queue.queue.getJobState(jobId)) === "failed");
    const job = await queue.queue.getJob(jobId);
    expect(job?.failedReason).toMatch(
      /^watching browser-use task 00000000-0000-4000-8000-000000000000 failed: NotFoundError/,
    );
    expect(job?.attemptsMade).toBe(1);
    expect(handled).toHaveLength(0);
  });

  it("failed polls are tried again at the next poll; the watch fails after `maxConsecutiveErrors` in a row", async () => {
    const { sim, queue, handled } = await setup(
      { durationMs: 60_000 },
      { poll: { intervalMs: 20, jitter: 0, maxConsecutiveErrors: 3 } },
    );
    const taskId = await startOn(sim);
    sim.injectFault({ fault: { kind: "status", status: 503 }, taskId, times: 2 });
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("two failed polls, then good ones", () => sim.requests.filter((r) => r.taskId === taskId).length >= 4);
    expect(await queue.queue.getJobState(jobId)).not.toBe("failed");
    sim.injectFault({ fault: { kind: "status", status: 503 }, taskId, times: Number.POSITIVE_INFINITY });
    await until("the job failed", async () => (await queue.queue.getJobState(jobId)) === "failed");
    expect((await queue.queue.getJob(jobId))?.failedReason).toMatch(/3 polls in a row failed; the last: ServerError/);
    expect(handled).toHaveLength(0);
  });
});

describe("webhook events", () => {
  it("an event saying the task ended makes its watch poll now, not at its next planned poll", async () => {
    const { sim, queue, handled } = await setup(
      { durationMs: 3_600_000 },
      { poll: { intervalMs: 600_000, jitter: 0 } },
    );
    const taskId = await startOn(sim);
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("the first poll", () => sim.requests.some((r) => r.taskId === taskId && r.operation === "status"));
    await until("the job waits for its next poll", async () => (await queue.queue.getJobState(jobId)) === "delayed");
    expect(await queue.deliver({ source: "browser-use", taskId, status: "running" })).toBe("not-terminal");
    sim.tasks.complete(taskId, "finished early");
    expect(await queue.deliver({ source: "browser-use", taskId, status: "completed" })).toBe("polling-now");
    // The next planned poll is 10 minutes away; the handler runs long before it.
    await until("the handler ran", () => handled.length === 1, 30_000);
    expect(handled[0]?.task).toMatchObject({ id: taskId, status: "completed", output: "finished early" });
    expect(await queue.deliver({ source: "browser-use", taskId, status: "completed" })).toBe("finished");
    expect(await queue.deliver({ source: "browser-use", taskId: "not-watched", status: "failed" })).toBe("not-watched");
  });
});

describe("starting through the queue", () => {
  it("never runs more tasks than the shared task slots allow; a freed slot wakes the next start at once", async () => {
    // The fallback look-again is 10 minutes away: only the wake-up on a freed slot can start tasks 3 to 6 in time.
    const { sim, queue, handled } = await setup(
      { durationMs: 150 },
      { taskSlots: { "browser-use": 2 }, slotRetryMs: 600_000 },
      { maxActiveTasks: 2 },
    );
    for (let index = 0; index < 6; index += 1) {
      await queue.start("browser-use", { task: `task ${index}` }, { key: `order-${index}`, meta: { index } });
    }
    await until("six handlers ran", () => handled.length === 6);
    const starts = sim.requests.filter((request) => request.operation === "start");
    expect(starts).toHaveLength(6);
    expect(starts.every((request) => request.status !== null && request.status < 300)).toBe(true);
    expect(handled.map(({ context }) => (context.meta as { index: number }).index).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(handled.every(({ task }) => task.status === "completed")).toBe(true);
    // Waiting starts cost no requests: every request is a start or a poll of a started task.
    expect(sim.requests.every((request) => request.operation === "start" || request.taskId !== null)).toBe(true);
  });

  it("a start already sent by a worker that died is never sent again: the job fails with StartOutcomeUnknownError", async () => {
    const { sim, queue, handled } = await setup({ durationMs: 50 });
    await queue.queue.add(
      "start",
      { source: "browser-use", input: { task: "x" }, clientKey: null, meta: null, sent: true, watchJobOptions: {} },
      { jobId: "start/browser-use/crashed", attempts: 1 },
    );
    await until(
      "the job failed",
      async () => (await queue.queue.getJobState("start/browser-use/crashed")) === "failed",
    );
    expect((await queue.queue.getJob("start/browser-use/crashed"))?.failedReason).toMatch(
      /^StartOutcomeUnknownError: .*never sent twice/,
    );
    expect(sim.requests.filter((request) => request.operation === "start")).toHaveLength(0);
    expect(handled).toHaveLength(0);
  });

  it("a start whose worker died after sending it is found by its clientKey and watched", async () => {
    const { sim, queue, handled } = await setup({ durationMs: 50 });
    const adapter = browserUseAdapter(sim);
    const taskId = await startTask(adapter, { task: "tagged" }, { clientKey: "key-42" });
    await queue.queue.add(
      "start",
      {
        source: "browser-use",
        input: { task: "tagged" },
        clientKey: "key-42",
        meta: null,
        sent: true,
        watchJobOptions: {},
      },
      { jobId: "start/browser-use/key-42", attempts: 1 },
    );
    await until("the handler ran", () => handled.length === 1);
    expect(handled[0]?.task.id).toBe(taskId);
    expect(sim.requests.filter((request) => request.operation === "start")).toHaveLength(1);
  });
});

describe("bad input", () => {
  it("says what was wrong", () => {
    const connection = { url: "redis://127.0.0.1:1" };
    expect(() => createTaskWatchWorker({ connection, adapters: {}, onTerminal: undefined as never })).toThrow(
      "createTaskWatchWorker: `onTerminal` must be a function",
    );
    expect(() =>
      createTaskWatchWorker({ connection, adapters: {}, onTerminal: () => {}, poll: { factor: 0.5 } }),
    ).toThrow("createTaskWatchWorker: `poll.factor` must be at least 1, got 0.5");
  });
});
