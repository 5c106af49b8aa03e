/**
 * The hostile Browser Use (Cloud API v2) server `soak.ts` waits against, run in a forked child process so its work
 * (and the memory a gzip bomb or an endless body costs to serve) is not counted as the client's. It serves
 * `GET /api/v2/tasks/{id}` and `GET /api/v2/tasks/{id}/status` for the tasks the parent planned, each turning
 * terminal at its planned time, and answers a share of requests with one of the faults in `faultKinds`, chosen
 * at random per request. The parent calls `forkSoakServer()`; the child (this file, started by `fork`) answers the
 * commands in `commands` over IPC.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";
import { type ForkedCommands, forkCommands, serveCommands } from "./forked-commands.js";

/** Every fault the server can inject; `soak.ts --faults` picks a subset. */
export const faultKinds = [
  "5xx",
  "429",
  "html-502",
  "hang",
  "trickle",
  "endless",
  "gzip-bomb",
  "nested-json",
  "key-echo",
  "redirect-same",
  "redirect-refused",
  "reset",
  "truncated",
] as const;
export type FaultKind = (typeof faultKinds)[number];

/**
 * How often each fault is picked, relative to the others. The slow ones (they hold a request slot until the
 * client's attempt timeout) are rarer, so the client still gets through to most tasks.
 */
const FAULT_WEIGHTS: Record<FaultKind, number> = {
  "5xx": 1,
  "429": 1,
  "html-502": 1,
  hang: 0.3,
  trickle: 0.5,
  endless: 0.2,
  "gzip-bomb": 0.2,
  "nested-json": 1,
  "key-echo": 1,
  "redirect-same": 1,
  "redirect-refused": 1,
  reset: 1,
  truncated: 1,
};

/** One task as the parent planned it: when (after setup) it turns terminal, how, and whether faults spare it. */
export interface PlannedTask {
  id: string;
  finishAfterMs: number;
  status: "finished" | "failed" | "stopped";
  /** Never faulted (the final burst's tasks). */
  clean: boolean;
}

/** What `setup` takes. */
interface SoakServerSetup {
  apiKey: string;
  tasks: PlannedTask[];
  faults: FaultKind[];
  /** Share of requests (0–1) answered with a fault. */
  faultRate: number;
  /** Decompressed size of the gzip bomb, in MiB. */
  bombMiB: number;
}

/** What the server counted since `setup`. */
export interface SoakServerStats {
  requests: number;
  /** Requests that carried a wrong or missing key (a mangled or dropped key header). */
  badKey: number;
  faults: Partial<Record<FaultKind, number>>;
  peakOpenConnections: number;
  openConnections: number;
  cpuMs: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Child side.

const KEY_HEADER = "x-browser-use-api-key";
const TASK_PATH = /^(?:\/r)*\/api\/v2\/tasks\/([^/]+)(\/status)?$/;

let setup: SoakServerSetup | undefined;
let tasks = new Map<string, PlannedTask>();
let epoch = 0;
let closedPort = 0;
let gzipBomb: Buffer | undefined;
const stats = { requests: 0, badKey: 0, faults: {} as Partial<Record<FaultKind, number>> };
const sockets = new Set<Socket>();
let peakOpenConnections = 0;
let cpuAtSetup = process.cpuUsage();

/** A random integer in [min, max]. */
function randomInt(min: number, max: number): number {
  return min + Math.floor(Math.random() * (max - min + 1));
}

/** One of `items`, at random. */
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)] as T;
}

/** The key as a JSON string literal with `/` written `\/` and `+` written `\u002B`: it decodes back to the key. */
function jsonEscapedKey(key: string): string {
  return JSON.stringify(key).slice(1, -1).replaceAll("/", "\\/").replaceAll("+", "\\u002B");
}

