/**
 * What one "get task" call costs through each client, against simulated APIs (`@agent-tasks/testing`, in a forked
 * process) on 127.0.0.1 that answer at once with the same running task every time:
 * raw fetch, openapi-fetch alone, our clients (request layer on, defaults; and on the Node transport of
 * `@agent-tasks/core/node`) and the official SDKs.
 * Each contender makes `BENCH_CALLS` calls one after another, then as many from 32 concurrent loops; rounds
 * are interleaved and the median round is reported.
 *
 * `BENCH_BASELINE_DIR=<another checkout, built>` adds "ours (before)" contenders: that checkout's clients, loaded
 * from `<dir>/packages/<package>/dist/index.js`, so a change can be measured before and after in one run.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type paths as BrowserUsePaths, createBrowserUseClient } from "@agent-tasks/browser-use";
import { createNodeTransport, type NodeTransport } from "@agent-tasks/core/node";
import { createHyperbrowserClient, type paths as HyperbrowserPaths } from "@agent-tasks/hyperbrowser";
import { Hyperbrowser } from "@hyperbrowser/sdk";
import { BrowserUse } from "browser-use-sdk";
import createClient from "openapi-fetch";
import { describeMachine, formatNumber, formatTable, median, readPositiveInteger } from "./report.js";
import {
  forkSimulationProcess,
  type OverheadTargets,
  type SimulatedTarget,
  type SimulationProcess,
} from "./simulation-process.js";

const CALLS = readPositiveInteger("BENCH_CALLS", 20_000);
const WARMUP_CALLS = readPositiveInteger("BENCH_WARMUP_CALLS", 1_000);
const ROUNDS = readPositiveInteger("BENCH_ROUNDS", 3);
/** Steps the served task has done: the body grows by about 260 bytes per step. */
const TASK_STEPS = readPositiveInteger("BENCH_OVERHEAD_STEPS", 3);
const CONCURRENCY = 32;
/** The goals, as wall time over openapi-fetch alone's, per mode. */
const GOALS = [
  { role: "ours", what: "our client, default options", atMost: 1.05 },
  { role: "node transport", what: "our client on createNodeTransport()", atMost: 0.85 },
] as const;
const BASELINE_DIR = process.env.BENCH_BASELINE_DIR || undefined;

type Api = "Hyperbrowser" | "Browser Use";
type Mode = "sequential" | `concurrency ${number}`;
const MODES: Mode[] = ["sequential", `concurrency ${CONCURRENCY}`];

/** One client under test: `call` fetches the task once and throws unless it got the right one. */
interface Contender {
  api: Api;
  name: string;
  role?: "raw fetch" | "openapi-fetch" | "ours" | "node transport";
  call: () => Promise<void>;
}

/** One timed run of `CALLS` calls. */
interface Measurement {
  wallMs: number;
  cpuMs: number;
  connections: number;
  /** CPU time of the simulation's process meanwhile. */
  serverCpuMs: number;
}

function expectTaskId(id: unknown, expected: string, contender: string): void {
  // Checked on every call so no contender can skip work the others do, and a wrong answer stops the run.
  if (id !== expected) throw new Error(`${contender} returned task ${String(id)}, expected ${expected}`);
}

