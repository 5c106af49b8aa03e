// A task-watch worker in a process of its own, for the multi-process tests and the benchmark. It reads its settings
// from the WATCH_WORKER environment variable (JSON), records each handler run in the Redis list `handled:<queue>`,
// tells its parent "ready" over IPC, and closes cleanly on the parent's "close" message.
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { Redis } from "ioredis";
import { createTaskWatchWorker } from "../index.js";

export interface WorkerProcessSettings {
  redisUrl: string;
  queueName: string;
  baseUrl: string;
  apiKey: string;
  concurrency: number;
  requestBudget?: { max: number; durationMs: number };
  poll: { intervalMs: number; maxIntervalMs: number };
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How long each handler run takes (so that a kill can land inside one). */
  handlerMs: number;
}

/** One handler run, as recorded. */
export interface HandlerRecord {
  jobId: string;
  taskId: string;
  status: string;
  handlerRun: number;
  redelivered: boolean;
  pid: number;
  at: number;
  finishedAt: string | null;
}

const settings = JSON.parse(process.env.WATCH_WORKER ?? "{}") as WorkerProcessSettings;
const redis = new Redis(settings.redisUrl);
const client = createBrowserUseClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey, maxRetries: 0 });
const watcher = createTaskWatchWorker({
  connection: { url: settings.redisUrl },
  queueName: settings.queueName,
  adapters: { "browser-use": createBrowserUseAdapter(client) },
  concurrency: settings.concurrency,
  ...(settings.requestBudget === undefined ? {} : { requestBudget: settings.requestBudget }),
  poll: settings.poll,
  lockDurationMs: settings.lockDurationMs,
  stalledIntervalMs: settings.stalledIntervalMs,
  onTerminal: async (task, context) => {
    if (settings.handlerMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.handlerMs));
    const record: HandlerRecord = {
      jobId: context.jobId,
      taskId: task.id,
      status: task.status,
      handlerRun: context.handlerRun,
      redelivered: context.redelivered,
      pid: process.pid,
      at: Date.now(),
      finishedAt: task.finishedAt,
    };
    await redis.rpush(`handled:${settings.queueName}`, JSON.stringify(record));
  },
});

await watcher.waitUntilReady();
process.send?.("ready");
process.on("message", async (message) => {
  if (message !== "close") return;
  await watcher.close();
  await redis.quit();
  process.exit(0);
});
process.on("disconnect", () => process.exit(0));
