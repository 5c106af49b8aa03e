/**
 * Many tasks, many processes: `@agent-tasks/bullmq` watching 10,000 Browser Use tasks with 4 worker processes
 * (`watch-scale-worker.ts`) and one redis-server, against the simulated Browser Use API in a forked provider
 * process (`watch-scale-webhooks.ts`). Two runs, each on a fresh queue and a fresh simulation: polling only (the
 * default-ish schedule), then webhooks (the provider POSTs a signed delivery to a real `node:http` endpoint built
 * with `createWebhookHandler` + `toNodeListener` as each task finishes, whose `onEvent` calls `queue.deliver`), with
 * a long poll schedule behind them. Reports provider requests against the shared request budget, finish → handler
 * lag, Redis memory per watch, and how long the jobs of a worker killed with SIGKILL take to be taken over.
 * Not part of the test run: `npx tsx watch-scale.ts --help`.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { createTaskWatchQueue, type DeliverOutcome, type TaskWatchQueue } from "@agent-tasks/bullmq";
import { busiestWindow, type RedisServer, startRedisServer } from "@agent-tasks/test-support";
import { createWebhookHandler, toNodeListener } from "@agent-tasks/webhooks";
import { Redis } from "ioredis";
import { describeMachine, formatNumber, formatTable, quantile } from "./report.js";
import { forkProvider, type ProviderProcess, type ProviderStats, type ProviderTasks } from "./watch-scale-webhooks.js";
import {
  forkWatchWorker,
  type HandlerRecord,
  type WatchWorkerProcess,
  type WatchWorkerSettings,
  type WorkerMessage,
} from "./watch-scale-worker.js";

// ---------------------------------------------------------------------------------------------------------------
// Options.

const usage = `Usage: npx tsx watch-scale.ts [options]
  --tasks N                  tasks watched in each run (default 10000)
  --workers N                worker processes (default 4)
  --concurrency N            job steps each worker runs at once (default 16)
  --budget N                 the provider request budget, requests per second, shared by every worker (default 400)
  --budget-window-ms N       the budget's window: {max: budget × window / 1000, durationMs: window} (default 250)
  --min-duration-s N         shortest task (default 5)
  --max-duration-s N         longest task (default 60)
  --start-spread-s N         tasks start running uniformly within this long after the run's epoch (default 10)
  --failed-share X           share of tasks that end failed (default 0.05)
  --handler-ms N             how long each handler run takes (default 100)
  --lock-ms N                BullMQ lockDuration of the workers (default 5000)
  --stalled-interval-ms N    BullMQ stalledInterval of the workers (default 2000)
  --webhook-first-poll-s N   the webhook run's first fallback poll, after the task starts (default 60)
  --runs a,b                 polling, webhooks, or both (default polling,webhooks)
  --kill-in RUN              the run in which one worker is killed with SIGKILL: polling, webhooks or none (default webhooks)
  --kill-after-s N           when, after the run's epoch (default 30)
  --seed N                   the task schedule's seed (default 20261202)`;

type RunName = "polling" | "webhooks";

interface Options {
  tasks: number;
  workers: number;
  concurrency: number;
  budgetPerSecond: number;
  budgetWindowMs: number;
  minDurationMs: number;
  maxDurationMs: number;
  startSpreadMs: number;
  failedShare: number;
  handlerMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  webhookFirstPollMs: number;
  runs: RunName[];
  killIn: RunName | "none";
  killAfterMs: number;
  seed: number;
}

function numberOption(name: string, raw: string | undefined, fallback: number, allowZero = false): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0))
    throw new Error(`--${name} must be a ${allowZero ? "non-negative" : "positive"} number, got ${raw}`);
  return value;
}

function readOptions(): Options {
  const names = [
    "tasks",
    "workers",
    "concurrency",
    "budget",
    "budget-window-ms",
    "min-duration-s",
    "max-duration-s",
    "start-spread-s",
    "failed-share",
    "handler-ms",
    "lock-ms",
    "stalled-interval-ms",
    "webhook-first-poll-s",
    "runs",
    "kill-in",
    "kill-after-s",
    "seed",
  ] as const;
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(names.map((name) => [name, { type: "string" as const }])),
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const text = (name: (typeof names)[number]) => (values as Record<string, unknown>)[name] as string | undefined;
  const runs = (text("runs") ?? "polling,webhooks").split(",").filter((run) => run !== "");
  if (runs.length === 0 || !runs.every((run) => run === "polling" || run === "webhooks"))
    throw new Error("--runs takes polling, webhooks or both (comma-separated)");
  const killIn = text("kill-in") ?? "webhooks";
  if (killIn !== "polling" && killIn !== "webhooks" && killIn !== "none")
    throw new Error("--kill-in takes polling, webhooks or none");
  const options: Options = {
    tasks: Math.round(numberOption("tasks", text("tasks"), 10_000)),
    workers: Math.round(numberOption("workers", text("workers"), 4)),
    concurrency: Math.round(numberOption("concurrency", text("concurrency"), 16)),
    budgetPerSecond: numberOption("budget", text("budget"), 400),
    budgetWindowMs: numberOption("budget-window-ms", text("budget-window-ms"), 250),
    minDurationMs: numberOption("min-duration-s", text("min-duration-s"), 5) * 1000,
    maxDurationMs: numberOption("max-duration-s", text("max-duration-s"), 60) * 1000,
    startSpreadMs: numberOption("start-spread-s", text("start-spread-s"), 10, true) * 1000,
    failedShare: numberOption("failed-share", text("failed-share"), 0.05, true),
    handlerMs: numberOption("handler-ms", text("handler-ms"), 100, true),
    lockDurationMs: numberOption("lock-ms", text("lock-ms"), 5_000),
    stalledIntervalMs: numberOption("stalled-interval-ms", text("stalled-interval-ms"), 2_000),
    webhookFirstPollMs: numberOption("webhook-first-poll-s", text("webhook-first-poll-s"), 60) * 1000,
    runs: runs as RunName[],
    killIn,
    killAfterMs: numberOption("kill-after-s", text("kill-after-s"), 30, true) * 1000,
    seed: Math.round(numberOption("seed", text("seed"), 20_261_202)),
  };
  if (options.maxDurationMs < options.minDurationMs) throw new Error("--max-duration-s is below --min-duration-s");
  if (options.failedShare > 1) throw new Error("--failed-share must be between 0 and 1");
  if (options.killIn !== "none" && options.workers < 2) throw new Error("killing a worker needs --workers 2 or more");
  return options;
}

/** How each run polls, and when its first poll comes. */
const schedules: Record<RunName, { poll: WatchWorkerSettings["poll"]; firstPoll: (options: Options) => number }> = {
  // The package's defaults: 2 s growing ×1.5 to 30 s; the first poll 1 s after the task starts (`watch`'s default).
  polling: { poll: { intervalMs: 2_000, maxIntervalMs: 30_000 }, firstPoll: () => 1_000 },
  // What a user with webhooks would set: polling is only the fallback for a lost delivery.
  webhooks: {
    poll: { intervalMs: 30_000, maxIntervalMs: 300_000 },
    firstPoll: (options) => options.webhookFirstPollMs,
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Cleanup: every child process and the redis-server end with the benchmark, on Ctrl-C or a crash too.

const cleanups = new Set<() => Promise<unknown>>();

function onCleanup(cleanup: () => Promise<unknown>): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

async function cleanUp(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    await cleanup().catch(() => {});
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n${signal}: stopping the workers, the provider and redis-server\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring.

/** One `INFO` section as numbers. */
async function info(redis: Redis, section: string): Promise<Record<string, number>> {
  const text = await redis.info(section);
  const values: Record<string, number> = {};
  for (const line of text.split("\r\n")) {
    const [key, value] = line.split(":");
    if (key !== undefined && value !== undefined && !key.startsWith("#")) values[key] = Number(value);
  }
  return values;
}

async function usedMemory(redis: Redis): Promise<number> {
  return (await info(redis, "memory")).used_memory ?? Number.NaN;
}

/** Bytes a key takes (`MEMORY USAGE ... SAMPLES 0`: every element counted, not sampled). */
async function streamMemory(redis: Redis, key: string): Promise<number> {
  return Number((await redis.call("MEMORY", "USAGE", key, "SAMPLES", "0")) ?? 0);
}

async function redisCpuMs(redis: Redis): Promise<number> {
  const cpu = await info(redis, "cpu");
  return ((cpu.used_cpu_user ?? 0) + (cpu.used_cpu_sys ?? 0)) * 1000;
}

/** Runs `work` on every item, `parallel` at a time. */
async function eachParallel<T>(items: T[], parallel: number, work: (item: T, index: number) => Promise<unknown>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index] as T, index);
      }
    }),
  );
}

