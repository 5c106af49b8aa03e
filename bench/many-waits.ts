/**
 * A thousand tasks waited on at once against a simulated Hyperbrowser API (`@agent-tasks/testing`, in a forked
 * process): our `waitForTask` (adaptive interval, jitter, client limit of 32 requests in flight) next to the fixed
 * 2-second poll loop the vendors' helpers use, with no limit, bare and normalizing each answer (`normalizeTask`, what
 * `waitForTask` always does). Reports what each costs the client and the API, how late each wait sees its task end,
 * and our client CPU per request over that of the normalizing fixed poll.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import {
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperbrowserTaskFetcher,
} from "@agent-tasks/hyperbrowser";
import { normalizeTask, waitForTask, waitForTaskDefaults } from "@agent-tasks/normalize";
import { describeMachine, formatNumber, formatTable, median, quantile, readPositiveNumber } from "./report.js";
import { forkSimulationProcess, type ManyWaitsStats, type SimulationProcess } from "./simulation-process.js";
import { createTaskSchedule, type ScheduledTask, scheduleShape } from "./task-schedule.js";

const TASKS = readPositiveNumber("BENCH_TASKS", 1_000);
/** Multiplies every duration (task schedule, poll intervals, server latency); below 1 makes the run shorter. */
const TIME_SCALE = readPositiveNumber("BENCH_TIME_SCALE", 1);
const SERVER_LATENCY_MS = readPositiveNumber("BENCH_SERVER_LATENCY_MS", 100);
/** `BENCH_STRATEGIES=all` adds the diagnostic strategies (about a minute each). */
const INCLUDE_DIAGNOSTIC = process.env.BENCH_STRATEGIES === "all";
const SEED = 20_240_611;
const FIXED_POLL_MS = 2_000;
/** The simulation starts every task before the schedule's epoch; this is how long it has to do so. */
const CREATION_GRACE_MS = 3_000;
const TERMINAL = new Set(["completed", "failed", "stopped"]);

/** One way of waiting for a task, given a fetcher over a client with `maxConcurrentRequests`. */
interface Strategy {
  name: string;
  /** Run only with `BENCH_STRATEGIES=all`: variants that explain where the main two differ. */
  diagnostic: boolean;
  maxConcurrentRequests: number | undefined;
  /** Resolves with the terminal status once the wait sees it. */
  waitOne: (fetcher: HyperbrowserTaskFetcher, taskId: string) => Promise<string>;
}

/** What one strategy cost and how late it was. */
interface StrategyResult {
  server: ManyWaitsStats;
  clientCpuMs: number;
  wallMs: number;
  lagsMs: number[];
  /** How long each fetchTask took as the client saw it: the server's latency plus any wait for a request slot. */
  requestTimesMs: number[];
}

const waitForTaskOptions =
  TIME_SCALE === 1
    ? {}
    : {
        intervalMs: waitForTaskDefaults.intervalMs * TIME_SCALE,
        maxIntervalMs: waitForTaskDefaults.maxIntervalMs * TIME_SCALE,
      };

/** What the vendors' helpers do: read the task, and if it is not finished sleep a fixed time and read again. */
async function pollEvery(fetcher: HyperbrowserTaskFetcher, taskId: string, jitter: number): Promise<string> {
  for (;;) {
    const raw = await fetcher.fetchTask(taskId);
    if (TERMINAL.has(raw.status)) return raw.status;
    await sleep(FIXED_POLL_MS * TIME_SCALE * (1 - jitter * Math.random()));
  }
}

/** The fixed poll, normalizing every answer as a caller who wants the common task would. */
async function pollEveryAndNormalize(fetcher: HyperbrowserTaskFetcher, taskId: string): Promise<string> {
  for (;;) {
    const task = normalizeTask(fetcher.source, await fetcher.fetchTask(taskId));
    if (task.isTerminal) return task.providerStatus;
    await sleep(FIXED_POLL_MS * TIME_SCALE);
  }
}

/** The strategies whose client CPU per request `runManyWaits` compares: ours over the fixed poll that normalizes. */
const OURS = "waitForTask (ours, defaults)";
const FIXED_AND_NORMALIZE = "fixed 2 s poll + normalizeTask, no limit";

