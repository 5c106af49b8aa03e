// What an outside review of the first version broke, each against a real redis-server and simulated providers over
// real HTTP: object task references (Dari), a webhook during a slow poll, handlers that throw non-errors, a watch
// that gave up, an ioredis instance as `connection`, and `deliver` without Redis.
import { createDariAdapter, createDariClient } from "@agent-tasks/dari";
import type { AgentTask } from "@agent-tasks/normalize";
import { startTask } from "@agent-tasks/normalize";
import { closedPort } from "@agent-tasks/test-support";
import { simulateDari } from "@agent-tasks/testing";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { browserUseAdapter, browserUseOverHttp, freshQueueName, until, useRedis } from "./__fixtures__/harness.js";
import { createTaskWatchQueue, createTaskWatchWorker, type TerminalContext } from "./index.js";

const redis = useRedis();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

function queueAndWorker(
  adapters: Parameters<typeof createTaskWatchWorker>[0]["adapters"],
  options: Partial<Parameters<typeof createTaskWatchWorker>[0]> = {},
  queueOptions: Partial<Parameters<typeof createTaskWatchQueue>[0]> = {},
) {
  const connection = { url: redis().url };
  const queueName = freshQueueName();
  const queue = createTaskWatchQueue({ connection, queueName, handlerBackoffMs: 20, ...queueOptions });
  closers.push(() => queue.close());
  const handled: { task: AgentTask; context: TerminalContext }[] = [];
  const worker = createTaskWatchWorker({
    connection,
    queueName,
    adapters,
    poll: { intervalMs: 50, maxIntervalMs: 200, jitter: 0 },
    onTerminal: (task, context) => {
      handled.push({ task, context });
    },
    ...options,
  });
  closers.push(() => worker.close());
  return { queue, worker, handled };
}

describe("object task references (Dari's { orgId, endpointName, jobId })", () => {
  it("watches, starts through the queue with task slots, and takes webhook events by job id", async () => {
    const sim = simulateDari({ task: { durationMs: 200, steps: 1 } });
    await sim.listen();
    closers.push(() => sim.close());
    const portal = { orgId: "my-org", endpointName: "contact_form" };
    const adapter = createDariAdapter(
      createDariClient({ baseUrl: sim.baseUrl, apiKey: sim.apiKey, maxRetries: 0 }),
      portal,
    );
    const { queue, handled } = queueAndWorker({ dari: adapter }, { taskSlots: { dari: 1 } });
    const ref = await startTask(adapter, { form_data: { name: "Ada" } });
    const { jobId } = await queue.watch("dari", ref, { firstPollAfterMs: 0 });
    expect(jobId).toBe(`dari/${ref.jobId}`);
    await queue.start("dari", { form_data: { name: "Bo" } }, { key: "bo" });
    await queue.start("dari", { form_data: { name: "Cy" } }, { key: "cy" });
    await until("three handler runs", () => handled.length === 3);
    expect(new Set(handled.map(({ task }) => task.id)).size).toBe(3);
    expect(handled.every(({ task }) => task.status === "completed")).toBe(true);
    expect(handled.map(({ context }) => context.jobId).sort()).toEqual(
      handled.map(({ task }) => `dari/${task.id}`).sort(),
    );
    expect(await queue.deliver({ source: "dari", taskId: ref.jobId, status: "completed" })).toBe("finished");
  });
});

describe("webhooks", () => {
  it("an event that arrives while a slow poll runs is not lost: the poll's step polls again at once", async () => {
    const sim = await browserUseOverHttp({ durationMs: 3_600_000 });
    closers.push(() => sim.close());
    const { queue, handled } = queueAndWorker(
      { "browser-use": browserUseAdapter(sim) },
      { poll: { intervalMs: 600_000, jitter: 0 } },
    );
    const taskId = await startTask(browserUseAdapter(sim), { task: "slow" });
    // The first status read is answered 1.5 s late: it says "started", computed before the task ends.
    sim.injectFault({ fault: { kind: "delay", ms: 1_500 }, operation: "status", taskId, times: 1 });
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("the slow poll in flight", async () => (await queue.queue.getJobState(jobId)) === "active");
    sim.tasks.complete(taskId, "done while polled");
    expect(await queue.deliver({ source: "browser-use", taskId, status: "completed" })).toBe("in-progress");
    // The next planned poll is 10 minutes away: only the poke can make the handler run now.
    await until("the handler ran", () => handled.length === 1, 30_000);
    expect(handled[0]?.task).toMatchObject({ id: taskId, status: "completed", output: "done while polled" });
  });

  it("an event for a watch that gave up after failed polls takes it up again", async () => {
    const sim = await browserUseOverHttp({ durationMs: 3_600_000 });
    closers.push(() => sim.close());
    const { queue, handled } = queueAndWorker(
      { "browser-use": browserUseAdapter(sim) },
      { poll: { intervalMs: 20, jitter: 0, maxConsecutiveErrors: 2 } },
    );
    const taskId = await startTask(browserUseAdapter(sim), { task: "outage" });
    sim.injectFault({ fault: { kind: "status", status: 503 }, taskId, times: 2 });
    const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
    await until("the watch gave up", async () => (await queue.queue.getJobState(jobId)) === "failed");
    sim.tasks.complete(taskId, "after the outage");
    expect(await queue.deliver({ source: "browser-use", taskId, status: "completed" })).toBe("polling-now");
    await until("the handler ran", () => handled.length === 1);
    expect(handled[0]?.task.output).toBe("after the outage");
  });

  it("deliver rejects after deliverTimeoutMs when Redis does not answer, so the endpoint answers 500", async () => {
    const connection = { host: "127.0.0.1", port: await closedPort(), maxRetriesPerRequest: null };
    const queue = createTaskWatchQueue({ connection, queueName: freshQueueName(), deliverTimeoutMs: 300 });
    queue.queue.on("error", () => {});
    await expect(queue.deliver({ source: "browser-use", taskId: "t-1", status: "completed" })).rejects.toThrow(
      "deliver: Redis did not answer within 300 ms",
    );
    void queue.close().catch(() => {});
  });
});

