import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { simulationHandlers } from "../msw.js";
import type { Simulation } from "../simulation.js";

/** How a test reaches a simulation: its own HTTP server, or msw handlers in this process. */
type Transport = "http" | "msw";
export const transports: readonly Transport[] = ["http", "msw"];

type Keyed = Simulation & { readonly apiKey: string };

/** Each provider's credential header, as its SDK sends it. */
export function authHeaders(simulation: Keyed, key: string = simulation.apiKey): Record<string, string> {
  switch (simulation.provider) {
    case "browser-use":
    case "browser-use-v4":
      return { "x-browser-use-api-key": key };
    case "browseract":
      return { authorization: `Bearer ${key}` };
    default:
      return { "x-api-key": key };
  }
}

interface CallOptions {
  /** Sent as JSON with `content-type: application/json`. */
  body?: unknown;
  /** The key to send (the simulation's own by default), `null` for none. */
  key?: string | null;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** `fetch(simulation.baseUrl + path)` with the provider's auth header. */
export function call(simulation: Keyed, method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {
    ...(options.key === null ? {} : authHeaders(simulation, options.key)),
    ...options.headers,
  };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  return fetch(`${simulation.baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
}

/** The JSON body of a response (`undefined` when empty). */
export async function json(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === "" ? undefined : JSON.parse(text);
}

/** How to start, read and poll a task of each provider, relative to its `baseUrl`. */
interface ProviderPaths {
  start: { path: string; body: unknown };
  /** The task id in the start answer. */
  idOf(started: unknown): string;
  get(id: string): string;
}

export const providerPaths: Record<string, ProviderPaths> = {
  hyperbrowser: {
    start: { path: "/api/task/hyper-agent", body: { task: "Find flights" } },
    idOf: (started) => (started as { jobId: string }).jobId,
    get: (id) => `/api/task/hyper-agent/${id}`,
  },
  "browser-use": {
    start: { path: "/tasks", body: { task: "Find flights" } },
    idOf: (started) => (started as { id: string }).id,
    get: (id) => `/tasks/${id}`,
  },
  "browser-use-v4": {
    start: { path: "/runs", body: { task: "Find flights" } },
    idOf: (started) => (started as { id: string }).id,
    get: (id) => `/runs/${id}`,
  },
  skyvern: {
    start: { path: "/v1/run/tasks", body: { prompt: "Find flights" } },
    idOf: (started) => (started as { run_id: string }).run_id,
    get: (id) => `/v1/runs/${id}`,
  },
  browseract: {
    start: { path: "/v2/workflow/run-task", body: { workflow_id: "wf-1" } },
    idOf: (started) => (started as { id: string }).id,
    get: (id) => `/v2/workflow/get-task?task_id=${id}`,
  },
  dari: {
    start: { path: "/jobs/org-1/book-flight/start", body: { form_data: { from: "SFO" } } },
    idOf: (started) => (started as { job_id: string }).job_id,
    get: (id) => `/jobs/org-1/book-flight/status?job_id=${id}`,
  },
};

/** Starts a task through the API and answers its id. */
export async function startTask(simulation: Keyed): Promise<string> {
  const paths = providerPaths[simulation.provider];
  if (paths === undefined) throw new Error(`no paths for ${simulation.provider}`);
  const response = await call(simulation, "POST", paths.start.path, { body: paths.start.body });
  if (response.status !== 200 && response.status !== 202)
    throw new Error(`start answered ${response.status}: ${await response.text()}`);
  return paths.idOf(await json(response));
}

/**
 * Serves the test's simulations over `transport`: for `http` each one listens (and is closed after the test); for
 * `msw` a msw server runs for the whole describe block (unhandled requests are errors) and each simulation's
 * handlers are added for one test.
 */
export function useTransport(transport: Transport) {
  const msw = setupServer();
  let served: Simulation[] = [];
  beforeAll(() => {
    if (transport === "msw") msw.listen({ onUnhandledRequest: "error" });
  });
  afterEach(async () => {
    msw.resetHandlers();
    const closing = served;
    served = [];
    await Promise.all(closing.map((simulation) => simulation.close()));
  });
  afterAll(() => {
    if (transport === "msw") msw.close();
  });
  return {
    async serve<S extends Simulation>(simulation: S): Promise<S> {
      served.push(simulation);
      if (transport === "http") await simulation.listen();
      else msw.use(...simulationHandlers(simulation));
      return simulation;
    },
  };
}
