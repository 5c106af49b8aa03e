/**
 * One task-watch worker process of `watch-scale.ts`: `createTaskWatchWorker` from `@agent-tasks/bullmq` over the
 * simulated Browser Use API. The parent forks this file (`forkWatchWorker`) once per worker; the child reads its
 * settings from the `WATCH_SCALE_WORKER` environment variable (JSON), reports each handler run to the parent over
 * IPC as it begins and as it ends (not into Redis, so the records do not count in Redis's memory), and closes
 * cleanly on the parent's `close` message. It exits at once when the parent goes away.
 */
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createTaskWatchWorker } from "@agent-tasks/bullmq";

/** What one worker process is told. */
export interface WatchWorkerSettings {
  redisUrl: string;
  queueName: string;
  baseUrl: string;
  apiKey: string;
  concurrency: number;
  requestBudget: { max: number; durationMs: number };
  poll: { intervalMs: number; maxIntervalMs: number };
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** How long each handler run takes (a handler writes its result somewhere), so a kill can land inside one. */
  handlerMs: number;
}

/** One handler run, as the worker reports it. */
export interface HandlerRecord {
  taskId: string;
  status: string;
  handlerRun: number;
  redelivered: boolean;
  polls: number;
  pid: number;
  /** When the handler began (`Date.now()`). */
  at: number;
  /** The task's `finishedAt` as the provider answered it (ms since the epoch), or `null`. */
  finishedAt: number | null;
}

/** What a worker process sends its parent. */
export type WorkerMessage =
  | { type: "ready"; workerId: string }
  /** Sent as the handler begins, so a run cut short by a kill is counted too. */
  | { type: "handler-start"; record: HandlerRecord }
  /** Sent once the handler returned. */
  | { type: "handled"; taskId: string }
  | { type: "failed"; jobId: string; reason: string }
  | { type: "closed"; cpuMs: number };

/** The parent's handle on one worker process. */
export interface WatchWorkerProcess {
  readonly pid: number;
  /** BullMQ's id of the worker inside; its job locks hold `<workerId>:<n>`. */
  readonly workerId: string;
  readonly child: ChildProcess;
  /** Asks it to finish the steps in progress and exit; resolves with its CPU time once it exited. */
  close(): Promise<number | null>;
  /** SIGKILL: no cleanup, its job locks are left to expire. */
  kill(): Promise<void>;
}

const ENV = "WATCH_SCALE_WORKER";

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/**
 * Forks one worker process and resolves once it takes jobs. `onMessage` gets every handler run and failure. The
 * child inherits this process's `execArgv`, which under `tsx` carries the TypeScript loader.
 */
export async function forkWatchWorker(
  settings: WatchWorkerSettings,
  onMessage: (message: WorkerMessage, pid: number) => void,
): Promise<WatchWorkerProcess> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, [ENV]: JSON.stringify(settings) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pid = child.pid ?? -1;
  let cpuMs: number | null = null;
  child.on("message", (message: WorkerMessage) => {
    if (message.type === "closed") cpuMs = message.cpuMs;
    onMessage(message, pid);
  });
  const workerId = await new Promise<string>((resolve, reject) => {
    const onExit = (code: number | null, signal: string | null) =>
      reject(new Error(`a worker process exited before it was ready (${code ?? signal})`));
    child.once("exit", onExit);
    child.on("message", function onReady(message: WorkerMessage) {
      if (message.type !== "ready") return;
      child.off("message", onReady);
      child.off("exit", onExit);
      resolve(message.workerId);
    });
  });
  return {
    pid,
    workerId,
    child,
    async close() {
      if (child.connected) child.send("close");
      const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited(child);
      clearTimeout(kill);
      return cpuMs;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited(child);
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Child side.

async function runWorker(settings: WatchWorkerSettings): Promise<void> {
  const send = (message: WorkerMessage) => {
    if (process.connected) process.send?.(message);
  };
  const client = createBrowserUseClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey, maxRetries: 0 });
  const watcher = createTaskWatchWorker({
    connection: { url: settings.redisUrl },
    queueName: settings.queueName,
    adapters: { "browser-use": createBrowserUseAdapter(client) },
    concurrency: settings.concurrency,
    requestBudget: settings.requestBudget,
    poll: settings.poll,
    lockDurationMs: settings.lockDurationMs,
    stalledIntervalMs: settings.stalledIntervalMs,
    onTerminal: async (task, context) => {
      send({
        type: "handler-start",
        record: {
          taskId: task.id,
          status: task.status,
          handlerRun: context.handlerRun,
          redelivered: context.redelivered,
          polls: context.polls,
          pid: process.pid,
          at: Date.now(),
          finishedAt: task.finishedAt === null ? null : Date.parse(task.finishedAt),
        },
      });
      if (settings.handlerMs > 0) await new Promise((resolve) => setTimeout(resolve, settings.handlerMs));
      send({ type: "handled", taskId: task.id });
    },
  });
  watcher.worker.on("failed", (job, error) => {
    send({ type: "failed", jobId: String(job?.id), reason: error.message });
  });
  // Connection hiccups are retried by BullMQ itself; print them so a broken run is visible.
  watcher.worker.on("error", (error) => {
    process.stderr.write(`worker ${process.pid}: ${error.message}\n`);
  });
  await watcher.waitUntilReady();
  process.on("message", async (message) => {
    if (message !== "close") return;
    await watcher.close();
    const cpu = process.cpuUsage();
    send({ type: "closed", cpuMs: (cpu.user + cpu.system) / 1000 });
    process.exit(0);
  });
  process.on("disconnect", () => process.exit(0));
  // Ctrl-C reaches every process of the group: the parent decides when this one ends.
  process.on("SIGINT", () => {});
  send({ type: "ready", workerId: watcher.worker.id });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const raw = process.env[ENV];
  if (raw === undefined || process.send === undefined)
    throw new Error("watch-scale-worker.ts runs as a child of watch-scale.ts (forkWatchWorker)");
  await runWorker(JSON.parse(raw) as WatchWorkerSettings);
}