/** The task's `TaskView` (or `TaskStatusView` for the status endpoint) as it stands now. */
function taskBody(task: PlannedTask, statusOnly: boolean): Record<string, unknown> {
  const elapsed = Date.now() - epoch;
  const done = elapsed >= task.finishAfterMs;
  const status = done ? task.status : elapsed < 500 ? "created" : "started";
  const finishedAt = done ? new Date(epoch + task.finishAfterMs).toISOString() : null;
  const output = task.status === "finished" && done ? "Done" : task.status === "failed" && done ? "Site down" : null;
  const isSuccess = done ? task.status === "finished" : null;
  const stepCount = Math.floor(Math.min(elapsed, task.finishAfterMs) / 3_000);
  const cost = (stepCount * 0.01).toFixed(4);
  if (statusOnly) return { id: task.id, status, output, finishedAt, isSuccess, cost };
  return {
    id: task.id,
    sessionId: "2f1c6a43-1c65-4f0e-9e38-77a0c5b1f0aa",
    llm: "browser-use-2.0",
    task: "Find the cheapest flight from Paris to Berlin next Friday",
    status,
    createdAt: new Date(epoch).toISOString(),
    startedAt: status === "created" ? null : new Date(epoch + 500).toISOString(),
    finishedAt,
    metadata: {},
    steps: Array.from({ length: stepCount }, (_, index) => ({
      number: index + 1,
      memory: `${index + 1} step(s) done`,
      evaluationPreviousGoal: "Success",
      nextGoal: `Goal ${index + 2}`,
      url: "https://example.com",
      screenshotUrl: null,
      actions: ['{"click":{"index":1}}'],
      duration: 3,
    })),
    output,
    outputFiles: [],
    browserUseVersion: "0.9.5",
    isSuccess,
    judgement: null,
    judgeVerdict: null,
    cost,
    suggestions: null,
  };
}

/** Sends `body` as JSON with `status` and any extra headers. */
function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

/** Picks the fault for one request (or `null`: answer normally), by `faultRate` and the weights. */
function pickFault(task: PlannedTask | undefined): FaultKind | null {
  if (setup === undefined || task === undefined || task.clean || Math.random() >= setup.faultRate) return null;
  const enabled = setup.faults;
  const total = enabled.reduce((sum, kind) => sum + FAULT_WEIGHTS[kind], 0);
  let draw = Math.random() * total;
  for (const kind of enabled) {
    draw -= FAULT_WEIGHTS[kind];
    if (draw < 0) return kind;
  }
  return enabled.at(-1) ?? null;
}

/** A Retry-After value: a short wait, a huge one, a far date, a long run of garbage, or plain garbage. */
function retryAfterValue(): string {
  return pick([
    () => String(randomInt(0, 2)),
    () => "99999999999",
    () => "Fri, 31 Dec 9999 23:59:59 GMT",
    () => `Mon, ${"1".repeat(16_000)}`,
    () => "9".repeat(400),
    () => "soon",
  ])();
}

/** Writes `text` a few bytes at a time over 0.5–6 s, so some answers outlast the client's attempt timeout. */
function trickle(response: ServerResponse, text: string): void {
  response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  const chunks = randomInt(5, 20);
  const gapMs = randomInt(500, 6_000) / chunks;
  const size = Math.ceil(text.length / chunks);
  let offset = 0;
  const next = () => {
    if (response.destroyed) return;
    const chunk = text.slice(offset, offset + size);
    offset += size;
    if (offset >= text.length) response.end(chunk);
    else response.write(chunk, () => setTimeout(next, gapMs));
  };
  next();
}

/** A 200 JSON body that never ends: array items for as long as the client keeps reading. */
function endless(response: ServerResponse): void {
  response.writeHead(200, { "content-type": "application/json" });
  response.write('{"id":"endless","status":"started","steps":[');
  const chunk = Buffer.from('{"number":1,"memory":"more"},'.repeat(2_000));
  const pump = () => {
    while (!response.destroyed && response.write(chunk)) {}
    if (!response.destroyed) response.once("drain", pump);
  };
  pump();
}