/** What a careful openapi-fetch user writes for a 60 s timeout: an AbortController and a timer per call. */
async function withTimeoutSignal<T>(send: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    return await send(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

/** One API as every contender reaches it; the contenders are the same for each API. */
interface ApiUnderTest {
  api: Api;
  /** The task URL, for raw fetch. */
  url: string;
  keyHeader: string;
  apiKey: string;
  taskId: string;
  /** The task's id field: Hyperbrowser `jobId`, Browser Use `id`. */
  idOf: (task: unknown) => unknown;
  openapiFetch: (signal?: AbortSignal) => Promise<{ data?: unknown }>;
  ours: () => Promise<{ data?: unknown }>;
  oursWithoutTimeout: () => Promise<{ data?: unknown }>;
  oursOnNodeTransport: () => Promise<{ data?: unknown }>;
  /** The same client from `BENCH_BASELINE_DIR`'s build, when given. */
  oursBefore: (() => Promise<{ data?: unknown }>) | undefined;
  sdkName: string;
  sdk: () => Promise<unknown>;
}

function contendersFor(target: ApiUnderTest): Contender[] {
  const { api, idOf, taskId } = target;
  return [
    {
      api,
      name: "raw fetch",
      role: "raw fetch",
      call: async () => {
        const response = await fetch(target.url, { headers: { [target.keyHeader]: target.apiKey } });
        if (!response.ok) throw new Error(`raw fetch got HTTP ${response.status}`);
        expectTaskId(idOf(await response.json()), taskId, "raw fetch");
      },
    },
    {
      api,
      name: "openapi-fetch alone",
      role: "openapi-fetch",
      call: async () => expectTaskId(idOf((await target.openapiFetch()).data), taskId, "openapi-fetch"),
    },
    {
      api,
      name: api === "Hyperbrowser" ? "createHyperbrowserClient" : "createBrowserUseClient",
      role: "ours",
      call: async () => expectTaskId(idOf((await target.ours()).data), taskId, "our client"),
    },
    {
      api,
      name: "ours + createNodeTransport",
      role: "node transport",
      call: async () => expectTaskId(idOf((await target.oursOnNodeTransport()).data), taskId, "ours, Node transport"),
    },
    ...(target.oursBefore === undefined
      ? []
      : [
          {
            api,
            name: "ours (before)",
            call: async () =>
              expectTaskId(
                idOf((await (target.oursBefore as () => Promise<{ data?: unknown }>)()).data),
                taskId,
                "before",
              ),
          },
        ]),
    {
      api,
      name: "openapi-fetch + 60 s timeout",
      call: async () =>
        expectTaskId(idOf((await withTimeoutSignal(target.openapiFetch)).data), taskId, "openapi-fetch + timeout"),
    },
    {
      api,
      name: "ours, timeoutMs: Infinity",
      call: async () => expectTaskId(idOf((await target.oursWithoutTimeout()).data), taskId, "ours, no timeout"),
    },
    {
      api,
      name: target.sdkName,
      call: async () => expectTaskId(idOf(await target.sdk()), taskId, target.sdkName),
    },
  ];
}

/** A client factory as both packages export one, loosely typed: the baseline build's types are not checked. */
type LooseClient = { GET: (path: string, init: unknown) => Promise<{ data?: unknown }> };
type LooseFactory = (options: { apiKey: string; baseUrl: string }) => LooseClient;

/** `createXClient` from the build in `BENCH_BASELINE_DIR`, or `undefined` without one. */
async function baselineFactory(packageName: string, factory: string): Promise<LooseFactory | undefined> {
  if (BASELINE_DIR === undefined) return undefined;
  const file = path.resolve(BASELINE_DIR, "packages", packageName, "dist", "index.js");
  const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  if (typeof module[factory] !== "function") throw new Error(`${file} exports no ${factory}`);
  return module[factory] as LooseFactory;
}

async function createContenders(
  { hyperbrowser, browserUse }: OverheadTargets,
  transport: NodeTransport,
): Promise<Contender[]> {
  const hyperbrowserPath = { params: { path: { id: hyperbrowser.taskId } } } as const;
  const browserUsePath = { params: { path: { task_id: browserUse.taskId } } } as const;
  const hyperbrowserKey = { "x-api-key": hyperbrowser.apiKey };
  const browserUseKey = { "X-Browser-Use-API-Key": browserUse.apiKey };
  const openapiHyperbrowser = createClient<HyperbrowserPaths>({
    baseUrl: hyperbrowser.baseUrl,
    headers: hyperbrowserKey,
  });
  const openapiBrowserUse = createClient<BrowserUsePaths>({ baseUrl: browserUse.baseUrl, headers: browserUseKey });
  // Without a timeout (and no caller's signal) the layer sends no AbortSignal: that row isolates what one costs.
  const noTimeout = { timeoutMs: Number.POSITIVE_INFINITY };
  const ours = (target: SimulatedTarget) => ({ apiKey: target.apiKey, baseUrl: target.baseUrl });
  const ourHyperbrowser = createHyperbrowserClient(ours(hyperbrowser));
  const ourHyperbrowserNoTimeout = createHyperbrowserClient({ ...ours(hyperbrowser), ...noTimeout });
  const ourBrowserUse = createBrowserUseClient(ours(browserUse));
  const ourBrowserUseNoTimeout = createBrowserUseClient({ ...ours(browserUse), ...noTimeout });
  // One Node transport shared by both clients, as an app would share one.
  const ourHyperbrowserOnNode = createHyperbrowserClient({ ...ours(hyperbrowser), fetch: transport });
  const ourBrowserUseOnNode = createBrowserUseClient({ ...ours(browserUse), fetch: transport });
  const hyperbrowserBefore = (await baselineFactory("hyperbrowser", "createHyperbrowserClient"))?.(ours(hyperbrowser));
  const browserUseBefore = (await baselineFactory("browser-use", "createBrowserUseClient"))?.(ours(browserUse));
  // Defaults kept: the Hyperbrowser SDK sets a 30 s node-fetch timeout and never retries a GET; the Browser
  // Use SDK arms a 30 s timer per attempt and retries only 429s, up to 3 times.
  const hyperbrowserSdk = new Hyperbrowser(ours(hyperbrowser));
  const browserUseSdk = new BrowserUse(ours(browserUse));

  return [
    ...contendersFor({
      api: "Hyperbrowser",
      url: `${hyperbrowser.baseUrl}/api/task/hyper-agent/${hyperbrowser.taskId}`,
      keyHeader: "x-api-key",
      apiKey: hyperbrowser.apiKey,
      taskId: hyperbrowser.taskId,
      idOf: (task) => (task as { jobId?: unknown } | undefined)?.jobId,
      openapiFetch: (signal) => openapiHyperbrowser.GET("/api/task/hyper-agent/{id}", { ...hyperbrowserPath, signal }),
      ours: () => ourHyperbrowser.GET("/api/task/hyper-agent/{id}", hyperbrowserPath),
      oursWithoutTimeout: () => ourHyperbrowserNoTimeout.GET("/api/task/hyper-agent/{id}", hyperbrowserPath),
      oursOnNodeTransport: () => ourHyperbrowserOnNode.GET("/api/task/hyper-agent/{id}", hyperbrowserPath),
      oursBefore: hyperbrowserBefore && (() => hyperbrowserBefore.GET("/api/task/hyper-agent/{id}", hyperbrowserPath)),
      sdkName: "@hyperbrowser/sdk 0.92.6",
      sdk: () => hyperbrowserSdk.agents.hyperAgent.get(hyperbrowser.taskId),
    }),
    ...contendersFor({
      api: "Browser Use",
      url: `${browserUse.baseUrl}/tasks/${browserUse.taskId}`,
      keyHeader: "X-Browser-Use-API-Key",
      apiKey: browserUse.apiKey,
      taskId: browserUse.taskId,
      idOf: (task) => (task as { id?: unknown } | undefined)?.id,
      openapiFetch: (signal) => openapiBrowserUse.GET("/tasks/{task_id}", { ...browserUsePath, signal }),
      ours: () => ourBrowserUse.GET("/tasks/{task_id}", browserUsePath),
      oursWithoutTimeout: () => ourBrowserUseNoTimeout.GET("/tasks/{task_id}", browserUsePath),
      oursOnNodeTransport: () => ourBrowserUseOnNode.GET("/tasks/{task_id}", browserUsePath),
      oursBefore: browserUseBefore && (() => browserUseBefore.GET("/tasks/{task_id}", browserUsePath)),
      sdkName: "browser-use-sdk 3.11.3",
      sdk: () => browserUseSdk.tasks.get(browserUse.taskId),
    }),
  ];
}

/** Makes `total` calls from `concurrency` loops that each start the next call as soon as their last one ends. */
async function runCalls(call: () => Promise<void>, total: number, concurrency: number): Promise<void> {
  let started = 0;
  const loop = async () => {
    while (started < total) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, loop));
}

async function measure(simulation: SimulationProcess, contender: Contender, concurrency: number): Promise<Measurement> {
  (globalThis as { gc?: () => void }).gc?.();
  await simulation.call("takeCounts");
  const cpuBefore = process.cpuUsage();
  const startedAt = performance.now();
  await runCalls(contender.call, CALLS, concurrency);
  const wallMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuBefore);
  const counts = await simulation.call("takeCounts");
  if (counts.requests !== CALLS) throw new Error(`${contender.name}: server saw ${counts.requests} requests`);
  return {
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    connections: counts.connections,
    serverCpuMs: counts.serverCpuMs,
  };
}

