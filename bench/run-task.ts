/**
 * One long task run to its end through each "start and wait" helper, against stateful simulated APIs
 * (`@agent-tasks/testing`, real HTTP on 127.0.0.1, real time): `browser-use-sdk`'s `run()`,
 * `@hyperbrowser/sdk`'s `agents.hyperAgent.startAndWait`, and our `runTask` with each provider's adapter. Reports
 * what each run cost on the wire and how late each helper saw the task end.
 */

import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createBrowserUseAdapter, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createHyperbrowserAdapter, createHyperbrowserClient } from "@agent-tasks/hyperbrowser";
import { runTask } from "@agent-tasks/normalize";
import { type SimulatedTask, type Simulation, simulateBrowserUse, simulateHyperbrowser } from "@agent-tasks/testing";
import { Hyperbrowser } from "@hyperbrowser/sdk";
import { BrowserUse } from "browser-use-sdk";
import { describeMachine, formatNumber, formatTable, readPositiveNumber } from "./report.js";

const API_KEY = "bench-key";
/** The helper every other one's bytes per task are compared with. */
const BASELINE = "browser-use-sdk 3.11.3 run()";
const TASK_TEXT = "Find the cheapest flight from Paris to Berlin next Friday";

export interface RunTaskBenchOptions {
  /** How long the task runs on the simulation, in seconds (default 60, or `BENCH_TASK_SECONDS`). */
  taskSeconds?: number;
  /** Steps the task takes, evenly spread (default 10, or `BENCH_TASK_STEPS`). */
  steps?: number;
}

/** What one helper's run cost, measured on the simulation's side. */
interface ContenderResult {
  name: string;
  /** `null` when the contender could not run; `error` says why. */
  error: string | null;
  status: string;
  requests: number;
  byOperation: string;
  bytesSent: number;
  bytesReceived: number;
  connections: number;
  wallMs: number;
  lagMs: number;
}

interface Contender {
  name: string;
  /** Starts the simulation, runs the helper against it; resolves with the task id the helper saw end. */
  run: (plan: { durationMs: number; steps: number }) => Promise<{
    server: Simulation & { tasks: { get(id: string): SimulatedTask<unknown, unknown> } };
    taskId: string;
    status: string;
    resolvedAt: number;
    startedAt: number;
  }>;
}

function summarize(
  server: Simulation,
): Pick<ContenderResult, "requests" | "byOperation" | "bytesSent" | "bytesReceived" | "connections"> {
  const counts = new Map<string, number>();
  for (const request of server.requests) counts.set(request.operation, (counts.get(request.operation) ?? 0) + 1);
  return {
    requests: server.requests.length,
    byOperation: [...counts].map(([operation, count]) => `${operation} ${count}`).join(", "),
    // Over HTTP every answered request has its byte counts (they are null only over msw).
    bytesSent: server.requests.reduce((total, request) => total + (request.bytesIn ?? 0), 0),
    bytesReceived: server.requests.reduce((total, request) => total + (request.bytesOut ?? 0), 0),
    connections: server.connectionsOpened,
  };
}

function contenders(): Contender[] {
  return [
    {
      name: BASELINE,
      run: async (plan) => {
        const server = await simulateBrowserUse({ apiKey: API_KEY, task: plan }).listen();
        const startedAt = Date.now();
        const result = await new BrowserUse({ apiKey: API_KEY, baseUrl: server.baseUrl }).run(TASK_TEXT);
        return { server, taskId: result.id, status: result.status, resolvedAt: Date.now(), startedAt };
      },
    },
    {
      name: "@hyperbrowser/sdk 0.92.6 startAndWait",
      run: async (plan) => {
        const server = await simulateHyperbrowser({ apiKey: API_KEY, task: plan }).listen();
        const startedAt = Date.now();
        const result = await new Hyperbrowser({
          apiKey: API_KEY,
          baseUrl: server.origin,
        }).agents.hyperAgent.startAndWait({
          task: TASK_TEXT,
        });
        return { server, taskId: result.jobId, status: result.status, resolvedAt: Date.now(), startedAt };
      },
    },
    ...[undefined, 2_000].flatMap((maxIntervalMs): Contender[] => {
      // Defaults (1 s growing to 5 s while nothing changes), and the pause capped at the SDKs' 2 s.
      const options = maxIntervalMs === undefined ? {} : { maxIntervalMs };
      const label = maxIntervalMs === undefined ? "" : `, maxIntervalMs ${maxIntervalMs}`;
      return [
        {
          name: `runTask + createBrowserUseAdapter${label}`,
          run: async (plan) => {
            const server = await simulateBrowserUse({ apiKey: API_KEY, task: plan }).listen();
            const startedAt = Date.now();
            const client = createBrowserUseClient({ apiKey: API_KEY, baseUrl: server.baseUrl });
            const result = await runTask(createBrowserUseAdapter(client), { task: TASK_TEXT }, options);
            return { server, taskId: result.id, status: result.status, resolvedAt: Date.now(), startedAt };
          },
        },
        {
          name: `runTask + createHyperbrowserAdapter${label}`,
          run: async (plan) => {
            const server = await simulateHyperbrowser({ apiKey: API_KEY, task: plan }).listen();
            const startedAt = Date.now();
            const client = createHyperbrowserClient({ apiKey: API_KEY, baseUrl: server.origin });
            const result = await runTask(createHyperbrowserAdapter(client), { task: TASK_TEXT }, options);
            return { server, taskId: result.id, status: result.status, resolvedAt: Date.now(), startedAt };
          },
        },
      ];
    }),
  ];
}

