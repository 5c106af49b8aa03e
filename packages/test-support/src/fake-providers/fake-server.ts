import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { FakeClock } from "./clock.js";

/** One request the fake saw, from arrival to answer. Fields after `receivedAt` are set once it is answered. */
export interface FakeRequestRecord {
  /** 1 for the first request of this fake. */
  readonly seq: number;
  /** The route's operation (`start`, `get`, `status`, `stop`, `pause`, `resume`, `list`, `answer`), or `unknown`. */
  readonly operation: string;
  readonly method: string;
  /** Path and query exactly as sent (`/v2/workflow/get-task?task_id=1`). */
  readonly path: string;
  readonly pathname: string;
  readonly query: URLSearchParams;
  /** Request headers, lower-cased as Node parses them (`x-api-key`, `authorization`...). */
  readonly headers: IncomingHttpHeaders;
  /** The request body as text ("" for none). */
  readonly body: string;
  /** The body parsed as JSON, `undefined` when empty or not JSON. */
  readonly json: unknown;
  /** Clock time (the fake's clock) when the request arrived. */
  readonly receivedAt: number;
  /** `pending` until answered; `hung` and `dropped` come from injected faults. */
  readonly outcome: "pending" | "answered" | "hung" | "dropped";
  /** The HTTP status answered; `null` when hung or dropped. */
  readonly status: number | null;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The response body as sent ("" for none). */
  readonly responseBody: string;
  /** Bytes of the request on the wire (request line, headers and body), counted on the socket. */
  readonly bytesIn: number;
  /** Bytes of the response on the wire (status line, headers and body), counted on the socket. */
  readonly bytesOut: number;
}

type MutableRecord = { -readonly [Key in keyof FakeRequestRecord]: FakeRequestRecord[Key] };

/** What a route answers: a JSON body (any value but `undefined`), or no body at all. */
export interface FakeResponse {
  status: number;
  body?: unknown;
}

/** The parsed request a route handles. */
export interface FakeRouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly json: unknown;
}

export interface FakeRoute {
  readonly method: string;
  /** Matched against the whole pathname; named groups become `params`. */
  readonly path: RegExp;
  readonly operation: string;
  handle(request: FakeRouteRequest): FakeResponse;
}

/**
 * A failure to inject into the next request(s) of an operation:
 * - `status`: answer `status` with `body` (JSON) instead of the real answer;
 * - `hang`: never answer (until `releaseHungRequests()` or `close()`), so the client times out;
 * - `drop`: destroy the connection without an answer;
 * - `delay`: answer normally after `ms` of real time.
 */
export type FakeFault =
  | { kind: "status"; status: number; body?: unknown }
  | { kind: "hang" }
  | { kind: "drop" }
  | { kind: "delay"; ms: number };

export interface FakeFaultRule {
  /** The operation it applies to (`start`, `get`, `status`...), or `*` for any. */
  operation: string;
  fault: FakeFault;
  /** How many matching requests it applies to (default 1; `Infinity` for all). */
  times?: number;
  /**
   * Run the route first (the task is created, stopped...) and then fail the answer: the request reached the
   * provider but its answer was lost, the ambiguous case. Default false: the request has no effect.
   */
  afterHandling?: boolean;
}

export interface FakeServerConfig {
  readonly clock: FakeClock;
  readonly routes: readonly FakeRoute[];
  /** Checks the credential; `false` answers `unauthorized`. */
  readonly authorize: (headers: IncomingHttpHeaders) => boolean;
  readonly unauthorized: () => FakeResponse;
  readonly notFound: () => FakeResponse;
  /** Appended to the origin to make `baseUrl` (`/api/v2` for Browser Use). */
  readonly basePath?: string;
  readonly port?: number;
}

/** The HTTP side every fake shares: request log, fault injection, lifecycle. */
export interface FakeHttpServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** What to give a client or SDK as its base URL. */
  readonly baseUrl: string;
  readonly clock: FakeClock;
  /** Every request so far, oldest first, including ones still in flight. */
  readonly requests: readonly FakeRequestRecord[];
  /** The requests of one operation. */
  requestsOf(operation: string): FakeRequestRecord[];
  /** Forgets the request log (faults stay). */
  clearRequests(): void;
  /**
   * Resolves with the first request (already logged or still to come) matching `operation` or the predicate,
   * as soon as its body has been read, before it is answered.
   */
  waitForRequest(match: string | ((request: FakeRequestRecord) => boolean)): Promise<FakeRequestRecord>;
  /** Adds a fault; rules apply in the order added. */
  injectFault(rule: FakeFaultRule): void;
  /** Removes every fault not yet used up. */
  clearFaults(): void;
  /** Ends every hung request by destroying its connection. */
  releaseHungRequests(): void;
  /** TCP connections opened so far. */
  readonly connectionsOpened: number;
  /** Stops listening and destroys open connections, hung ones included. */
  close(): Promise<void>;
}

interface ActiveFault {
  rule: FakeFaultRule;
  remaining: number;
}

