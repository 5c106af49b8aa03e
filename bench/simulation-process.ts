/**
 * The simulated provider APIs (`@agent-tasks/testing`) that `request-overhead.ts` and `many-waits.ts` call, served
 * from a forked child process: the server's CPU time is then neither billed to the clients being measured nor
 * competing with them on one event loop. The parent calls `forkSimulationProcess()`; the child (this same file,
 * started by `fork`) runs the simulations with `listen()`, reports their URLs, keys and task ids, and answers
 * the commands in `commands` over IPC: set a benchmark up, then read what the server side counted.
 */
import { subscribe } from "node:diagnostics_channel";
import { Agent, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { pathToFileURL } from "node:url";
import {
  createManualClock,
  type HyperbrowserSimulation,
  type ProviderSimulation,
  type Simulation,
  simulateBrowserUse,
  simulateHyperbrowser,
  type TaskPlan,
} from "@agent-tasks/testing";
import { type ForkedCommands, forkCommands, serveCommands } from "./forked-commands.js";
import type { ScheduledTask } from "./task-schedule.js";

/** The task every benchmark starts: its text only shows up in the steps the simulation renders. */
const TASK_TEXT = "Find the cheapest flight from Paris to Berlin next Friday";

/** One simulated API as a client reaches it, and the task it serves. */
export interface SimulatedTarget {
  /** What to give a client or SDK as its base URL (`http://127.0.0.1:<port>`, plus `/api/v2` for Browser Use). */
  baseUrl: string;
  apiKey: string;
  taskId: string;
  /** Bytes of the JSON body the full "get task" answers for `taskId`. */
  bodyBytes: number;
}

/** What `overhead` takes: how many steps the served task has done (each adds about 260 bytes to the body). */
interface OverheadSetup {
  steps: number;
}

/** What `overhead` returns: one running task per API, frozen (a manual clock that never moves). */
export interface OverheadTargets {
  hyperbrowser: SimulatedTarget;
  browserUse: SimulatedTarget;
}

/** What `takeCounts` returns, counted since the previous call. */
interface OverheadCounts {
  requests: number;
  /** TCP connections the servers accepted. */
  connections: number;
  /** CPU time (user + system) of the server process. */
  serverCpuMs: number;
}

/** What `manyWaits` takes: the tasks to serve (offsets from the common epoch) and how long every answer takes. */
interface ManyWaitsSetup {
  tasks: ScheduledTask[];
  latencyMs: number;
  /** The epoch is this long after the setup begins, so every task exists before its schedule starts. */
  creationGraceMs: number;
}

/** What `manyWaits` returns. */
interface ManyWaitsTarget {
  baseUrl: string;
  apiKey: string;
  /** `taskIds[i]` runs on `tasks[i]`'s schedule. */
  taskIds: string[];
  /** When the schedule starts (`Date.now()` time): the benchmark starts waiting then. */
  epochMs: number;
}

/** What `takeStats` returns, counted since `manyWaits` finished its setup. */
export interface ManyWaitsStats {
  requests: number;
  peakInFlight: number;
  peakOpenConnections: number;
  connectionsOpened: number;
  cpuMs: number;
  /** When each task became terminal on the simulation (`Date.now()` time), in `taskIds` order; `null`: not yet. */
  finishedAt: (number | null)[];
}

// ---------------------------------------------------------------------------------------------------------------
// Child side: the state of the simulations this process serves.

let overheadSimulations: Simulation[] = [];
let manyWaits: { simulation: HyperbrowserSimulation; taskIds: string[]; connectionsAtStart: number } | undefined;
let cpuAtStart = process.cpuUsage();
let connectionsAtLastCount = 0;
/**
 * How long the simulations' servers keep an idle connection open: long, as the load balancers in front of real
 * APIs do, so the pauses between timed runs do not close the clients' pooled connections (Node's default is 5 s).
 */
const KEEP_ALIVE_MS = 120_000;

// Requests and connections as the process's HTTP server sees them (through node:diagnostics_channel, so the
// simulation's server needs no hook): the simulation records requests, not how many are unanswered at once.
let inFlight = 0;
let peakInFlight = 0;
let openConnections = 0;
let peakOpenConnections = 0;

function watchServerTraffic(): void {
  subscribe("http.server.request.start", (message) => {
    const { response, server } = message as { response: ServerResponse; server: Server };
    // Set before the benchmark's first request: the setup's own start requests come first.
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    response.once("close", () => {
      inFlight--;
    });
  });
  subscribe("net.server.socket", (message) => {
    const { socket } = message as { socket: Socket };
    openConnections++;
    peakOpenConnections = Math.max(peakOpenConnections, openConnections);
    socket.once("close", () => {
      openConnections--;
    });
  });
}

function cpuMsSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1000;
}

