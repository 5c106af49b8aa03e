import type { SimulationClock } from "./clock.js";
import { serveOverHttp } from "./server.js";
import {
  type Answer,
  type DispatchResult,
  type HttpTransport,
  type IncomingRequest,
  type MutableRecord,
  type Outcome,
  type RecordedRequest,
  stalledPart,
} from "./transport.js";

export type { RecordedRequest } from "./transport.js";

/** What a route answers: a JSON body (any value but `undefined`), or no body at all. */
export interface RouteAnswer {
  status: number;
  body?: unknown;
}

/** The parsed request a route handles. */
interface RouteRequest {
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  /** The task the request names: the `id` path parameter, or the route's `taskIdParam` query parameter. */
  readonly taskId: string | null;
  readonly json: unknown;
}

/** One operation of a provider's API. */
export interface Route {
  readonly method: string;
  /** Matched against the whole pathname; named groups become `params`. */
  readonly path: RegExp;
  readonly operation: string;
  /** Where the request names its task when not in the `id` path parameter (`task_id` in BrowserAct's query). */
  readonly taskIdParam?: string;
  handle(request: RouteRequest): RouteAnswer;
}

/**
 * A failure to script into the next request(s):
 * - `status`: answer `status` with `body` (JSON, or none) and extra `headers` (a `location` makes a redirect,
 *   which fetch follows; over msw only for requests without a body, an msw limitation);
 * - `html`: answer `status` (default 502) with an HTML page, as a proxy or load balancer in front of the API does;
 * - `hang`: never answer, so the client times out or aborts; `releaseHungRequests()` and `close()` end the
 *   request with a network error;
 * - `stall`: run the route and send its status, headers and the first half of its body, then nothing more (the
 *   body never ends), so a client reading the body times out or aborts; released like `hang`;
 * - `drop`: end the connection without an answer (over msw: a network error);
 * - `delay`: answer normally after `ms`, running the route then (with `afterHandling`, before the wait). It waits
 *   on `setTimeout`, so vitest's fake timers delay it too.
 *
 * A fault applies before the credential is checked, as a gateway in front of the API would fail; CORS
 * preflights never use one.
 */
export type Fault =
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: "html"; status?: number; body?: string }
  | { kind: "hang" }
  | { kind: "stall" }
  | { kind: "drop" }
  | { kind: "delay"; ms: number };

/** When and how often a fault applies. */
export interface FaultRule {
  fault: Fault;
  /** The operation it applies to (`start`, `get`, `status`...), or `*` (the default) for any. */
  operation?: string;
  /** Only requests naming this task (in the path or query); default: any request. */
  taskId?: string;
  /** How many matching requests it applies to (default 1; `Infinity` for all). */
  times?: number;
  /**
   * Run the route first (the task is created, stopped...) and then fail the answer: the request reached the
   * provider but its answer was lost, the ambiguous case. Default false: the request has no effect.
   */
  afterHandling?: boolean;
}

/** The page `{ kind: "html" }` answers by default: what a gateway in front of an API sends when the API is down. */
export const DEFAULT_HTML_PAGE =
  "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>" +
  "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";

/** @internal What a provider gives the shared machinery. */
export interface SimulationConfig {
  readonly provider: string;
  readonly clock: SimulationClock;
  readonly routes: readonly Route[];
  /** The header that carries the credential (lower case); CORS preflights allow it. */
  readonly authHeader: string;
  /** The exact value `authHeader` must carry (the key, or `Bearer <key>`); anything else answers `unauthorized`. */
  readonly credential: string;
  readonly unauthorized: () => RouteAnswer;
  readonly notFound: () => RouteAnswer;
  /** The provider's production base URL, which msw handlers intercept (`https://api.browser-use.com/api/v2`). */
  readonly defaultBaseUrl: string;
  readonly baseUrl?: string;
}