const key = (contender: Contender, mode: Mode) => `${contender.api}|${contender.name}|${mode}`;

/** Runs the whole comparison and prints its tables; resolves when the simulation's process has stopped. */
export async function runRequestOverhead(): Promise<void> {
  const simulation = await forkSimulationProcess();
  const transport = createNodeTransport();
  try {
    const targets = await simulation.call("overhead", { steps: TASK_STEPS });
    console.log("## Request overhead: one GET task call, simulated APIs on 127.0.0.1\n");
    console.log(`Machine: ${describeMachine()}.`);
    console.log(
      "Server: `simulateHyperbrowser()` and `simulateBrowserUse()` from @agent-tasks/testing, `listen()`ing in a " +
        "forked child process (its CPU is not counted as client CPU), keep-alive on, answering at once with the same " +
        `running task, ${TASK_STEPS} step${TASK_STEPS === 1 ? "" : "s"} done, frozen by a manual clock (Hyperbrowser ` +
        `${formatNumber(targets.hyperbrowser.bodyBytes)} B, Browser Use ${formatNumber(targets.browserUse.bodyBytes)} B ` +
        "of JSON).",
    );
    console.log(
      `Per contender and round: ${formatNumber(WARMUP_CALLS)} warm-up calls, then ${formatNumber(CALLS)} sequential ` +
        `calls, then ${formatNumber(CALLS)} calls from ${CONCURRENCY} concurrent loops. ${ROUNDS} rounds, contender ` +
        `order rotated each round; each cell is the median round.\n`,
    );

    if (BASELINE_DIR !== undefined) console.log(`"ours (before)": the clients built in ${BASELINE_DIR}.\n`);
    const contenders = await createContenders(targets, transport);
    const results = new Map<string, Measurement[]>();
    for (let round = 0; round < ROUNDS; round++) {
      const order = contenders.map((_, index) => contenders[(index + round) % contenders.length] as Contender);
      for (const contender of order) {
        await runCalls(contender.call, WARMUP_CALLS, CONCURRENCY);
        for (const mode of MODES) {
          const measurement = await measure(simulation, contender, mode === "sequential" ? 1 : CONCURRENCY);
          results.set(key(contender, mode), [...(results.get(key(contender, mode)) ?? []), measurement]);
        }
        process.stderr.write(`  round ${round + 1}/${ROUNDS}: ${contender.api} / ${contender.name} done\n`);
      }
    }

    const medianOf = (contender: Contender | undefined, mode: Mode, pick: (measurement: Measurement) => number) =>
      contender === undefined ? Number.NaN : median((results.get(key(contender, mode)) ?? []).map(pick));
    const wallTimes = (contender: Contender, mode: Mode) =>
      (results.get(key(contender, mode)) ?? []).map((measurement) => measurement.wallMs);
    const roleOf = (api: Api, role: Contender["role"]) =>
      contenders.find((contender) => contender.api === api && contender.role === role);
    const ratio = (value: number, baseline: number) =>
      Number.isNaN(baseline) ? "" : `${formatNumber(value / baseline, 2)}×`;

    const rows: string[][] = [];
    for (const mode of MODES) {
      for (const contender of contenders) {
        const wallMs = medianOf(contender, mode, (measurement) => measurement.wallMs);
        const cpuMs = medianOf(contender, mode, (measurement) => measurement.cpuMs);
        const openapiMs = medianOf(roleOf(contender.api, "openapi-fetch"), mode, (measurement) => measurement.wallMs);
        const rawMs = medianOf(roleOf(contender.api, "raw fetch"), mode, (measurement) => measurement.wallMs);
        rows.push([
          contender.api,
          contender.name,
          mode,
          formatNumber(wallMs),
          spread(wallTimes(contender, mode)),
          formatNumber((wallMs * 1000) / CALLS, 1),
          formatNumber(CALLS / (wallMs / 1000)),
          formatNumber((cpuMs * 1000) / CALLS, 1),
          ratio(wallMs, openapiMs),
          ratio(wallMs, rawMs),
          formatNumber(Math.max(...(results.get(key(contender, mode)) ?? []).map((m) => m.connections))),
        ]);
      }
    }
    console.log(
      formatTable(
        [
          { header: "API" },
          { header: "contender" },
          { header: "mode" },
          { header: "total ms", align: "right" },
          { header: "round spread", align: "right" },
          { header: "µs/call", align: "right" },
          { header: "calls/s", align: "right" },
          { header: "client CPU µs/call", align: "right" },
          { header: "vs openapi-fetch", align: "right" },
          { header: "vs raw fetch", align: "right" },
          { header: "new TCP conns", align: "right" },
        ],
        rows,
      ),
    );
    console.log(
      "\nµs/call = total wall time / calls (so at concurrency 32 it is the inverse of throughput, not latency). " +
        "Client CPU = process.cpuUsage() of this process (user + system) / calls. " +
        "Round spread = half of (slowest − fastest round) / median, a rough noise gauge. " +
        "New TCP conns = most connections the server saw opened during one timed run (0 = all reused).",
    );
    // The simulation's own time per request is in every sequential call's wall time; at concurrency 32 it runs
    // on the other core, alongside the client.
    const serverCpu = MODES.map((mode) => {
      const perCall = contenders.flatMap((contender) =>
        (results.get(key(contender, mode)) ?? []).map((measurement) => (measurement.serverCpuMs * 1000) / CALLS),
      );
      return `${mode} ${formatNumber(median(perCall), 1)} µs`;
    });
    console.log(
      `Server CPU per call (the simulation's process, median over every timed run): ${serverCpu.join(", ")}.\n`,
    );

    console.log("Goals, as wall time over openapi-fetch alone's (client CPU in brackets):");
    for (const goal of GOALS) {
      for (const api of ["Hyperbrowser", "Browser Use"] as const) {
        for (const mode of MODES) {
          const wall = medianOf(roleOf(api, goal.role), mode, (measurement) => measurement.wallMs);
          const cpu = medianOf(roleOf(api, goal.role), mode, (measurement) => measurement.cpuMs);
          const baseline = medianOf(roleOf(api, "openapi-fetch"), mode, (measurement) => measurement.wallMs);
          const baselineCpu = medianOf(roleOf(api, "openapi-fetch"), mode, (measurement) => measurement.cpuMs);
          const verdict = wall / baseline <= goal.atMost ? "MET" : "MISSED";
          console.log(
            `- ${goal.what} at most ${formatNumber(goal.atMost, 2)}×, ${api}, ${mode}: ${verdict}, ` +
              `${ratio(wall, baseline)} (${ratio(cpu, baselineCpu)} CPU; ` +
              `${signedMicroseconds(((wall - baseline) * 1000) / CALLS)}/call).`,
          );
        }
      }
    }
    console.log("");
  } finally {
    await transport.close();
    await simulation.stop();
  }
}

/** How far apart the rounds were, relative to their median: `"±4%"` means slowest − fastest = 8% of the median. */
function spread(values: number[]): string {
  if (values.length < 2) return "";
  return `±${formatNumber(((Math.max(...values) - Math.min(...values)) / median(values) / 2) * 100)}%`;
}

function signedMicroseconds(value: number): string {
  return `${value >= 0 ? "+" : ""}${formatNumber(value, 1)} µs`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runRequestOverhead();
}