/** What a worker kill cost: which jobs it held and when other workers had them. */
interface KillResult {
  victimPid: number;
  /** Time after the run's epoch. */
  killedAfterMs: number;
  /** Jobs the killed worker held (active, locked by it) when it died. */
  orphans: number;
  /** From the kill until each orphan's lock had expired, until it was back in the wait list, until another worker took it. */
  lockExpiredMs: number[];
  backInWaitMs: number[];
  takenOverMs: number[];
  /** Orphans never taken over within 120 s. */
  lost: number;
}

/** Everything one run measured. */
interface RunResult {
  name: RunName;
  tasks: number;
  handled: number;
  handlerRuns: number;
  /** Tasks whose handler began more than once (as the workers reported). */
  tasksRunTwice: number;
  /** Handler runs the package flagged `redelivered` (`handlerRun` above 1). */
  redeliveredRuns: number;
  failedJobs: number;
  statuses: Record<string, number>;
  /** From the epoch to the last first handler run. */
  wallMs: number;
  creationMs: number;
  watchesAddedMs: number;
  requests: { status: number; get: number; other: number; tooMany: number; otherErrors: number };
  meanPerSecond: number;
  busiestSecond: number;
  busiestBudgetWindow: number;
  /** The most jobs in the wait list (due, not yet taken by a worker), sampled every second. */
  peakWaiting: number;
  lagMs: { p50: number; p99: number; max: number; min: number };
  memory: {
    before: number;
    withWatches: number;
    atEnd: number;
    perWatch: number;
    /** `perWatch` without what BullMQ's event stream grew by meanwhile. */
    perWatchWithoutEvents: number;
    perFinished: number;
    /** `perFinished` without the event stream. */
    perFinishedWithoutEvents: number;
    /** BullMQ's event stream (capped at about 10,000 entries): a fixed cost, in `withWatches` and `atEnd`. */
    eventsWithWatches: number;
    eventsStream: number;
    delayedAfterAdding: number;
    completedAtEnd: number;
  };
  webhooks?: {
    sent: number;
    byStatus: Record<string, number>;
    failed: number;
    outcomes: Partial<Record<DeliverOutcome, number>>;
    rejected: number;
    roundTripP50: number;
    roundTripP99: number;
  };
  kill?: KillResult;
  cpuMs: { workers: number; provider: number; redis: number; benchmark: number };
}