/** The gzip of `mib` MiB of zeros, made once (about 1 MB per GiB). */
async function makeGzipBomb(mib: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gzip.on("data", (part: Buffer) => parts.push(part));
  const zeros = Buffer.alloc(1 << 20);
  for (let written = 0; written < mib; written++) {
    if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once("drain", resolve));
  }
  await new Promise((resolve) => gzip.end(resolve));
  return Buffer.concat(parts);
}

/** `{"detail": [[[...]]]}` nested `depth` levels deep. */
function nestedJson(depth: number): string {
  return `{"detail":${"[".repeat(depth)}${"]".repeat(depth)}}`;
}

/** Echoes the key: JSON-escaped or plain in an error body, in `x-request-id`, the reason phrase or `content-type`. */
function echoKey(response: ServerResponse, key: string, body: Record<string, unknown>): void {
  const escaped = jsonEscapedKey(key);
  pick([
    () => sendJson(response, 503, `{"detail":"key ${escaped} is over quota"}`),
    () => sendJson(response, 500, { detail: `upstream rejected ${key}` }),
    () => sendJson(response, 401, `{"detail":"invalid API key ${escaped}"}`),
    () => sendJson(response, 503, { detail: "busy" }, { "x-request-id": `req-${key}` }),
    () => sendJson(response, 200, body, { "x-request-id": `req-${key}` }),
    () => {
      response.statusMessage = `Unavailable for ${key}`;
      sendJson(response, 503, { detail: "busy" });
    },
    () => sendJson(response, 502, "bad gateway", { "content-type": `text/plain; key=${key}` }),
  ])();
}

/** One request being faulted: what was asked, where to answer, and the JSON a normal answer would have had. */
interface FaultedRequest {
  request: IncomingMessage;
  response: ServerResponse;
  body: Record<string, unknown>;
  text: string;
}

const HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";