interface SocketMark {
  read: number;
  written: number;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Starts an HTTP server on 127.0.0.1 (port 0 unless told) that serves `routes` and records every request. */
export async function startFakeServer(config: FakeServerConfig): Promise<FakeHttpServer> {
  const requests: MutableRecord[] = [];
  const faults: ActiveFault[] = [];
  const waiters: { match: (request: FakeRequestRecord) => boolean; resolve: (request: FakeRequestRecord) => void }[] =
    [];
  const hung = new Set<ServerResponse>();
  const marks = new WeakMap<Socket, SocketMark>();
  const sockets = new Set<Socket>();
  let connectionsOpened = 0;
  let seq = 0;

  const takeFault = (operation: string): FakeFaultRule | undefined => {
    const index = faults.findIndex((fault) => fault.rule.operation === operation || fault.rule.operation === "*");
    const active = faults[index];
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) faults.splice(index, 1);
    return active.rule;
  };

  /** Counts this request's bytes on its socket since the previous request on it ended. */
  const settleBytes = (record: MutableRecord, socket: Socket) => {
    const mark = marks.get(socket) ?? { read: 0, written: 0 };
    record.bytesIn = socket.bytesRead - mark.read;
    record.bytesOut = socket.bytesWritten - mark.written;
    marks.set(socket, { read: socket.bytesRead, written: socket.bytesWritten });
  };

  const send = (record: MutableRecord, response: ServerResponse, answer: FakeResponse) => {
    const text = answer.body === undefined ? "" : JSON.stringify(answer.body);
    const headers: Record<string, string> = { "content-length": String(Buffer.byteLength(text)) };
    if (answer.body !== undefined) headers["content-type"] = "application/json";
    record.status = answer.status;
    record.responseHeaders = headers;
    record.responseBody = text;
    record.outcome = "answered";
    response.writeHead(answer.status, headers);
    response.end(text);
  };

  const route = (method: string, pathname: string): { route: FakeRoute; params: Record<string, string> } | null => {
    for (const candidate of config.routes) {
      if (candidate.method !== method) continue;
      const match = new RegExp(`^(?:${candidate.path.source})$`).exec(pathname);
      if (match !== null) {
        const params: Record<string, string> = {};
        for (const [key, value] of Object.entries(match.groups ?? {})) params[key] = decodeURIComponent(value);
        return { route: candidate, params };
      }
    }
    return null;
  };

  const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const method = incoming.method ?? "GET";
    const path = incoming.url ?? "/";
    const url = new URL(path, "http://fake.invalid");
    const found = route(method, url.pathname);
    const record: MutableRecord = {
      seq: ++seq,
      operation: found?.route.operation ?? "unknown",
      method,
      path,
      pathname: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body,
      json: parseJson(body),
      receivedAt: config.clock.now(),
      outcome: "pending",
      status: null,
      responseHeaders: {},
      responseBody: "",
      bytesIn: 0,
      bytesOut: 0,
    };
    requests.push(record);
    const socket = incoming.socket;
    response.on("finish", () => settleBytes(record, socket));
    for (const waiter of [...waiters]) {
      if (waiter.match(record)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }

    const run = (): FakeResponse => {
      if (!config.authorize(incoming.headers)) return config.unauthorized();
      if (found === null) return config.notFound();
      return found.route.handle({
        params: found.params,
        query: url.searchParams,
        headers: incoming.headers,
        body,
        json: record.json,
      });
    };

    const fault = takeFault(record.operation);
    if (fault === undefined) return send(record, response, run());
    const handled = fault.afterHandling ? run() : undefined;
    switch (fault.fault.kind) {
      case "status":
        return send(record, response, { status: fault.fault.status, body: fault.fault.body });
      case "hang":
        record.outcome = "hung";
        hung.add(response);
        return;
      case "drop":
        record.outcome = "dropped";
        settleBytes(record, socket);
        socket.destroy();
        return;
      case "delay":
        await new Promise((resolve) => setTimeout(resolve, (fault.fault as { ms: number }).ms));
        return send(record, response, handled ?? run());
    }
  };

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(`fake server error: ${error instanceof Error ? error.stack : String(error)}`);
      }
    });
  });
  server.on("connection", (socket) => {
    connectionsOpened += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    baseUrl: `${origin}${config.basePath ?? ""}`,
    clock: config.clock,
    get requests() {
      return requests;
    },
    requestsOf: (operation) => requests.filter((request) => request.operation === operation),
    clearRequests: () => {
      requests.length = 0;
    },
    waitForRequest(match) {
      const predicate = typeof match === "string" ? (request: FakeRequestRecord) => request.operation === match : match;
      const existing = requests.find(predicate);
      if (existing !== undefined) return Promise.resolve(existing);
      return new Promise((resolve) => waiters.push({ match: predicate, resolve }));
    },
    injectFault(rule) {
      const times = rule.times ?? 1;
      if (!(times > 0)) throw new RangeError(`fault times must be > 0, got ${times}`);
      faults.push({ rule, remaining: times });
    },
    clearFaults: () => {
      faults.length = 0;
    },
    releaseHungRequests() {
      for (const response of hung) response.socket?.destroy();
      hung.clear();
    },
    get connectionsOpened() {
      return connectionsOpened;
    },
    close() {
      hung.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/** A random UUID v4, as the providers use for ids. */
export function randomId(): string {
  return randomUUID();
}

/** ISO 8601 with milliseconds and `Z`, from clock milliseconds. */
export function isoTime(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** A positive integer query parameter, its default when absent, or `null` when not an integer in range. */
export function integerParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number | null {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}