const strategies: Strategy[] = [
  {
    name: OURS,
    diagnostic: false,
    maxConcurrentRequests: undefined,
    waitOne: async (fetcher, taskId) => (await waitForTask(fetcher, taskId, waitForTaskOptions)).status,
  },
  {
    // The same client and request layer, so only the polling differs: no in-flight limit, no backoff, no jitter.
    name: "fixed 2 s poll, no limit",
    diagnostic: false,
    maxConcurrentRequests: Number.POSITIVE_INFINITY,
    waitOne: (fetcher, taskId) => pollEvery(fetcher, taskId, 0),
  },
  {
    // What waitForTask does per answer besides the request (it always hands back the common task), on the
    // fixed poll: the fair baseline for its client CPU per request.
    name: FIXED_AND_NORMALIZE,
    diagnostic: false,
    maxConcurrentRequests: Number.POSITIVE_INFINITY,
    waitOne: pollEveryAndNormalize,
  },
  {
    name: "waitForTask, no limit",
    diagnostic: true,
    maxConcurrentRequests: Number.POSITIVE_INFINITY,
    waitOne: async (fetcher, taskId) => (await waitForTask(fetcher, taskId, waitForTaskOptions)).status,
  },
  {
    name: "2 s poll, 20% jitter, no limit",
    diagnostic: true,
    maxConcurrentRequests: Number.POSITIVE_INFINITY,
    waitOne: (fetcher, taskId) => pollEvery(fetcher, taskId, 0.2),
  },
  {
    // waitForTask polling every 2 s (up to 20% sooner: its jitter) on the fixed poll's client: what its own work per
    // poll costs over the fixed poll's normalizing loop, with the interval policy and the limit out of the picture.
    name: "waitForTask, 2 s interval, no limit",
    diagnostic: true,
    maxConcurrentRequests: Number.POSITIVE_INFINITY,
    waitOne: async (fetcher, taskId) => {
      const intervalMs = FIXED_POLL_MS * TIME_SCALE;
      return (await waitForTask(fetcher, taskId, { intervalMs, maxIntervalMs: intervalMs })).status;
    },
  },
];

async function runStrategy(
  simulation: SimulationProcess,
  strategy: Strategy,
  tasks: ScheduledTask[],
): Promise<StrategyResult> {
  (globalThis as { gc?: () => void }).gc?.();
  const target = await simulation.call("manyWaits", {
    tasks,
    latencyMs: SERVER_LATENCY_MS * TIME_SCALE,
    creationGraceMs: CREATION_GRACE_MS,
  });
  const client = createHyperbrowserClient({
    apiKey: target.apiKey,
    baseUrl: target.baseUrl,
    maxConcurrentRequests: strategy.maxConcurrentRequests,
  });
  const fetcher = createHyperbrowserTaskFetcher(client);
  const requestTimesMs: number[] = [];
  const timedFetcher: HyperbrowserTaskFetcher = {
    source: fetcher.source,
    fetchTask: async (id, options) => {
      const sentAt = performance.now();
      try {
        return await fetcher.fetchTask(id, options);
      } finally {
        requestTimesMs.push(performance.now() - sentAt);
      }
    },
  };
  const resolvedAt: number[] = [];

  // Every task exists (pending) by now; the schedule starts at the epoch, and so do the waits.
  await sleep(Math.max(0, target.epochMs - Date.now()));
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await Promise.all(
    tasks.map(async (task, index) => {
      const taskId = target.taskIds[index];
      if (taskId === undefined) throw new Error(`the simulation started no task ${index}`);
      const status = await strategy.waitOne(timedFetcher, taskId);
      resolvedAt[index] = Date.now();
      // A wait that returned early or with the wrong task would make its lag meaningless.
      if (status !== task.outcome) throw new Error(`${strategy.name}: ${taskId} ended ${status}, not ${task.outcome}`);
    }),
  );
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  const stats = await simulation.call("takeStats");
  const lagsMs = tasks.map((_, index) => (resolvedAt[index] ?? Number.NaN) - (stats.finishedAt[index] ?? Number.NaN));
  return { server: stats, clientCpuMs: (cpu.user + cpu.system) / 1000, wallMs, lagsMs, requestTimesMs };
}