/** POSTs `body` as JSON and resolves with the parsed answer; throws unless it is a 2xx. */
function postJson(url: string, headers: Record<string, string>, body: unknown, agent: Agent): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      url,
      { method: "POST", agent, headers: { ...headers, "content-type": "application/json" } },
      (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          if (status < 200 || status > 299) reject(new Error(`POST ${url} answered ${status}: ${text}`));
          else resolve(JSON.parse(text));
        });
        response.on("error", reject);
      },
    );
    sent.on("error", reject);
    sent.end(JSON.stringify(body));
  });
}

/** The start endpoint of a simulation: where to POST, with which key header, and where the answer puts the id. */
interface StartEndpoint {
  path: string;
  keyHeader: string;
  idOf: (answer: unknown) => unknown;
}

const hyperbrowserStart: StartEndpoint = {
  path: "/api/task/hyper-agent",
  keyHeader: "x-api-key",
  idOf: (answer) => (answer as { jobId?: unknown }).jobId,
};

const browserUseStart: StartEndpoint = {
  path: "/tasks",
  keyHeader: "x-browser-use-api-key",
  idOf: (answer) => (answer as { id?: unknown }).id,
};

/**
 * Starts `count` tasks through the simulation's own start endpoint, `concurrency` at a time, and resolves with
 * their ids ordered by the simulation's task index (the index its plan function was called with). Its
 * connections are closed before it resolves, so they are not counted as the benchmark's.
 */
async function startTasks(
  simulation: ProviderSimulation<unknown, unknown, unknown>,
  endpoint: StartEndpoint,
  count: number,
  concurrency = 16,
): Promise<string[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const ids: string[] = [];
  let started = 0;
  const loop = async () => {
    while (started < count) {
      started++;
      const answer = await postJson(
        `${simulation.baseUrl}${endpoint.path}`,
        { [endpoint.keyHeader]: simulation.apiKey },
        { task: TASK_TEXT },
        agent,
      );
      const id = endpoint.idOf(answer);
      if (typeof id !== "string") throw new Error(`start answered no task id: ${JSON.stringify(answer)}`);
      ids.push(id);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, loop));
  } finally {
    agent.destroy();
  }
  await connectionsClosed();
  // Starts arrive in any order; the index is the order the simulation created them in.
  const byIndex: string[] = [];
  for (const id of ids) byIndex[simulation.tasks.get(id).index] = id;
  return byIndex;
}

