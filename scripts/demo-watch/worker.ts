// One worker process of `pnpm demo:watch`: a task-watch worker for the simulated Browser Use API. Its settings come
// from the DEMO_WATCH environment variable (JSON); it reports each handler run to the parent over IPC.
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createTaskWatchWorker } from "@agent-tasks/bullmq";

export interface DemoWorkerSettings {
  name: string;
  redisUrl: string;
  queueName: string;
  baseUrl: string;
  apiKey: string;
  requestBudget: { max: number; durationMs: number };
  taskSlots: number;
}

/** What a worker tells the parent about one handler run. */
export interface DemoHandlerRun {
  worker: string;
  jobId: string;
  taskId: string;
  status: string;
  output: string | null;
  handlerRun: number;
  polls: number;
  finishedAt: string | null;
  handledAt: number;
}

const settings = JSON.parse(process.env.DEMO_WATCH ?? "{}") as DemoWorkerSettings;
const client = createBrowserUseClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey, maxRetries: 0 });
const watcher = createTaskWatchWorker({
  connection: { url: settings.redisUrl },
  queueName: settings.queueName,
  adapters: { "browser-use": createBrowserUseAdapter(client) },
  requestBudget: settings.requestBudget,
  taskSlots: { "browser-use": settings.taskSlots },
  poll: { intervalMs: 1_000, maxIntervalMs: 10_000 },
  onTerminal: (task, context) => {
    const run: DemoHandlerRun = {
      worker: settings.name,
      jobId: context.jobId,
      taskId: task.id,
      status: task.status,
      output: task.output,
      handlerRun: context.handlerRun,
      polls: context.polls,
      finishedAt: task.finishedAt,
      handledAt: Date.now(),
    };
    process.send?.(run);
  },
});
await watcher.waitUntilReady();
process.send?.("ready");
process.on("message", async (message) => {
  if (message !== "close") return;
  await watcher.close();
  process.exit(0);
});
process.on("disconnect", () => process.exit(0));
