import { startTask } from "@agent-tasks/normalize";
import { busiestWindow } from "@agent-tasks/test-support";
import type { BrowserUseSimulation } from "@agent-tasks/testing";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { browserUseAdapter, browserUseOverHttp, freshQueueName, until, useRedis } from "./__fixtures__/harness.js";
import type { HandlerRecord, WorkerProcessSettings } from "./__fixtures__/worker-process.js";
import { forkWorker, type WorkerProcess } from "./__fixtures__/worker-processes.js";
import { createTaskWatchQueue } from "./index.js";

// Real worker processes (forked), one real redis-server, the simulated Browser Use API over real HTTP.

const redis = useRedis();
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Starts `count` tasks on `sim`, `parallel` at a time; resolves their ids in order. */
async function startTasks(sim: BrowserUseSimulation, count: number, parallel = 25): Promise<string[]> {
  const adapter = browserUseAdapter(sim);
  const ids: string[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const index = next++;
        ids[index] = await startTask(adapter, { task: `task ${index}` });
      }
    }),
  );
  return ids;
}

async function scenario(options: {
  tasks: number;
  durationMs: (index: number) => number;
  workers: number;
  worker: Partial<WorkerProcessSettings>;
}) {
  const sim = await browserUseOverHttp((_input, index) => ({ durationMs: options.durationMs(index), steps: 1 }));
  closers.push(() => sim.close());
  const queueName = freshQueueName();
  const connection = { url: redis().url };
  const queue = createTaskWatchQueue({ connection, queueName, handlerBackoffMs: 100 });
  closers.push(() => queue.close());
  const reader = new Redis(redis().url);
  closers.push(() => reader.quit());
  const settings: WorkerProcessSettings = {
    redisUrl: redis().url,
    queueName,
    baseUrl: sim.baseUrl,
    apiKey: sim.apiKey,
    concurrency: 16,
    poll: { intervalMs: 250, maxIntervalMs: 1_000 },
    lockDurationMs: 30_000,
    stalledIntervalMs: 30_000,
    handlerMs: 0,
    ...options.worker,
  };
  const workers: WorkerProcess[] = [];
  for (let index = 0; index < options.workers; index += 1) {
    const worker = await forkWorker(settings);
    workers.push(worker);
    closers.push(() => worker.close());
  }
  const taskIds = await startTasks(sim, options.tasks);
  for (const taskId of taskIds) await queue.watch("browser-use", taskId, { firstPollAfterMs: 0 });
  const handled = async (): Promise<HandlerRecord[]> =>
    (await reader.lrange(`handled:${queueName}`, 0, -1)).map((line) => JSON.parse(line) as HandlerRecord);
  return { sim, queue, workers, taskIds, handled };
}

describe("many tasks, many processes", () => {
  it("1,000 tasks watched by 3 worker processes: every handler runs exactly once, within the shared budget", async () => {
    const budget = { max: 100, durationMs: 250 };
    const { sim, taskIds, workers, handled } = await scenario({
      tasks: 1_000,
      durationMs: (index) => 200 + ((index * 137) % 1_800),
      workers: 3,
      worker: { requestBudget: budget },
    });
    await until("1,000 handler runs", async () => (await handled()).length >= 1_000, 240_000);
    const records = await handled();
    expect(records).toHaveLength(1_000);
    expect(new Set(records.map((record) => record.taskId))).toEqual(new Set(taskIds));
    expect(records.every((record) => record.status === "completed" && record.handlerRun === 1)).toBe(true);
    // The work was shared: each process ran handlers.
    for (const worker of workers) expect(records.some((record) => record.pid === worker.pid)).toBe(true);
    // Each handler ran after its task ended, with the task as it ended.
    expect(records.every((record) => record.finishedAt !== null && Date.parse(record.finishedAt) <= record.at)).toBe(
      true,
    );
    // The budget: polls are GET /tasks/{id}/status and /tasks/{id}. BullMQ's limiter lets `max` jobs start per fixed
    // window, so any sliding window of the same length holds at most two windows' worth (2 x max) and one ten times
    // as long at most 11 x max; 5% more is allowed for the requests' own transit. Without the limiter the three
    // processes poll several times faster.
    const polls = sim.requests.filter((request) => request.operation === "status" || request.operation === "get");
    const times = polls.map((request) => request.receivedAt);
    expect(busiestWindow(times, budget.durationMs)).toBeLessThanOrEqual(2.1 * budget.max);
    expect(busiestWindow(times, 10 * budget.durationMs)).toBeLessThanOrEqual(11.5 * budget.max);
    // One whole read per task, the rest cheap status reads.
    expect(polls.filter((request) => request.operation === "get")).toHaveLength(1_000);
    expect(sim.requests.some((request) => request.status === 429)).toBe(false);
  }, 300_000);

  it("a worker killed with SIGKILL mid-run loses nothing: the others take its jobs over and every watch ends", async () => {
    const { taskIds, workers, handled } = await scenario({
      tasks: 300,
      durationMs: (index) => 300 + ((index * 53) % 2_500),
      workers: 3,
      worker: { lockDurationMs: 1_000, stalledIntervalMs: 500, handlerMs: 20 },
    });
    await until("100 handler runs", async () => (await handled()).length >= 100, 120_000);
    const [victim] = workers as [WorkerProcess];
    await victim.kill();
    expect(victim.child.signalCode).toBe("SIGKILL");
    await until(
      "every task handled",
      async () => new Set((await handled()).map((record) => record.taskId)).size === 300,
      240_000,
    );
    const records = await handled();
    expect(new Set(records.map((record) => record.taskId))).toEqual(new Set(taskIds));
    // After the kill, only the survivors ran handlers.
    const killedAt = Math.max(...records.filter((record) => record.pid === victim.pid).map((record) => record.at));
    expect(records.filter((record) => record.at > killedAt + 50).every((record) => record.pid !== victim.pid)).toBe(
      true,
    );
    // A run that is not the first (its first began in the killed worker) says so; first runs do not.
    for (const record of records) expect(record.redelivered).toBe(record.handlerRun > 1);
    // Only handlers in flight in the killed worker (at most its concurrency, 16) ran again.
    expect(records.filter((record) => record.handlerRun > 1).length).toBeLessThanOrEqual(16);
    expect(records.length - new Set(records.map((record) => record.taskId)).size).toBeLessThanOrEqual(16);
  }, 300_000);
});