/** The request log, scripted faults and transports every provider simulation shares. */
export interface Simulation {
  /** The provider id, as the registry and `AgentTask.source` spell it. */
  readonly provider: string;
  /**
   * What to give a client or SDK as its base URL: `mswBaseUrl` (which msw handlers intercept) until `listen()`,
   * then the local server's (`http://127.0.0.1:<port>`, plus `/api/v2` for Browser Use), and `mswBaseUrl` again
   * after `close()`.
   */
  readonly baseUrl: string;
  /** `baseUrl`'s origin. */
  readonly origin: string;
  /**
   * The base URL `simulationHandlers` (from `@agent-tasks/testing/msw`) intercept: the `baseUrl` option, or the
   * provider's production base URL. Unlike `baseUrl` it never changes, so msw handlers keep answering there
   * while (and after) the simulation also listens over HTTP, and never catch requests sent to its local server.
   */
  readonly mswBaseUrl: string;
  readonly clock: SimulationClock;
  /** Every request so far, oldest first, including ones still in flight. */
  readonly requests: readonly RecordedRequest[];
  /** The requests of one operation. */
  requestsOf(operation: string): RecordedRequest[];
  /** Forgets the request log (faults stay). */
  clearRequests(): void;
  /**
   * Resolves with the first request (already logged or still to come) matching `operation` or the predicate,
   * as soon as its body has been read, before it is answered.
   */
  waitForRequest(match: string | ((request: RecordedRequest) => boolean)): Promise<RecordedRequest>;
  /** Scripts a fault; rules apply in the order added, the first matching one wins. */
  injectFault(rule: FaultRule): void;
  /** Removes every fault not yet used up. */
  clearFaults(): void;
  /** Ends every hung request: its connection is destroyed (over msw: a network error), so its fetch rejects. */
  releaseHungRequests(): void;
  /**
   * Serves the simulation over HTTP on 127.0.0.1 (`port` 0, the default, picks a free one) and points `baseUrl`
   * there. CORS is allowed for any origin, so a page in a browser can call it. Resolves with the simulation;
   * rejects if it already listens (or is starting to: `close()` it first) or the port is taken (`EADDRINUSE`).
   * msw handlers keep answering at `mswBaseUrl` meanwhile.
   */
  listen(options?: { port?: number }): Promise<this>;
  /** TCP connections its HTTP servers accepted so far, over every `listen()` (0 before the first). */
  readonly connectionsOpened: number;
  /**
   * Stops the server (if listening) and ends hung requests; tasks, the request log and faults stay. The
   * simulation stays usable over msw and may `listen()` again (on a new port unless one is given).
   */
  close(): Promise<void>;
  /** @internal Handles one request from a transport. */
  dispatch(request: IncomingRequest, transport: RecordedRequest["transport"]): Promise<DispatchResult>;
}

interface ActiveFault {
  rule: FaultRule;
  remaining: number;
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function jsonAnswer(answer: RouteAnswer, extraHeaders: Record<string, string> = {}): Answer {
  const body = answer.body === undefined ? "" : JSON.stringify(answer.body);
  const headers: Record<string, string> = { ...extraHeaders };
  if (answer.body !== undefined) headers["content-type"] = "application/json";
  return { kind: "answer", status: answer.status, headers, body };
}

const corsMethods = "GET, POST, PUT, PATCH, DELETE";
/** Response headers a page may read: the ones our clients look at. */
const corsExposed = "retry-after, retry-after-ms, x-request-id, content-type";

/** @internal Builds the shared machinery: routing, the request log, faults, and both transports. */
export function createSimulation(config: SimulationConfig): Simulation {
  const requests: MutableRecord[] = [];
  const faults: ActiveFault[] = [];
  const waiters: { match: (request: RecordedRequest) => boolean; resolve: (request: RecordedRequest) => void }[] = [];
  const hung = new Set<() => void>();
  let seq = 0;
  const mswBaseUrl = config.baseUrl ?? config.defaultBaseUrl;
  if (!URL.canParse(mswBaseUrl)) throw new TypeError(`baseUrl must be an absolute URL, got "${mswBaseUrl}"`);
  let baseUrl = mswBaseUrl;
  /** The HTTP server while listening, or the promise of it while `listen()` runs. */
  let http: HttpTransport | Promise<HttpTransport> | null = null;
  /** Connections accepted by servers already closed. */
  let earlierConnections = 0;

  const takeFault = (operation: string, taskId: string | null): FaultRule | undefined => {
    const index = faults.findIndex(({ rule }) => {
      const op = rule.operation ?? "*";
      return (op === "*" || op === operation) && (rule.taskId === undefined || rule.taskId === taskId);
    });
    const active = faults[index];
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) faults.splice(index, 1);
    return active.rule;
  };

