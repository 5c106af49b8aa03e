/**
 * The provider side of `watch-scale.ts`, in a forked child process so that serving thousands of tasks neither
 * shares the benchmark's event loop nor counts as its CPU: the simulated Browser Use v2 API
 * (`simulateBrowserUse().listen()` from `@agent-tasks/testing`, real HTTP on 127.0.0.1) with one task per watch,
 * each on a seeded schedule, and, when asked, the webhooks Browser Use would send: at the moment each task
 * finishes, a signed `agent.task.status_update` delivery (HMAC-SHA256 over `${timestamp}.${canonical JSON}`, in
 * `X-Browser-Use-Signature` and `X-Browser-Use-Timestamp`) POSTed to the benchmark's webhook endpoint. It counts
 * every API request its server receives (through `node:diagnostics_channel`, with the status answered) and every
 * delivery it sends. The parent calls `forkProvider()`; the child answers the commands in `commands`.
 */
import { subscribe } from "node:diagnostics_channel";
import { Agent, request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { pathToFileURL } from "node:url";
import { browserUseSignatureHeaders } from "@agent-tasks/test-support";
import { type BrowserUseSimulation, simulateBrowserUse } from "@agent-tasks/testing";
import { type ForkedCommands, forkCommands, serveCommands } from "./forked-commands.js";
import { createRandom } from "./task-schedule.js";

/** What `setup` takes. */
interface ProviderSetup {
  tasks: number;
  seed: number;
  /** When the schedule starts (`Date.now()` time); every task is created before it. */
  epochAt: number;
  /** Each task starts running uniformly within this long after the epoch. */
  startSpreadMs: number;
  /** Each task then runs uniformly between these two. */
  minDurationMs: number;
  maxDurationMs: number;
  /** Share of tasks that end failed instead of completed. */
  failedShare: number;
  /** Send a signed delivery to `url` as each task finishes. */
  webhook?: { url: string; secret: string };
}

/** What `setup` returns, in task order. */
export interface ProviderTasks {
  baseUrl: string;
  apiKey: string;
  taskIds: string[];
  /** When each task starts running (`Date.now()` time). */
  startAt: number[];
  /** When each task finishes, as the simulation will date it (`Date.now()` time). */
  finishAt: number[];
  /** How long creating the tasks took. */
  creationMs: number;
}

/** What the provider saw since `setup` finished. */
export interface ProviderStats {
  /** Arrival time (`Date.now()`) of each API request, in arrival order. */
  times: number[];
  /** Its operation, one letter each: `s` status read, `g` whole read (get), `p` start (POST), `o` anything else. */
  ops: string;
  /** Requests answered 429. */
  tooMany: number;
  /** Requests answered with any other status of 400 or more. */
  otherErrors: number;
  webhooks: {
    sent: number;
    /** Answers by HTTP status. */
    byStatus: Record<string, number>;
    /** Deliveries that got no answer (connection error). */
    failed: number;
    /** How long each answered delivery took, from the task's finish to the answer. */
    roundTripMs: number[];
  };
  cpuMs: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Child side.

let simulation: BrowserUseSimulation | undefined;
const timers: NodeJS.Timeout[] = [];
let counting = false;
let times: number[] = [];
let ops: string[] = [];
let tooMany = 0;
let otherErrors = 0;
const webhooks: ProviderStats["webhooks"] = { sent: 0, byStatus: {}, failed: 0, roundTripMs: [] };
let cpuAtStart = process.cpuUsage();

function operationOf(method: string | undefined, url: string | undefined): string {
  const path = (url ?? "").split("?")[0] ?? "";
  if (method === "GET" && /^\/api\/v2\/tasks\/[^/]+\/status$/.test(path)) return "s";
  if (method === "GET" && /^\/api\/v2\/tasks\/[^/]+$/.test(path)) return "g";
  if (method === "POST" && path === "/api/v2/tasks") return "p";
  return "o";
}

/** Counts every request the simulation's server receives, and what it answered. */
function countRequests(): void {
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    if (!counting) return;
    times.push(Date.now());
    ops.push(operationOf(request.method, request.url));
    response.once("finish", () => {
      if (response.statusCode === 429) tooMany++;
      else if (response.statusCode >= 400) otherErrors++;
    });
  });
}

/** POSTs the starts, `parallel` at a time; resolves with the task ids by the simulation's task index. */
async function createTasks(sim: BrowserUseSimulation, count: number, parallel = 32): Promise<string[]> {
  const ids: string[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++;
        const response = await fetch(`${sim.baseUrl}/tasks`, {
          method: "POST",
          headers: { "x-browser-use-api-key": sim.apiKey, "content-type": "application/json" },
          body: JSON.stringify({ task: "Find the cheapest flight from Paris to Berlin next Friday" }),
        });
        const body = (await response.json()) as { id?: string };
        if (response.status !== 202 || typeof body.id !== "string")
          throw new Error(`start answered ${response.status}: ${JSON.stringify(body)}`);
        ids[sim.tasks.get(body.id).index] = body.id;
      }
    }),
  );
  return ids;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** Sends one signed Browser Use delivery for `taskId`, as Browser Use would when the task's agent stops. */
