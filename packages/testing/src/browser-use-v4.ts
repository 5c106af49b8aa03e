import {
  atCapacity,
  type ProviderSimulation,
  type SimulationOptions,
  simulationDefaults,
} from "./provider-simulation.js";
import {
  createSimulation,
  integerParam,
  isoTime,
  type Route,
  type RouteAnswer,
  randomId,
  validationError,
} from "./simulation.js";
import { isTerminalPhase, type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** `POST /runs` body (`RunCreateRequest`, which allows no other fields); only `task` is required. */
export interface BrowserUseV4StartBody {
  task: string;
  model?: string;
  sessionId?: string | null;
  workspaceId?: string | null;
  browserSettings?: Record<string, unknown> | null;
  attachedFileIds?: string[] | null;
  judge?: { context?: string | null } | null;
  maxCostUsd?: number | string | null;
}

/** The run statuses of API v4 (`RunSummary.status`). */
export type BrowserUseV4Status = "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled";

/** `RunSummary` (`GET /runs/{run_id}`, each item of `GET /runs`, and the answer of `POST /runs/{run_id}/cancel`). */
export interface BrowserUseV4RunView {
  id: string;
  task: string;
  title: string | null;
  model: string;
  contextLimit: number;
  status: BrowserUseV4Status;
  result: string | null;
  error: string | null;
  sessionId: string;
  workspaceId: string | null;
  attachedFileIds: string[] | null;
  judgement: Record<string, unknown> | null;
  totalInputTokens: number;
  totalOutputTokens: number;
  totalCostUsd: string;
  createdAt: string;
  updatedAt: string;
}

/** `RunEvent`: one item of a run's event feed (`GET /runs/{run_id}/events`), with a per-run increasing `id`. */
export interface BrowserUseV4Event {
  runId: string;
  id: number;
  ts: string;
  type: string;
  data: Record<string, unknown>;
}

/** What a Browser Use v4 simulation keeps of each run besides its start body. */
export interface BrowserUseV4TaskExtra {
  sessionId: string;
  workspaceId: string;
  model: string;
}

/** A simulated Browser Use API v4: a {@link ProviderSimulation} whose runs also have an event feed. */
export interface BrowserUseV4Simulation
  extends ProviderSimulation<BrowserUseV4StartBody, BrowserUseV4TaskExtra, BrowserUseV4RunView> {
  /** Every event of the run so far, in id order, exactly as `GET /runs/{run_id}/events` pages them. */
  events(runId: string): BrowserUseV4Event[];
}

/**
 * The `detail` of the 429 a Browser Use v4 simulation answers beyond `maxActiveTasks`: the spec's default text of
 * `TooManyConcurrentActiveSessionsError`, the schema its 429 answers (`POST /browsers`) have. The spec declares no
 * 429 for `POST /runs`; the shape is Browser Use's own.
 */
export const browserUseV4TooManySessionsDetail =
  "Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.";

/** The models `RunCreateRequest.model` accepts, and its default. */
const models = [
  "glm-5.2",
  "grok-4.5",
  "kimi-k3",
  "minimax-m3",
  "claude-opus-4.7",
  "claude-opus-4.8",
  "claude-opus-5",
  "claude-fable-5",
  "claude-sonnet-5",
  "gpt-5.5",
  "gpt-5.6",
  "gemini-3.5-flash",
  "gemini-3.1-pro",
  "gemini-3-flash",
];
const defaultModel = "minimax-m3";
const createFields = new Set([
  "task",
  "model",
  "sessionId",
  "workspaceId",
  "browserSettings",
  "attachedFileIds",
  "judge",
  "maxCostUsd",
]);

const statusOf: Record<TaskPhase, BrowserUseV4Status> = {
  pending: "queued",
  running: "running",
  // API v4 has no pause: a run paused through the controls still reads as running.
  paused: "running",
  completed: "completed",
  failed: "failed",
  stopped: "cancelled",
};
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Tokens each step adds to the run's totals. */
const inputTokensPerStep = 1_200;
const outputTokensPerStep = 150;

type Task = SimulatedTask<BrowserUseV4StartBody, BrowserUseV4TaskExtra>;

function resultOf(task: Task): string | null {
  return task.phase === "completed" ? (task.output ?? `Done: ${task.input.task}`) : null;
}

function render(task: Task): BrowserUseV4RunView {
  const steps = task.stepTimes.length;
  return {
    id: task.id,
    task: task.input.task,
    title: null,
    model: task.extra.model,
    contextLimit: 200_000,
    status: statusOf[task.phase],
    result: resultOf(task),
    error: task.phase === "failed" ? task.error : null,
    sessionId: task.extra.sessionId,
    workspaceId: task.extra.workspaceId,
    attachedFileIds: task.input.attachedFileIds ?? null,
    judgement: null,
    totalInputTokens: steps * inputTokensPerStep,
    totalOutputTokens: steps * outputTokensPerStep,
    totalCostUsd: (steps * task.plan.costPerStepUsd).toFixed(4),
    createdAt: isoTime(task.createdAt),
    updatedAt: isoTime(task.updatedAt),
  };
}

/**
 * The run's events, derived from its progress: `run.created`, `browser.ready` (with `live_view_url`) when it
 * starts, one `step` per step, then `run.completed`, `run.failed` or `run.cancelled`. Ids count from 1 in time
 * order; a run only ever appends to its feed, so an id never changes meaning.
 */
function eventsOf(task: Task, liveViewUrl: string): BrowserUseV4Event[] {
  const events: { at: number; type: string; data: Record<string, unknown> }[] = [
    { at: task.createdAt, type: "run.created", data: { model: task.extra.model } },
  ];
  if (task.startedAt !== null)
    events.push({ at: task.startedAt, type: "browser.ready", data: { live_view_url: liveViewUrl } });
  for (const [index, at] of task.stepTimes.entries())
    events.push({
      at,
      type: "step",
      data: { number: index + 1, url: "https://example.com", summary: `Step ${index + 1} of "${task.input.task}"` },
    });
  if (task.finishedAt !== null) {
    const ending: Record<string, { type: string; data: Record<string, unknown> }> = {
      completed: { type: "run.completed", data: { result: resultOf(task) } },
      failed: { type: "run.failed", data: { error: task.error } },
      stopped: { type: "run.cancelled", data: {} },
    };
    const end = ending[task.phase];
    if (end !== undefined) events.push({ at: task.finishedAt, ...end });
  }
  return events.map((event, index) => ({
    runId: task.id,
    id: index + 1,
    ts: isoTime(event.at),
    type: event.type,
    data: event.data,
  }));
}

/** A keyset cursor: the id of the last run of the previous page, opaque to the client. */
function cursorOf(runId: string): string {
  return btoa(runId);
}

/** The run id a cursor names, or `null` for a cursor this simulation did not make. */
function runIdOfCursor(cursor: string): string | null {
  try {
    return atob(cursor);
  } catch {
    return null;
  }
}

/** The first problem with a `POST /runs` body, as FastAPI words it, or `null`. */
function invalidCreate(body: unknown): RouteAnswer | null {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return validationError(["body"], "Field required", "missing");
  const fields = body as Record<string, unknown>;
  const extra = Object.keys(fields).find((field) => !createFields.has(field));
  if (extra !== undefined) return validationError(["body", extra], "Extra inputs are not permitted", "extra_forbidden");
  if (fields.task === undefined) return validationError(["body", "task"], "Field required", "missing");
  if (typeof fields.task !== "string")
    return validationError(["body", "task"], "Input should be a valid string", "string_type");
  if (fields.task.length === 0)
    return validationError(["body", "task"], "String should have at least 1 character", "string_too_short");
  if (fields.model !== undefined && !models.includes(fields.model as string))
    return validationError(
      ["body", "model"],
      `Input should be ${models.map((model) => `'${model}'`).join(", ")}`,
      "literal_error",
    );
  for (const field of ["sessionId", "workspaceId"]) {
    const value = fields[field];
    if (value !== undefined && value !== null && !(typeof value === "string" && uuidPattern.test(value)))
      return validationError(["body", field], "Input should be a valid UUID", "uuid_parsing");
  }
  const files = fields.attachedFileIds;
  if (files !== undefined && files !== null) {
    if (!Array.isArray(files))
      return validationError(["body", "attachedFileIds"], "Input should be a valid list", "list_type");
    if (files.length > 20)
      return validationError(
        ["body", "attachedFileIds"],
        "List should have at most 20 items after validation",
        "too_long",
      );
    const bad = files.findIndex((file) => typeof file !== "string" || !uuidPattern.test(file));
    if (bad >= 0)
      return validationError(["body", "attachedFileIds", bad], "Input should be a valid UUID", "uuid_parsing");
  }
  return null;
}

/**
 * Starts a fake Browser Use API v4 (`X-Browser-Use-API-Key`) under `/api/v4`: create a run (`POST /runs`), list
 * runs (`GET /runs`, newest first, with a keyset `cursor`), read one (`GET /runs/{run_id}`), its cheap status
 * (`/status`), its event feed (`/events?after=&limit=`, operation `events`) and attachments (operation
 * `attachments`), and cancel it (`POST /runs/{run_id}/cancel`, idempotent: an ended run is answered as it is).
 * A run reads `queued` until it starts; its feed gains `browser.ready`, one `step` per step and a terminal event as
 * it progresses. Runs of one session run one at a time: a second run in a session that has an active one is
 * refused with 409. A v4 run has no output files and no structured output (the spec has no place for them); its
 * cost is `totalCostUsd`, a decimal string. `baseUrl` ends in `/api/v4`.
 */
export function simulateBrowserUseV4(options: SimulationOptions<BrowserUseV4StartBody> = {}): BrowserUseV4Simulation {
  const { apiKey, clock } = simulationDefaults("browser-use-v4", options);
  const store = new TaskStore<BrowserUseV4StartBody, BrowserUseV4TaskExtra>(
    clock,
    options.task,
    (task) => statusOf[task.phase],
  );
  const notFound: RouteAnswer = { status: 404, body: { detail: "Run not found" } };
  const liveViewUrl = (runId: string) => `https://live.browser-use.com/runs/${runId}`;
  const events = (runId: string) => eventsOf(store.get(runId), liveViewUrl(runId));
  const withRun = (id: string | undefined, answer: (task: Task) => RouteAnswer): RouteAnswer => {
    if (id === undefined || !uuidPattern.test(id))
      return validationError(["path", "run_id"], "Input should be a valid UUID", "uuid_parsing");
    const task = store.find(id);
    return task === undefined ? notFound : answer(task);
  };
  const base = "/api/v4";
  const id = "(?<id>[^/]+)";

  const create = (json: unknown): RouteAnswer => {
    const invalid = invalidCreate(json);
    if (invalid !== null) return invalid;
    const body = json as BrowserUseV4StartBody;
    const sessionId = body.sessionId ?? randomId();
    const busy = store.list().some((task) => task.extra.sessionId === sessionId && !isTerminalPhase(task.phase));
    if (busy) return { status: 409, body: { detail: "The session already has an active run." } };
    if (atCapacity(options, store)) return { status: 429, body: { detail: browserUseV4TooManySessionsDetail } };
    const runId = randomId();
    const model = body.model ?? defaultModel;
    const workspaceId = body.workspaceId ?? randomId();
    store.create(runId, body, { sessionId, workspaceId, model });
    return {
      status: 200,
      body: {
        id: runId,
        // A new run is queued first, however soon it starts.
        status: "queued",
        model,
        sessionId,
        workspaceId,
        eventsUrl: `${simulation.baseUrl}/runs/${runId}/events`,
      },
    };
  };

  const list = (query: URLSearchParams): RouteAnswer => {
    const limit = integerParam(query, "limit", 50, 1, 100);
    if (limit === null)
      return validationError(["query", "limit"], "Input should be a valid integer from 1 to 100", "int_parsing");
    const sessionId = query.get("sessionId");
    if (sessionId !== null && !uuidPattern.test(sessionId))
      return validationError(["query", "sessionId"], "Input should be a valid UUID", "uuid_parsing");
    const matching = store.list().filter((task) => sessionId === null || task.extra.sessionId === sessionId);
    const cursor = query.get("cursor");
    let from = 0;
    if (cursor !== null && cursor !== "") {
      const after = matching.findIndex((task) => task.id === runIdOfCursor(cursor));
      if (after < 0) return { status: 400, body: { detail: "Invalid cursor" } };
      from = after + 1;
    }
    const page = matching.slice(from, from + limit);
    const hasMore = from + limit < matching.length;
    const last = page.at(-1);
    return {
      status: 200,
      body: {
        runs: page.map(render),
        nextCursor: hasMore && last !== undefined ? cursorOf(last.id) : null,
        hasMore,
      },
    };
  };

  const eventsPage = (task: Task, query: URLSearchParams): RouteAnswer => {
    const limit = integerParam(query, "limit", 200, 1, 1_000);
    if (limit === null)
      return validationError(["query", "limit"], "Input should be a valid integer from 1 to 1000", "int_parsing");
    const after = integerParam(query, "after", 0, 0, Number.MAX_SAFE_INTEGER);
    if (after === null) return validationError(["query", "after"], "Input should be a valid integer", "int_parsing");
    const newer = events(task.id).filter((event) => event.id > after);
    const page = newer.slice(0, limit);
    return {
      status: 200,
      body: { events: page, nextAfter: page.at(-1)?.id ?? after, hasMore: newer.length > page.length },
    };
  };

  const routes: Route[] = [
    { method: "POST", path: new RegExp(`${base}/runs`), operation: "start", handle: ({ json }) => create(json) },
    { method: "GET", path: new RegExp(`${base}/runs`), operation: "list", handle: ({ query }) => list(query) },
    {
      method: "GET",
      path: new RegExp(`${base}/runs/${id}/status`),
      operation: "status",
      handle: ({ params }) => withRun(params.id, (task) => ({ status: 200, body: { status: task.providerStatus } })),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/runs/${id}/events`),
      operation: "events",
      handle: ({ params, query }) => withRun(params.id, (task) => eventsPage(task, query)),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/runs/${id}/attachments`),
      operation: "attachments",
      // The upload files attached to the run, in the order of its attachedFileIds.
      handle: ({ params }) =>
        withRun(params.id, (task) => ({
          status: 200,
          body: {
            attachments: (task.input.attachedFileIds ?? []).map((fileId, index) => ({
              id: fileId,
              name: `attachment-${index + 1}.txt`,
              contentType: "text/plain",
              sizeBytes: 1_024 * (index + 1),
              status: "uploaded",
            })),
          },
        })),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/runs/${id}`),
      operation: "get",
      handle: ({ params }) => withRun(params.id, (task) => ({ status: 200, body: render(task) })),
    },
    {
      method: "POST",
      path: new RegExp(`${base}/runs/${id}/cancel`),
      operation: "stop",
      // Idempotent: a run already completed, failed or cancelled is answered as it is.
      handle: ({ params }) => withRun(params.id, (task) => ({ status: 200, body: render(store.stop(task.id)) })),
    },
  ];

  const simulation = createSimulation({
    provider: "browser-use-v4",
    clock,
    routes,
    authHeader: "x-browser-use-api-key",
    defaultBaseUrl: "https://api.browser-use.com/api/v4",
    baseUrl: options.baseUrl,
    credential: apiKey,
    unauthorized: () => ({ status: 401, body: { detail: "Invalid API key" } }),
    notFound: () => ({ status: 404, body: { detail: "Not Found" } }),
  });
  return Object.assign(simulation, {
    apiKey,
    tasks: store,
    view: (runId: string) => render(store.get(runId)),
    events,
  });
}