describe("handlers", () => {
  it.each([undefined, null, "a string"])(
    "a handler throwing %j is retried by handlerAttempts like any error",
    async (thrown) => {
      const sim = await browserUseOverHttp({ durationMs: 50 });
      closers.push(() => sim.close());
      let runs = 0;
      const { queue } = queueAndWorker(
        { "browser-use": browserUseAdapter(sim) },
        {
          onTerminal: () => {
            runs += 1;
            throw thrown;
          },
        },
        { handlerAttempts: 2 },
      );
      const taskId = await startTask(browserUseAdapter(sim), { task: "x" });
      const { jobId } = await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
      await until("the job failed", async () => (await queue.queue.getJobState(jobId)) === "failed");
      expect(runs).toBe(2);
      expect((await queue.queue.getJob(jobId))?.failedReason).toBe(`the handler threw ${String(thrown)}`);
    },
  );
});

describe("connection", () => {
  it("an ioredis instance as `connection` keeps the task slots on that server", async () => {
    const sim = await browserUseOverHttp({ durationMs: 100 });
    closers.push(() => sim.close());
    const instance = new Redis(redis().url, { maxRetriesPerRequest: null });
    closers.push(() => instance.quit());
    const queueName = freshQueueName();
    const queue = createTaskWatchQueue({ connection: instance, queueName });
    closers.push(() => queue.close());
    const handled: string[] = [];
    const worker = createTaskWatchWorker({
      connection: instance,
      queueName,
      adapters: { "browser-use": browserUseAdapter(sim) },
      taskSlots: { "browser-use": 1 },
      poll: { intervalMs: 50, jitter: 0 },
      onTerminal: (task) => {
        handled.push(task.id);
      },
    });
    closers.push(() => worker.close());
    await queue.start("browser-use", { task: "a" }, { key: "a" });
    await queue.start("browser-use", { task: "b" }, { key: "b" });
    await until("two handler runs", () => handled.length === 2);
    const keys = await instance.keys(`bull:${queueName}:task-slots:*`);
    expect(keys).toEqual([]);
    expect(await instance.exists(`bull:${queueName}:task-slot-waiters:browser-use`)).toBe(0);
  });
});

describe("task slots", () => {
  it("a start whose crash recovery keeps failing gives its slot back once its attempts are spent", async () => {
    const sim = await browserUseOverHttp({ durationMs: 100 });
    closers.push(() => sim.close());
    const { queue, handled } = queueAndWorker(
      { "browser-use": browserUseAdapter(sim) },
      { taskSlots: { "browser-use": 1 }, slotRetryMs: 600_000 },
      { handlerAttempts: 2 },
    );
    // A worker took the only slot for this start, sent it, and died; looking it up by clientKey now fails (503).
    const crashed = "start/browser-use/crashed";
    const client = new Redis(redis().url);
    closers.push(() => client.quit());
    await client.zadd(`bull:${queue.queue.name}:task-slots:browser-use`, Date.now(), `start:${crashed}`);
    sim.injectFault({ fault: { kind: "status", status: 503 }, operation: "list", times: Number.POSITIVE_INFINITY });
    await queue.queue.add(
      "start",
      { source: "browser-use", input: { task: "x" }, clientKey: "lost", meta: null, sent: true, watchJobOptions: {} },
      { jobId: crashed, attempts: 2, backoff: { type: "fixed", delay: 10 } },
    );
    await until("the crashed start failed for good", async () => (await queue.queue.getJobState(crashed)) === "failed");
    expect((await queue.queue.getJob(crashed))?.attemptsMade).toBe(2);
    sim.clearFaults();
    await queue.start("browser-use", { task: "next" }, { key: "next" });
    await until("the next start ran and was handled", () => handled.length === 1);
    expect(handled[0]?.task.instructions).toBe("next");
  });
});