function sendWebhook(setup: NonNullable<ProviderSetup["webhook"]>, taskId: string, sessionId: string, at: number) {
  const body = {
    type: "agent.task.status_update",
    timestamp: new Date(at).toISOString(),
    // `idle`: the agent stopped working (the documented word); whether it finished or failed is in the task.
    payload: { task_id: taskId, session_id: sessionId, status: "idle", metadata: {} },
  };
  const text = JSON.stringify(body);
  webhooks.sent++;
  const sent = httpRequest(
    setup.url,
    {
      method: "POST",
      agent,
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(text),
        ...browserUseSignatureHeaders(body, { secret: setup.secret }),
      },
    },
    (response) => {
      response.resume();
      response.once("end", () => {
        const status = String(response.statusCode);
        webhooks.byStatus[status] = (webhooks.byStatus[status] ?? 0) + 1;
        webhooks.roundTripMs.push(Date.now() - at);
      });
    },
  );
  sent.once("error", () => {
    webhooks.failed++;
  });
  sent.end(text);
}

const commands = {
  setup: async (setup: ProviderSetup): Promise<ProviderTasks> => {
    const random = createRandom(setup.seed);
    const plans = Array.from({ length: setup.tasks }, () => {
      const startOffsetMs = random() * setup.startSpreadMs;
      const durationMs = setup.minDurationMs + random() * (setup.maxDurationMs - setup.minDurationMs);
      return { startOffsetMs, durationMs, failed: random() < setup.failedShare };
    });
    const sim = simulateBrowserUse({
      // Called as each task is created: its start is dated from the common epoch, not from its creation.
      task: (_input, index) => {
        const plan = plans[index];
        if (plan === undefined) throw new Error(`no plan for task ${index}`);
        const durationMs = Math.round(plan.durationMs);
        return {
          startDelayMs: Math.max(0, Math.round(setup.epochAt + plan.startOffsetMs - Date.now())),
          durationMs,
          steps: Math.max(1, Math.round(durationMs / 5_000)),
          outcome: plan.failed ? "failed" : "completed",
        };
      },
    });
    simulation = sim;
    await sim.listen();
    const began = Date.now();
    const taskIds = await createTasks(sim, setup.tasks);
    const creationMs = Date.now() - began;
    const startAt: number[] = [];
    const finishAt: number[] = [];
    for (const id of taskIds) {
      const task = sim.tasks.get(id);
      const start = task.createdAt + task.plan.startDelayMs;
      startAt.push(start);
      finishAt.push(start + task.plan.durationMs);
    }
    const webhook = setup.webhook;
    if (webhook !== undefined) {
      taskIds.forEach((id, index) => {
        const at = finishAt[index] ?? 0;
        const sessionId = sim.tasks.get(id).extra.sessionId;
        timers.push(setTimeout(() => sendWebhook(webhook, id, sessionId, at), Math.max(0, at - Date.now())));
      });
    }
    // The simulation logs every request with its bodies; this process counts them itself, so the log is dropped.
    setInterval(() => sim.clearRequests(), 1_000).unref();
    sim.clearRequests();
    counting = true;
    cpuAtStart = process.cpuUsage();
    return { baseUrl: sim.baseUrl, apiKey: sim.apiKey, taskIds, startAt, finishAt, creationMs };
  },

  /** What the provider saw since `setup`; the counts start again from zero. */
  stats: (): ProviderStats => {
    const cpu = process.cpuUsage(cpuAtStart);
    const stats = { times, ops: ops.join(""), tooMany, otherErrors, webhooks, cpuMs: (cpu.user + cpu.system) / 1000 };
    times = [];
    ops = [];
    return stats;
  },

  close: async (): Promise<void> => {
    for (const timer of timers.splice(0)) clearTimeout(timer);
    agent.destroy();
    await simulation?.close();
  },
};

type Commands = typeof commands;

// ---------------------------------------------------------------------------------------------------------------
// Parent side.

/** The forked provider process. */
export type ProviderProcess = ForkedCommands<Commands>;

/** Forks this file as the provider process and resolves once it is ready for commands. */
export function forkProvider(): Promise<ProviderProcess> {
  return forkCommands<Commands>(import.meta.url, "provider process", { prefixErrors: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.send === undefined) throw new Error("watch-scale-webhooks.ts runs as a child; see forkProvider()");
  // Ctrl-C reaches every process of the group: the parent decides when this one ends.
  process.on("SIGINT", () => {});
  countRequests();
  serveCommands(commands);
}