/** Runs every strategy one after the other against a fresh schedule and prints the comparison. */
export async function runManyWaits(): Promise<void> {
  const scale = (range: readonly [number, number]) =>
    `${formatNumber((range[0] * TIME_SCALE) / 1000, 1)}–${formatNumber((range[1] * TIME_SCALE) / 1000, 1)} s`;
  console.log(
    `## Many waits: ${formatNumber(TASKS)} tasks waited on at once, simulated Hyperbrowser API on 127.0.0.1\n`,
  );
  console.log(`Machine: ${describeMachine()}.`);
  console.log(
    `Tasks (seed ${SEED}, the same for each strategy): running after ${scale(scheduleShape.startWithinMs)}, ` +
      `finished after ${scale(scheduleShape.finishWithinMs)} (uniform), a new step about every ` +
      `${scale(scheduleShape.stepEveryMs)} while running; 90% complete, 7% fail, 3% are stopped.`,
  );
  console.log(
    "Server: `simulateHyperbrowser().listen()` from @agent-tasks/testing in a forked child process (node:http, " +
      `keep-alive on), answers every request after ${formatNumber(SERVER_LATENCY_MS * TIME_SCALE)} ms ` +
      "(a delay fault; the task is read when the request arrives). " +
      (TIME_SCALE === 1
        ? "Real time (no scaling)."
        : `All durations (schedule, poll intervals, latency) scaled by ${TIME_SCALE}; lags are in scaled ms.`),
  );
  console.log(
    "Each strategy uses its own createHyperbrowserClient and createHyperbrowserTaskFetcher; strategies run one after " +
      "the other; client CPU is this process only.\n",
  );

  const chosen = strategies.filter((strategy) => INCLUDE_DIAGNOSTIC || !strategy.diagnostic);
  const tasks = createTaskSchedule(TASKS, SEED, TIME_SCALE);
  const results: StrategyResult[] = [];
  for (const strategy of chosen) {
    process.stderr.write(`  ${strategy.name}: waiting for ${TASKS} tasks...\n`);
    // A fresh simulation (new process, new port) per strategy, so no strategy reuses another one's connections.
    const simulation = await forkSimulationProcess();
    try {
      results.push(await runStrategy(simulation, strategy, tasks));
    } finally {
      await simulation.stop();
    }
  }

  const row = (label: string, value: (result: StrategyResult) => string) => [label, ...results.map(value)];
  console.log(
    formatTable(
      [{ header: "" }, ...chosen.map((strategy) => ({ header: strategy.name, align: "right" as const }))],
      [
        row("total requests", (result) => formatNumber(result.server.requests)),
        row("requests per task", (result) => formatNumber(result.server.requests / TASKS, 1)),
        row("peak requests in flight (server)", (result) => formatNumber(result.server.peakInFlight)),
        row("peak open connections (server)", (result) => formatNumber(result.server.peakOpenConnections)),
        row("connections opened (server)", (result) => formatNumber(result.server.connectionsOpened)),
        row("request time seen by client, median", (result) => `${formatNumber(median(result.requestTimesMs))} ms`),
        row(
          "request time seen by client, p99",
          (result) => `${formatNumber(quantile(result.requestTimesMs, 0.99))} ms`,
        ),
        row("client CPU, user + system", (result) => `${formatNumber(result.clientCpuMs)} ms`),
        row(
          "client CPU per request",
          (result) => `${formatNumber((result.clientCpuMs * 1000) / result.server.requests)} µs`,
        ),
        row("server CPU", (result) => `${formatNumber(result.server.cpuMs)} ms`),
        row("wall time", (result) => `${formatNumber(result.wallMs / 1000, 1)} s`),
        row("finish → resolve lag, median", (result) => `${formatNumber(median(result.lagsMs))} ms`),
        row("finish → resolve lag, p99", (result) => `${formatNumber(quantile(result.lagsMs, 0.99))} ms`),
        row("finish → resolve lag, max", (result) => `${formatNumber(Math.max(...result.lagsMs))} ms`),
      ],
    ),
  );
  const cpuPerRequestUs = (result: StrategyResult) => (result.clientCpuMs * 1000) / result.server.requests;
  const baselineIndex = chosen.findIndex((strategy) => strategy.name === FIXED_AND_NORMALIZE);
  const baseline = results[baselineIndex];
  if (baseline !== undefined) {
    console.log(
      `\nClient CPU per request over ${FIXED_AND_NORMALIZE}'s (${formatNumber(cpuPerRequestUs(baseline))} µs):`,
    );
    for (const [index, strategy] of chosen.entries()) {
      const result = results[index];
      if (result === undefined || index === baselineIndex || !strategy.name.startsWith("waitForTask")) continue;
      const ratio = formatNumber(cpuPerRequestUs(result) / cpuPerRequestUs(baseline), 2);
      const goal = strategy.name === OURS ? " (goal: at most 1.15×)" : "";
      console.log(`- ${strategy.name}: ${formatNumber(cpuPerRequestUs(result))} µs, **${ratio}×**${goal}`);
    }
  }
  console.log(
    "\nLag = when the wait resolved minus when the simulation made the task terminal; it includes the server's " +
      `${formatNumber(SERVER_LATENCY_MS * TIME_SCALE)} ms answer time and any wait for a free request slot. ` +
      "Request time = one fetchTask call as the client saw it, from the call to the parsed task.\n",
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runManyWaits();
}
