/**
 * The mock Hyperbrowser API of `many-waits.ts`, run in its own process by `forkServer`: serves tasks that
 * progress on a schedule, answers each request after a fixed latency (a real API is not instant), and
 * counts what a provider would see: requests, requests in flight, open connections and its own CPU time.
 */
import { createServer, type ServerResponse } from "node:http";
import { serveCommands } from "./forked-server.js";
import { hyperAgentTaskBody } from "./task-bodies.js";
import { type ScheduledTask, taskStateAt } from "./task-schedule.js";

const PREFIX = "/api/task/hyper-agent/";

/** What `start` takes: the tasks to serve and how long every answer takes. */
export interface ManyWaitsServerSetup {
  tasks: ScheduledTask[];
  latencyMs: number;
}

/** What `takeStats` returns, counted since the last `start`. */
export interface ManyWaitsServerStats {
  requests: number;
  peakInFlight: number;
  peakOpenConnections: number;
  connectionsOpened: number;
  cpuMs: number;
}

let tasks = new Map<string, ScheduledTask>();
let latencyMs = 0;
let requests = 0;
let inFlight = 0;
let peakInFlight = 0;
let openConnections = 0;
let peakOpenConnections = 0;
let connectionsOpened = 0;
let cpuAtStart = process.cpuUsage();

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body));
  response.writeHead(status, { "content-type": "application/json", "content-length": bytes.length });
  response.end(bytes);
}

const server = createServer((request, response) => {
  requests++;
  inFlight++;
  peakInFlight = Math.max(peakInFlight, inFlight);
  response.once("close", () => {
    inFlight--;
  });
  // The state is read when the request arrives, as a real API reads its database before it answers.
  const task =
    request.method === "GET" && request.url?.startsWith(PREFIX)
      ? tasks.get(decodeURIComponent(request.url.slice(PREFIX.length)))
      : undefined;
  const answer = () => {
    if (request.headers["x-api-key"] === undefined) sendJson(response, 401, { message: "missing API key" });
    else if (task === undefined) sendJson(response, 404, { message: "HyperAgent task not found" });
    else {
      const { status, stepCount } = taskStateAt(task, Date.now());
      sendJson(response, 200, hyperAgentTaskBody(task.id, status, stepCount));
    }
  };
  setTimeout(answer, latencyMs);
});
server.keepAliveTimeout = 120_000;
server.on("connection", (socket) => {
  connectionsOpened++;
  openConnections++;
  peakOpenConnections = Math.max(peakOpenConnections, openConnections);
  socket.once("close", () => {
    openConnections--;
  });
});

await serveCommands(server, {
  start: (payload) => {
    const setup = payload as ManyWaitsServerSetup;
    tasks = new Map(setup.tasks.map((task) => [task.id, task]));
    latencyMs = setup.latencyMs;
    requests = 0;
    peakInFlight = inFlight;
    peakOpenConnections = openConnections;
    connectionsOpened = 0;
    cpuAtStart = process.cpuUsage();
    return null;
  },
  takeStats: (): ManyWaitsServerStats => {
    const cpu = process.cpuUsage(cpuAtStart);
    return { requests, peakInFlight, peakOpenConnections, connectionsOpened, cpuMs: (cpu.user + cpu.system) / 1000 };
  },
});