  // Each route's pattern, anchored to the whole pathname, compiled once.
  const anchored = config.routes.map((candidate) => ({
    candidate,
    pattern: new RegExp(`^(?:${candidate.path.source})$`),
  }));
  const route = (method: string, pathname: string): { route: Route; params: Record<string, string> } | null => {
    for (const { candidate, pattern } of anchored) {
      if (candidate.method !== method) continue;
      const match = pattern.exec(pathname);
      if (match !== null) {
        const params: Record<string, string> = {};
        for (const [key, value] of Object.entries(match.groups ?? {})) {
          try {
            params[key] = decodeURIComponent(value);
          } catch {
            params[key] = value;
          }
        }
        return { route: candidate, params };
      }
    }
    return null;
  };

  const isPreflight = (request: IncomingRequest) =>
    request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;

  const dispatch = async (
    request: IncomingRequest,
    transport: RecordedRequest["transport"],
  ): Promise<DispatchResult> => {
    const { url } = request;
    const preflight = isPreflight(request);
    const found = preflight ? null : route(request.method, url.pathname);
    const taskId = found
      ? (found.params.id ?? (found.route.taskIdParam ? url.searchParams.get(found.route.taskIdParam) : null) ?? null)
      : null;
    const record: MutableRecord = {
      seq: ++seq,
      operation: preflight ? "preflight" : (found?.route.operation ?? "unknown"),
      taskId,
      method: request.method,
      url: url.href,
      path: `${url.pathname}${url.search}`,
      pathname: url.pathname,
      query: url.searchParams,
      headers: request.headers,
      body: request.body,
      json: parseJson(request.body),
      receivedAt: config.clock.now(),
      transport,
      outcome: "pending",
      status: null,
      responseHeaders: {},
      responseBody: "",
      bytesIn: null,
      bytesOut: null,
    };
    requests.push(record);
    for (const waiter of [...waiters]) {
      if (waiter.match(record)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(record);
      }
    }

    const origin = request.headers.origin;
    const cors: Record<string, string> =
      transport === "http" && origin !== undefined
        ? { "access-control-allow-origin": origin, "access-control-expose-headers": corsExposed, vary: "Origin" }
        : {};
    const finish = (outcome: Outcome): DispatchResult => {
      if (outcome.kind === "answer") {
        outcome.headers = { ...cors, ...outcome.headers };
        record.status = outcome.status;
        record.responseHeaders = outcome.headers;
        record.responseBody = outcome.body;
        record.outcome = "answered";
      } else {
        record.outcome = outcome.kind === "hang" ? "hung" : "dropped";
        if (outcome.kind === "hang" && outcome.partial !== undefined) {
          // A stall: the status and headers went out; the body never ends.
          outcome.partial.headers = { ...cors, ...outcome.partial.headers };
          record.status = outcome.partial.status;
          record.responseHeaders = outcome.partial.headers;
          record.responseBody = stalledPart(outcome.partial.body);
        }
      }
      return { record, outcome };
    };

    if (preflight) {
      return finish({
        kind: "answer",
        status: 204,
        headers: {
          "access-control-allow-methods": corsMethods,
          "access-control-allow-headers": `${config.authHeader}, content-type`,
          "access-control-max-age": "0",
        },
        body: "",
      });
    }

    const run = (): RouteAnswer => {
      if (request.headers[config.authHeader] !== config.credential) return config.unauthorized();
      if (found === null) return config.notFound();
      return found.route.handle({ params: found.params, query: url.searchParams, taskId, json: record.json });
    };

    const fault = takeFault(record.operation, taskId);
    if (fault === undefined) return finish(jsonAnswer(run()));
    const handled = fault.afterHandling ? run() : undefined;
    const { fault: what } = fault;
    switch (what.kind) {
      case "status":
        return finish(jsonAnswer({ status: what.status, body: what.body }, what.headers));
      case "html":
        return finish({
          kind: "answer",
          status: what.status ?? 502,
          headers: { "content-type": "text/html; charset=utf-8" },
          body: what.body ?? DEFAULT_HTML_PAGE,
        });
      case "hang":
      case "stall": {
        let release = () => {};
        const released = new Promise<void>((resolve) => {
          release = () => {
            hung.delete(release);
            resolve();
          };
        });
        hung.add(release);
        if (what.kind === "hang") return finish({ kind: "hang", released, release });
        return finish({ kind: "hang", released, release, partial: jsonAnswer(handled ?? run()) });
      }
      case "drop":
        return finish({ kind: "drop" });
      case "delay":
        await new Promise((resolve) => setTimeout(resolve, what.ms));
        return finish(jsonAnswer(handled ?? run()));
    }
  };