/** How each fault answers a request. */
const injectors: Record<FaultKind, (faulted: FaultedRequest) => void> = {
  "5xx": ({ response }) => sendJson(response, pick([500, 502, 503, 504]), { detail: "Internal Server Error" }),
  "429": ({ response }) =>
    sendJson(response, 429, { detail: "Rate limit exceeded" }, { "retry-after": retryAfterValue() }),
  "html-502": ({ response }) => {
    response.writeHead(502, { "content-type": "text/html" });
    response.end(HTML_502);
  },
  // Never answered; the socket closes when the client gives up.
  hang: () => {},
  trickle: ({ response, text }) => trickle(response, text),
  endless: ({ response }) => endless(response),
  "gzip-bomb": ({ response }) => {
    const bomb = gzipBomb ?? Buffer.alloc(0);
    const headers = { "content-type": "application/json", "content-encoding": "gzip", "content-length": bomb.length };
    response.writeHead(pick([200, 503]), headers);
    response.end(bomb);
  },
  // Mostly an error body (a 5xx is retried, a 4xx is final), sometimes a task with a deeply nested field.
  "nested-json": ({ response, text }) => {
    if (Math.random() < 0.8) sendJson(response, pick([500, 400, 422]), nestedJson(randomInt(5_000, 20_000)));
    else sendJson(response, 200, text.replace('"metadata":{}', `"metadata":{"x":${nestedJson(10_000)}}`));
  },
  "key-echo": ({ response, body }) => echoKey(response, setup?.apiKey ?? "", body),
  // One hop to an alias that answers normally, or a loop that never ends (fetch gives up after 20 hops).
  "redirect-same": ({ request, response }) => {
    const path = request.url ?? "/";
    response.writeHead(pick([302, 307]), { location: Math.random() < 0.8 ? `/r${path}` : path });
    response.end();
  },
  "redirect-refused": ({ request, response }) => {
    response.writeHead(pick([302, 303, 307]), { location: `http://127.0.0.1:${closedPort}${request.url ?? "/"}` });
    response.end();
  },
  // The connection dropped before any answer, or in the middle of the body.
  reset: ({ request, response, text }) => {
    if (Math.random() < 0.5) {
      request.socket.destroy();
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    response.write(text.slice(0, text.length >> 1), () => request.socket.destroy());
  },
  // A short body sent whole (valid HTTP, broken JSON), or cut off before its declared length.
  truncated: ({ request, response, text }) => {
    if (Math.random() < 0.5) {
      sendJson(response, 200, text.slice(0, text.length >> 1));
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    response.end(text.slice(0, text.length >> 1), () => request.socket.destroy());
  },
};

/** Answers one request: a planned task (maybe faulted), or a 401 / 404 like the real API. */
function handle(request: IncomingMessage, response: ServerResponse): void {
  stats.requests++;
  const match = TASK_PATH.exec(request.url ?? "");
  const task = match?.[1] === undefined ? undefined : tasks.get(match[1]);
  if (setup === undefined || request.headers[KEY_HEADER] !== setup.apiKey) {
    stats.badKey++;
    sendJson(response, 401, { detail: "Invalid API key" });
  } else if (task === undefined) {
    sendJson(response, 404, { detail: "Task not found" });
  } else {
    const body = taskBody(task, match?.[2] !== undefined);
    const fault = pickFault(task);
    if (fault === null) sendJson(response, 200, body);
    else {
      stats.faults[fault] = (stats.faults[fault] ?? 0) + 1;
      injectors[fault]({ request, response, body, text: JSON.stringify(body) });
    }
  }
}

/** A port nothing listens on: bound once and closed, so connecting to it is refused. */
async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts the server on 127.0.0.1 and counts its connections. */
async function listen(): Promise<Server> {
  const server = createServer({ keepAliveTimeout: 60_000, requestTimeout: 0 }, handle);
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    peakOpenConnections = Math.max(peakOpenConnections, sockets.size);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

let server: Server | undefined;

/** The commands the parent can send; each resolves with what the parent receives. */
const commands = {
  /** Plans the tasks, prepares the faults and starts serving; resolves with the base URL to give the client. */
  setup: async (payload: SoakServerSetup): Promise<{ baseUrl: string }> => {
    if (payload.faults.includes("gzip-bomb")) gzipBomb = await makeGzipBomb(payload.bombMiB);
    closedPort = await findClosedPort();
    server ??= await listen();
    setup = payload;
    tasks = new Map(payload.tasks.map((task) => [task.id, task]));
    epoch = Date.now();
    cpuAtSetup = process.cpuUsage();
    const { port } = server.address() as AddressInfo;
    return { baseUrl: `http://127.0.0.1:${port}/api/v2` };
  },

  /** What the server counted since `setup`. */
  stats: (): SoakServerStats => {
    const cpu = process.cpuUsage(cpuAtSetup);
    return { ...stats, peakOpenConnections, openConnections: sockets.size, cpuMs: (cpu.user + cpu.system) / 1000 };
  },

  /** Closes every connection, idle or not, so the client's pooled sockets go away before its leak check. */
  closeConnections: (): number => {
    const open = sockets.size;
    for (const socket of sockets) socket.destroy();
    return open;
  },
};

type Commands = typeof commands;

// ---------------------------------------------------------------------------------------------------------------
// Parent side.

/** The forked server process: `call` runs one of the child's `commands`, `stop` ends it. */
export type SoakServer = ForkedCommands<Commands>;

/** Forks this file as a child process (inheriting `execArgv`, so `tsx` loads it) and resolves once it is ready. */
export function forkSoakServer(): Promise<SoakServer> {
  return forkCommands<Commands>(import.meta.url, "soak server");
}

if (process.send !== undefined && process.argv[1] === fileURLToPath(import.meta.url)) serveCommands(commands);