// ---------------------------------------------------------------------------------------------------------------
// One run.

const PREFIX = "bull";

/** Kills `victim` once it holds at least one job (or after 5 s of looking), then follows its jobs until taken over. */
async function killWorker(
  redis: Redis,
  queue: TaskWatchQueue,
  queueName: string,
  victim: WatchWorkerProcess,
  epochAt: number,
): Promise<KillResult> {
  const key = (suffix: string) => `${PREFIX}:${queueName}:${suffix}`;
  const mine = `${victim.workerId}:`;
  const heldByVictim = async (): Promise<string[]> => {
    const active = await redis.lrange(key("active"), 0, -1);
    if (active.length === 0) return [];
    const locks = await redis.mget(active.map((id) => key(`${id}:lock`)));
    return active.filter((_id, index) => locks[index]?.startsWith(mine));
  };
  const lookUntil = Date.now() + 5_000;
  while ((await heldByVictim()).length === 0 && Date.now() < lookUntil) await sleep(2);
  const killedAt = Date.now();
  await victim.kill();
  // Its locks stay until they expire: what is still locked by it now is what it held when it died.
  const orphans = await heldByVictim();
  const lockExpired = new Map<string, number>();
  const backInWait = new Map<string, number>();
  const taken = new Map<string, number>();
  while (taken.size < orphans.length && Date.now() - killedAt < 120_000) {
    const open = orphans.filter((id) => !taken.has(id));
    const locks = await redis.mget(open.map((id) => key(`${id}:lock`)));
    const states = await Promise.all(open.map((id) => queue.queue.getJobState(id)));
    const now = Date.now();
    open.forEach((id, index) => {
      const lock = locks[index];
      const state = states[index];
      if (lock?.startsWith(mine)) return;
      if (!lockExpired.has(id)) lockExpired.set(id, now);
      if (state === "waiting" && !backInWait.has(id)) backInWait.set(id, now);
      if ((state === "active" && lock !== null) || state === "delayed" || state === "completed" || state === "failed") {
        if (!backInWait.has(id)) backInWait.set(id, now);
        taken.set(id, now);
      }
    });
    await sleep(5);
  }
  const since = (times: Map<string, number>) => [...times.values()].map((at) => at - killedAt);
  return {
    victimPid: victim.pid,
    killedAfterMs: killedAt - epochAt,
    orphans: orphans.length,
    lockExpiredMs: since(lockExpired),
    backInWaitMs: since(backInWait),
    takenOverMs: since(taken),
    lost: orphans.length - taken.size,
  };
}