  const simulation: Simulation = {
    provider: config.provider,
    get baseUrl() {
      return baseUrl;
    },
    get origin() {
      return new URL(baseUrl).origin;
    },
    mswBaseUrl,
    clock: config.clock,
    get requests() {
      return requests;
    },
    requestsOf: (operation) => requests.filter((request) => request.operation === operation),
    clearRequests: () => {
      requests.length = 0;
    },
    waitForRequest(match) {
      const predicate = typeof match === "string" ? (request: RecordedRequest) => request.operation === match : match;
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
      for (const release of [...hung]) release();
    },
    async listen(options = {}) {
      if (http !== null)
        throw new Error(
          http instanceof Promise
            ? `the ${config.provider} simulation is already starting to listen; close() it first`
            : `the ${config.provider} simulation is already listening on ${baseUrl}; close() it first`,
        );
      const starting = serveOverHttp(dispatch, options.port ?? 0);
      http = starting;
      let server: HttpTransport;
      try {
        server = await starting;
      } catch (error) {
        if (http === starting) http = null;
        throw error;
      }
      // close() ran while the server was starting, and closes it.
      if (http !== starting) throw new Error(`the ${config.provider} simulation was closed while starting to listen`);
      http = server;
      const path = new URL(config.defaultBaseUrl).pathname.replace(/\/$/, "");
      baseUrl = `${server.origin}${path}`;
      return this;
    },
    get connectionsOpened() {
      return earlierConnections + (http === null || http instanceof Promise ? 0 : http.connectionsOpened);
    },
    async close() {
      simulation.releaseHungRequests();
      const closing = http;
      http = null;
      baseUrl = mswBaseUrl;
      const server = closing instanceof Promise ? await closing.catch(() => null) : closing;
      if (server === null) return;
      earlierConnections += server.connectionsOpened;
      await server.close();
    },
    dispatch,
  };
  return simulation;
}

/** A random UUID v4, as the providers use for ids. */
export function randomId(): string {
  return globalThis.crypto.randomUUID();
}

/** A FastAPI 422 (`HTTPValidationError`): one `{loc, msg, type}` item in `detail`, as Browser Use and Skyvern send. */
export function validationError(location: (string | number)[], message: string, type = "value_error"): RouteAnswer {
  return { status: 422, body: { detail: [{ loc: location, msg: message, type }] } };
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