/** Resolves once every connection to this process's servers has closed (or after `timeoutMs`). */
async function connectionsClosed(timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (openConnections > 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** The commands the parent can send; each resolves with what the parent receives. */
const commands = {
  /** Serves one running Hyperbrowser task and one running Browser Use task with `steps` steps each. */
  overhead: async ({ steps }: OverheadSetup): Promise<OverheadTargets> => {
    // A manual clock that never moves after the setup: every answer is the same task, byte for byte.
    const clock = createManualClock();
    const plan: Partial<TaskPlan> = { startDelayMs: 0, durationMs: (steps + 1) * 1_000, steps: steps + 1 };
    const hyperbrowser = await simulateHyperbrowser({ clock, task: plan }).listen();
    const browserUse = await simulateBrowserUse({ clock, task: plan }).listen();
    overheadSimulations = [hyperbrowser, browserUse];
    const [hyperbrowserId] = await startTasks(hyperbrowser, hyperbrowserStart, 1);
    const [browserUseId] = await startTasks(browserUse, browserUseStart, 1);
    if (hyperbrowserId === undefined || browserUseId === undefined) throw new Error("a start returned no task");
    clock.advance(steps * 1_000);
    for (const [simulation, id] of [
      [hyperbrowser, hyperbrowserId],
      [browserUse, browserUseId],
    ] as const) {
      const task = simulation.tasks.get(id);
      if (task.phase !== "running" || task.stepTimes.length !== steps)
        throw new Error(`${simulation.provider} task is ${task.phase} with ${task.stepTimes.length} steps`);
    }
    const target = (simulation: typeof hyperbrowser | typeof browserUse, taskId: string): SimulatedTarget => ({
      baseUrl: simulation.baseUrl,
      apiKey: simulation.apiKey,
      taskId,
      bodyBytes: Buffer.byteLength(JSON.stringify(simulation.view(taskId))),
    });
    commands.takeCounts();
    return { hyperbrowser: target(hyperbrowser, hyperbrowserId), browserUse: target(browserUse, browserUseId) };
  },

  /** Requests and TCP connections of the `overhead` simulations since the last call, then starts counting again. */
  takeCounts: (): OverheadCounts => {
    const requests = overheadSimulations.reduce((total, simulation) => total + simulation.requests.length, 0);
    const connections = overheadSimulations.reduce((total, simulation) => total + simulation.connectionsOpened, 0);
    const counts = {
      requests,
      connections: connections - connectionsAtLastCount,
      serverCpuMs: cpuMsSince(cpuAtStart),
    };
    // The log would otherwise hold every request of the run.
    for (const simulation of overheadSimulations) simulation.clearRequests();
    connectionsAtLastCount = connections;
    cpuAtStart = process.cpuUsage();
    return counts;
  },

  /**
   * Serves a Hyperbrowser simulation with one task per `tasks` entry, each on its schedule, and answers every
   * request `latencyMs` late (the task read when the request arrives, as a real API reads its database first).
   */
  manyWaits: async ({ tasks, latencyMs, creationGraceMs }: ManyWaitsSetup): Promise<ManyWaitsTarget> => {
    const epochMs = Date.now() + creationGraceMs;
    const stopAt = new Map<number, number>();
    const simulation = simulateHyperbrowser({
      // Called as each task is created, so the plan turns the schedule's epoch offsets into delays from now.
      task: (_input, index) => {
        const task = tasks[index];
        if (task === undefined) throw new Error(`no schedule for task ${index}`);
        const now = Date.now();
        const runsFrom = Math.max(now, epochMs + task.startOffsetMs);
        const runMs = Math.max(0, epochMs + task.finishOffsetMs - runsFrom);
        if (task.outcome === "stopped") stopAt.set(index, epochMs + task.finishOffsetMs);
        // A task to be stopped is planned to run on (and keep adding steps) past the moment it is stopped.
        const durationMs = task.outcome === "stopped" ? 2 * runMs + task.stepEveryMs : runMs;
        return {
          startDelayMs: runsFrom - now,
          durationMs,
          steps: Math.max(1, Math.round(durationMs / task.stepEveryMs)),
          outcome: task.outcome === "failed" ? "failed" : "completed",
        };
      },
    });
    await simulation.listen();
    const taskIds = await startTasks(simulation, hyperbrowserStart, tasks.length);
    for (const [index, at] of stopAt) {
      const id = taskIds[index];
      if (id !== undefined) setTimeout(() => simulation.tasks.stop(id), Math.max(0, at - Date.now())).unref();
    }
    if (Date.now() > epochMs)
      process.stderr.write(`  (starting ${tasks.length} tasks took longer than ${creationGraceMs} ms)\n`);
    simulation.clearRequests();
    simulation.injectFault({
      operation: "*",
      times: Number.POSITIVE_INFINITY,
      afterHandling: true,
      fault: { kind: "delay", ms: latencyMs },
    });
    manyWaits = { simulation, taskIds, connectionsAtStart: simulation.connectionsOpened };
    peakInFlight = inFlight;
    peakOpenConnections = openConnections;
    cpuAtStart = process.cpuUsage();
    return { baseUrl: simulation.baseUrl, apiKey: simulation.apiKey, taskIds, epochMs };
  },

  /** What the `manyWaits` simulation saw since its setup. */
  takeStats: (): ManyWaitsStats => {
    if (manyWaits === undefined) throw new Error("takeStats before manyWaits");
    const { simulation, taskIds, connectionsAtStart } = manyWaits;
    return {
      requests: simulation.requests.length,
      peakInFlight,
      peakOpenConnections,
      connectionsOpened: simulation.connectionsOpened - connectionsAtStart,
      cpuMs: cpuMsSince(cpuAtStart),
      finishedAt: taskIds.map((id) => simulation.tasks.get(id).finishedAt),
    };
  },
};

type Commands = typeof commands;

// ---------------------------------------------------------------------------------------------------------------
// Parent side.

/** The forked process serving the simulations: `call` runs one of the child's `commands`, `stop` ends it. */
export type SimulationProcess = ForkedCommands<Commands>;

/**
 * Forks this file as a child process and resolves once it is ready for commands. The child inherits this
 * process's `execArgv`, which under `tsx` carries the TypeScript loader.
 */
export function forkSimulationProcess(): Promise<SimulationProcess> {
  return forkCommands<Commands>(import.meta.url, "simulation process", { prefixErrors: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.send === undefined)
    throw new Error("simulation-process.ts runs as a child; start it with forkSimulationProcess()");
  watchServerTraffic();
  serveCommands(commands);
}