async function runContender(
  contender: Contender,
  plan: { durationMs: number; steps: number },
): Promise<ContenderResult> {
  try {
    const { server, taskId, status, resolvedAt, startedAt } = await contender.run(plan);
    try {
      const task = server.tasks.get(taskId);
      if (task.finishedAt === null) throw new Error(`${contender.name} resolved before task ${taskId} ended`);
      return {
        name: contender.name,
        error: null,
        status,
        ...summarize(server),
        wallMs: resolvedAt - startedAt,
        lagMs: resolvedAt - task.finishedAt,
      };
    } finally {
      await server.close();
    }
  } catch (error) {
    return {
      name: contender.name,
      error: error instanceof Error ? error.message : String(error),
      status: "",
      requests: 0,
      byOperation: "",
      bytesSent: 0,
      bytesReceived: 0,
      connections: 0,
      wallMs: 0,
      lagMs: 0,
    };
  }
}

/** Runs every contender at once (each against its own simulation) and prints the table. */
export async function runRunTask(options: RunTaskBenchOptions = {}): Promise<void> {
  const taskSeconds = options.taskSeconds ?? readPositiveNumber("BENCH_TASK_SECONDS", 60);
  const steps = options.steps ?? readPositiveNumber("BENCH_TASK_STEPS", 10);
  const plan = { durationMs: taskSeconds * 1000, steps };
  console.log(`## Run one task: start, wait, resolve (${formatNumber(taskSeconds, 1)} s task, ${steps} steps)\n`);
  console.log(`Machine: ${describeMachine()}.`);
  console.log(
    "Each helper runs against its own simulated API (@agent-tasks/testing) on 127.0.0.1 (real HTTP, real time), " +
      "all at once. Bytes are on the wire as the simulation's sockets counted them (request line, headers, body); " +
      "lag is when the helper resolved minus when the simulation made the task terminal.\n",
  );
  const results = await Promise.all(contenders().map((contender) => runContender(contender, plan)));
  const bytesPerTask = (result: ContenderResult) => result.bytesSent + result.bytesReceived;
  const baseline = results.find((result) => result.name === BASELINE && result.error === null);
  const rows = results.map((result) =>
    result.error !== null
      ? [result.name, "not run (below)", "", "", "", "", "", "", "", "", ""]
      : [
          result.name,
          result.status,
          formatNumber(result.requests),
          result.byOperation,
          formatNumber(result.bytesSent),
          formatNumber(result.bytesReceived),
          formatNumber(bytesPerTask(result)),
          baseline === undefined ? "" : `${formatNumber(bytesPerTask(result) / bytesPerTask(baseline), 2)}×`,
          formatNumber(result.connections),
          formatNumber(result.wallMs / 1000, 1),
          formatNumber(result.lagMs),
        ],
  );
  console.log(
    formatTable(
      [
        { header: "helper" },
        { header: "final status" },
        { header: "requests", align: "right" },
        { header: "requests by operation" },
        { header: "bytes sent", align: "right" },
        { header: "bytes received", align: "right" },
        { header: "bytes per task", align: "right" },
        { header: "vs run()", align: "right" },
        { header: "TCP conns", align: "right" },
        { header: "wall s", align: "right" },
        { header: "finish → resolve lag ms", align: "right" },
      ],
      rows,
    ),
  );
  const ours = results.find((result) => result.name === "runTask + createBrowserUseAdapter" && result.error === null);
  if (baseline !== undefined && ours !== undefined) {
    console.log(
      `\nBytes per finished task (sent + received): runTask + createBrowserUseAdapter ${formatNumber(bytesPerTask(ours))} B, ` +
        `${BASELINE} ${formatNumber(bytesPerTask(baseline))} B: **${formatNumber(bytesPerTask(ours) / bytesPerTask(baseline), 2)}×** ` +
        "(goal: at most 0.5×). `vs run()` is each helper's bytes per task over run()'s.",
    );
  }
  for (const result of results) if (result.error !== null) console.log(`- ${result.name} did not run: ${result.error}`);
  console.log("");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({ options: { seconds: { type: "string" }, steps: { type: "string" } } });
  const parse = (raw: string | undefined, flag: string) => {
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!(value > 0) || !Number.isFinite(value)) throw new Error(`--${flag} must be a positive number, got ${raw}`);
    return value;
  };
  await runRunTask({ taskSeconds: parse(values.seconds, "seconds"), steps: parse(values.steps, "steps") });
}