async function run(name: RunName, options: Options, server: RedisServer, redis: Redis): Promise<RunResult> {
  const log = (text: string) => process.stderr.write(`[${name}] ${text}\n`);
  const schedule = schedules[name];
  const queueName = `watch-scale-${name}-${process.pid}`;
  const secret = `whsec_${randomBytes(16).toString("hex")}`;
  const cpuAtStart = process.cpuUsage();
  const redisCpuAtStart = await redisCpuMs(redis);

  // The webhook endpoint, as an app would mount it: verify, then hand the event to the queue.
  let queue: TaskWatchQueue | undefined;
  const outcomes: Partial<Record<DeliverOutcome, number>> = {};
  let rejected = 0;
  let webhookServer: Server | undefined;
  let dropWebhookServer: () => void = () => {};
  let webhookUrl: string | undefined;
  if (name === "webhooks") {
    const handler = createWebhookHandler({
      provider: "browser-use",
      secret,
      onEvent: async (event) => {
        if (queue === undefined) throw new Error("no queue yet");
        const outcome = await queue.deliver(event);
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      },
      onRejected: () => {
        rejected++;
      },
    });
    const listening = createServer(toNodeListener(handler));
    webhookServer = listening;
    listening.keepAliveTimeout = 120_000;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    webhookUrl = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/webhooks/browser-use`;
    dropWebhookServer = onCleanup(() => new Promise((resolve) => listening.close(resolve)));
  }

  // The provider: the simulation and its tasks, each starting within the spread after the epoch.
  const provider: ProviderProcess = await forkProvider();
  const dropProvider = onCleanup(() => provider.stop());
  // Creating the tasks takes about 0.5 ms each, adding their watches 0.1 ms: the epoch leaves room for both.
  const epochAt = Date.now() + 3_000 + options.tasks;
  log(`creating ${formatNumber(options.tasks)} tasks on the simulated Browser Use API`);
  const tasks: ProviderTasks = await provider.call("setup", {
    tasks: options.tasks,
    seed: options.seed,
    epochAt,
    startSpreadMs: options.startSpreadMs,
    minDurationMs: options.minDurationMs,
    maxDurationMs: options.maxDurationMs,
    failedShare: options.failedShare,
    ...(webhookUrl === undefined ? {} : { webhook: { url: webhookUrl, secret } }),
  });

  // The workers, each in its own process.
  const records: HandlerRecord[] = [];
  const firstRuns = new Map<string, HandlerRecord>();
  const handled = new Set<string>();
  let failedJobs = 0;
  const onMessage = (message: WorkerMessage) => {
    if (message.type === "handler-start") {
      records.push(message.record);
      const first = firstRuns.get(message.record.taskId);
      if (first === undefined || message.record.at < first.at) firstRuns.set(message.record.taskId, message.record);
    } else if (message.type === "handled") {
      handled.add(message.taskId);
    } else if (message.type === "failed") {
      failedJobs++;
      if (failedJobs <= 5) log(`job ${message.jobId} failed: ${message.reason}`);
    }
  };
  const settings: WatchWorkerSettings = {
    redisUrl: server.url,
    queueName,
    baseUrl: tasks.baseUrl,
    apiKey: tasks.apiKey,
    concurrency: options.concurrency,
    requestBudget: {
      max: Math.max(1, Math.round((options.budgetPerSecond * options.budgetWindowMs) / 1000)),
      durationMs: options.budgetWindowMs,
    },
    poll: schedule.poll,
    lockDurationMs: options.lockDurationMs,
    stalledIntervalMs: options.stalledIntervalMs,
    handlerMs: options.handlerMs,
  };
  const workers = await Promise.all(
    Array.from({ length: options.workers }, () => forkWatchWorker(settings, onMessage)),
  );
  const dropWorkers = onCleanup(() => Promise.all(workers.map((worker) => worker.kill())));

  queue = createTaskWatchQueue({ connection: { url: server.url }, queueName });
  const theQueue = queue;
  const dropQueue = onCleanup(() => theQueue.close());
  await theQueue.queue.waitUntilReady();

  // Redis before and after adding the watches: each a delayed job until its first poll.
  const before = await usedMemory(redis);
  const addingAt = Date.now();
  const firstPollMs = schedule.firstPoll(options);
  await eachParallel(tasks.taskIds, 64, (taskId, index) =>
    theQueue.watch("browser-use", taskId, {
      firstPollAfterMs: Math.max(0, (tasks.startAt[index] ?? 0) + firstPollMs - Date.now()),
    }),
  );
  const watchesAddedMs = Date.now() - addingAt;
  const withWatches = await usedMemory(redis);
  const eventsWithWatches = await streamMemory(redis, `${PREFIX}:${queueName}:events`);
  const delayedAfterAdding = (await theQueue.queue.getJobCounts("delayed")).delayed ?? 0;
  if (Date.now() > epochAt) log(`setup overran the epoch by ${Date.now() - epochAt} ms`);
  log(
    `${formatNumber(options.tasks)} tasks created in ${formatNumber(tasks.creationMs)} ms, watched in ` +
      `${formatNumber(watchesAddedMs)} ms; ${formatNumber(delayedAfterAdding)} delayed jobs; ` +
      `Redis +${formatNumber((withWatches - before) / 1024 / 1024, 1)} MiB`,
  );

  // Wait for every handler, killing a worker on the way if asked.
  await sleep(Math.max(0, epochAt - Date.now()));
  let kill: Promise<KillResult> | undefined;
  if (options.killIn === name) {
    const victim = workers[0] as WatchWorkerProcess;
    kill = sleep(options.killAfterMs).then(() => killWorker(redis, theQueue, queueName, victim, epochAt));
  }
  const lastFinish = Math.max(...tasks.finishAt);
  const deadline = lastFinish + 180_000;
  let nextReport = Date.now() + 10_000;
  let nextSample = Date.now();
  let peakWaiting = 0;
  while (handled.size < options.tasks && Date.now() < deadline) {
    await sleep(100);
    if (Date.now() >= nextSample) {
      // Jobs due (or promoted by a webhook) that no worker has taken yet: the queue in front of the budget.
      nextSample += 1_000;
      peakWaiting = Math.max(peakWaiting, await redis.llen(`${PREFIX}:${queueName}:wait`));
    }
    if (Date.now() >= nextReport) {
      nextReport += 10_000;
      const finished = tasks.finishAt.filter((at) => at <= Date.now()).length;
      log(
        `${Math.round((Date.now() - epochAt) / 1000)} s: ${formatNumber(finished)} tasks finished, ` +
          `${formatNumber(handled.size)} handled`,
      );
    }
  }
  const killResult = await kill;
  if (handled.size < options.tasks)
    log(`gave up 180 s after the last finish: ${options.tasks - handled.size} tasks never handled`);
  // Leave a moment for late duplicate runs (a redelivered handler) to be reported.
  await sleep(500);

  const atEnd = await usedMemory(redis);
  const eventsStream = await streamMemory(redis, `${PREFIX}:${queueName}:events`);
  const completedAtEnd = (await theQueue.queue.getJobCounts("completed")).completed ?? 0;
  const stats: ProviderStats = await provider.call("stats");
  await provider.call("close");

  // Teardown: workers close cleanly (reporting their CPU), then the provider, the queue and the endpoint.
  dropWorkers();
  const workerCpu = await Promise.all(workers.map((worker) => worker.close()));
  dropProvider();
  await provider.stop();
  dropQueue();
  await theQueue.close();
  if (webhookServer !== undefined) {
    dropWebhookServer();
    const closing = webhookServer;
    await new Promise((resolve) => closing.close(resolve));
  }
  const redisCpu = (await redisCpuMs(redis)) - redisCpuAtStart;
  const cpu = process.cpuUsage(cpuAtStart);

  // Requests: the polls (status and whole reads) since the setup.
  const pollTimes: number[] = [];
  const requests = { status: 0, get: 0, other: 0, tooMany: stats.tooMany, otherErrors: stats.otherErrors };
  for (let index = 0; index < stats.ops.length; index += 1) {
    const op = stats.ops[index];
    if (op === "s") requests.status++;
    else if (op === "g") requests.get++;
    else requests.other++;
    if (op === "s" || op === "g") pollTimes.push(stats.times[index] as number);
  }
  pollTimes.sort((a, b) => a - b);
  const spanMs = (pollTimes.at(-1) ?? 0) - (pollTimes[0] ?? 0);
  const lags = [...firstRuns.values()].map((record) => record.at - (record.finishedAt ?? Number.NaN));
  const statuses: Record<string, number> = {};
  for (const record of firstRuns.values()) statuses[record.status] = (statuses[record.status] ?? 0) + 1;
  const runsPerTask = new Map<string, number>();
  for (const record of records) runsPerTask.set(record.taskId, (runsPerTask.get(record.taskId) ?? 0) + 1);

  return {
    name,
    tasks: options.tasks,
    handled: handled.size,
    handlerRuns: records.length,
    tasksRunTwice: [...runsPerTask.values()].filter((count) => count > 1).length,
    redeliveredRuns: records.filter((record) => record.redelivered).length,
    failedJobs,
    statuses,
    wallMs: Math.max(...[...firstRuns.values()].map((record) => record.at)) - epochAt,
    creationMs: tasks.creationMs,
    watchesAddedMs,
    requests,
    meanPerSecond: spanMs > 0 ? (pollTimes.length * 1000) / spanMs : Number.NaN,
    busiestSecond: busiestWindow(pollTimes, 1_000),
    busiestBudgetWindow: busiestWindow(pollTimes, options.budgetWindowMs),
    peakWaiting,
    lagMs: {
      p50: quantile(lags, 0.5),
      p99: quantile(lags, 0.99),
      max: Math.max(...lags),
      min: Math.min(...lags),
    },
    memory: {
      before,
      withWatches,
      atEnd,
      perWatch: (withWatches - before) / options.tasks,
      perWatchWithoutEvents: (withWatches - eventsWithWatches - before) / options.tasks,
      perFinished: (atEnd - before) / options.tasks,
      perFinishedWithoutEvents: (atEnd - eventsStream - before) / options.tasks,
      eventsWithWatches,
      eventsStream,
      delayedAfterAdding,
      completedAtEnd,
    },
    ...(name === "webhooks"
      ? {
          webhooks: {
            sent: stats.webhooks.sent,
            byStatus: stats.webhooks.byStatus,
            failed: stats.webhooks.failed,
            outcomes,
            rejected,
            roundTripP50: quantile(stats.webhooks.roundTripMs, 0.5),
            roundTripP99: quantile(stats.webhooks.roundTripMs, 0.99),
          },
        }
      : {}),
    ...(killResult === undefined ? {} : { kill: killResult }),
    cpuMs: {
      workers: workerCpu.reduce<number>((total, ms) => total + (ms ?? 0), 0),
      provider: stats.cpuMs,
      redis: redisCpu,
      benchmark: (cpu.user + cpu.system) / 1000,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Report.

const ms = (value: number) => (Number.isFinite(value) ? `${formatNumber(value)} ms` : "–");
const bytes = (value: number) => `${formatNumber(value)} B`;
const mib = (value: number) => `${formatNumber(value / 1024 / 1024, 1)} MiB`;
const counts = (record: Record<string, number | undefined>) =>
  Object.entries(record)
    .map(([key, value]) => `${key} ${formatNumber(value ?? 0)}`)
    .join(", ");

function report(results: RunResult[], options: Options, totalMs: number): void {
  const budgetMax = Math.max(1, Math.round((options.budgetPerSecond * options.budgetWindowMs) / 1000));
  const title: Record<RunName, string> = {
    polling: `polling only (2 s → 30 s, first poll 1 s)`,
    webhooks: `webhooks (30 s → 300 s, first poll ${formatNumber(options.webhookFirstPollMs / 1000)} s)`,
  };
  const row = (label: string, cell: (result: RunResult) => string) => [label, ...results.map(cell)];
  const rows = [
    row("tasks handled", (r) => `${formatNumber(r.handled)} / ${formatNumber(r.tasks)} (${counts(r.statuses)})`),
    row(
      "handler runs begun; tasks run twice; runs flagged redelivered",
      (r) => `${formatNumber(r.handlerRuns)}; ${formatNumber(r.tasksRunTwice)}; ${formatNumber(r.redeliveredRuns)}`,
    ),
    row("failed jobs", (r) => formatNumber(r.failedJobs)),
    row("epoch → last handler", (r) => `${formatNumber(r.wallMs / 1000, 1)} s`),
    row(
      "provider requests: status + whole reads",
      (r) => `${formatNumber(r.requests.status)} + ${formatNumber(r.requests.get)}`,
    ),
    row(
      "requests per task: status / whole",
      (r) => `${formatNumber(r.requests.status / r.tasks, 2)} / ${formatNumber(r.requests.get / r.tasks, 2)}`,
    ),
    row(`mean requests/s (budget ${formatNumber(options.budgetPerSecond)})`, (r) => formatNumber(r.meanPerSecond)),
    row("busiest 1 s sliding window", (r) => formatNumber(r.busiestSecond)),
    row(`busiest ${formatNumber(options.budgetWindowMs)} ms sliding window (max ${budgetMax} per fixed window)`, (r) =>
      formatNumber(r.busiestBudgetWindow),
    ),
    row("most jobs waiting for a worker (sampled each second)", (r) => formatNumber(r.peakWaiting)),
    row(
      "429 answers; other errors",
      (r) => `${formatNumber(r.requests.tooMany)}; ${formatNumber(r.requests.otherErrors)}`,
    ),
    row("finish → handler lag p50", (r) => ms(r.lagMs.p50)),
    row("finish → handler lag p99", (r) => ms(r.lagMs.p99)),
    row("finish → handler lag max", (r) => ms(r.lagMs.max)),
    row("webhook deliveries: sent; answers", (r) =>
      r.webhooks === undefined
        ? "–"
        : `${formatNumber(r.webhooks.sent)}; ${counts(r.webhooks.byStatus)}${r.webhooks.failed > 0 ? `, no answer ${r.webhooks.failed}` : ""}`,
    ),
    row("deliver() outcomes", (r) => (r.webhooks === undefined ? "–" : counts(r.webhooks.outcomes))),
    row("delivery round trip (finish → 204) p50 / p99", (r) =>
      r.webhooks === undefined ? "–" : `${ms(r.webhooks.roundTripP50)} / ${ms(r.webhooks.roundTripP99)}`,
    ),
    row("Redis used_memory before the watches", (r) => mib(r.memory.before)),
    row(
      "… with every watch a delayed job",
      (r) => `${mib(r.memory.withWatches)} (${formatNumber(r.memory.delayedAfterAdding)} delayed)`,
    ),
    row(
      "… per watched task (without the events stream)",
      (r) => `${bytes(r.memory.perWatch)} (${bytes(r.memory.perWatchWithoutEvents)})`,
    ),
    row(
      "… at the end (completed jobs kept)",
      (r) => `${mib(r.memory.atEnd)} (${formatNumber(r.memory.completedAtEnd)} completed)`,
    ),
    row(
      "… per finished task (without the events stream)",
      (r) => `${bytes(r.memory.perFinished)} (${bytes(r.memory.perFinishedWithoutEvents)})`,
    ),
    row(
      "BullMQ events stream: with the watches; at the end",
      (r) => `${mib(r.memory.eventsWithWatches)}; ${mib(r.memory.eventsStream)}`,
    ),
    row("worker killed (SIGKILL)", (r) =>
      r.kill === undefined
        ? "–"
        : `pid ${r.kill.victimPid}, ${formatNumber(r.kill.killedAfterMs / 1000, 1)} s after the epoch, holding ${r.kill.orphans} jobs`,
    ),
    row("… its jobs' locks expired after (max)", (r) =>
      r.kill === undefined ? "–" : ms(Math.max(...r.kill.lockExpiredMs)),
    ),
    row("… back in the wait list after (max)", (r) =>
      r.kill === undefined ? "–" : ms(Math.max(...r.kill.backInWaitMs)),
    ),
    row("… all taken over by other workers after", (r) =>
      r.kill === undefined
        ? "–"
        : `${ms(Math.max(...r.kill.takenOverMs))}${r.kill.lost > 0 ? ` (${r.kill.lost} never)` : ""}`,
    ),
    row("CPU: workers / provider / redis / benchmark", (r) =>
      [r.cpuMs.workers, r.cpuMs.provider, r.cpuMs.redis, r.cpuMs.benchmark]
        .map((value) => `${formatNumber(value / 1000, 1)} s`)
        .join(" / "),
    ),
  ];
  console.log(
    `\n## Many tasks, many processes: ${formatNumber(options.tasks)} tasks, ${options.workers} worker processes\n`,
  );
  console.log(
    `${describeMachine()}. Budget ${formatNumber(options.budgetPerSecond)} requests/s as {max: ${budgetMax}, durationMs: ` +
      `${options.budgetWindowMs}}; concurrency ${options.concurrency} per worker; tasks start within ` +
      `${formatNumber(options.startSpreadMs / 1000)} s and run ${formatNumber(options.minDurationMs / 1000)}–` +
      `${formatNumber(options.maxDurationMs / 1000)} s; handler ${options.handlerMs} ms; lockDuration ` +
      `${options.lockDurationMs} ms, stalledInterval ${options.stalledIntervalMs} ms. Total ${formatNumber(totalMs / 1000)} s.\n`,
  );
  console.log(
    formatTable(
      [{ header: "" }, ...results.map((result) => ({ header: title[result.name], align: "right" as const }))],
      rows,
    ),
  );
  console.log(`\n${JSON.stringify({ options, results, machine: describeMachine(), totalMs })}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Main.

async function main(): Promise<void> {
  const options = readOptions();
  const started = Date.now();
  const server = await startRedisServer();
  onCleanup(() => server.stop());
  const redis = new Redis(server.url);
  onCleanup(() => redis.quit());
  const results: RunResult[] = [];
  for (const name of options.runs) {
    results.push(await run(name, options, server, redis));
    // The next run starts from an empty Redis.
    await redis.flushall();
  }
  report(results, options, Date.now() - started);
  await cleanUp();
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await cleanUp();
  process.exit(1);
}
