import {
  atCapacity,
  type ProviderSimulation,
  type SimulationOptions,
  simulationDefaults,
} from "./provider-simulation.js";
import { createSimulation, integerParam, isoTime, type Route, type RouteAnswer, randomId } from "./simulation.js";
import { type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** `POST /tasks` body (`CreateTaskRequest`); only `task` is required. */
export interface BrowserUseStartBody {
  task: string;
  llm?: string;
  startUrl?: string | null;
  maxSteps?: number;
  structuredOutput?: string | null;
  sessionId?: string | null;
  metadata?: Record<string, string> | null;
  [field: string]: unknown;
}

export type BrowserUseStatus = "created" | "started" | "finished" | "failed" | "stopped";

/** `TaskView` of today's v2 API (`GET /tasks/{task_id}`). */
export interface BrowserUseTaskView {
  id: string;
  sessionId: string;
  llm: string;
  task: string;
  status: BrowserUseStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  metadata: Record<string, string>;
  steps: Record<string, unknown>[];
  output: string | null;
  outputFiles: { id: string; fileName: string }[];
  browserUseVersion: string | null;
  isSuccess: boolean | null;
  judgement: string | null;
  judgeVerdict: boolean | null;
  cost: string | null;
  suggestions: Record<string, unknown>[] | null;
}

export interface BrowserUseTaskExtra {
  sessionId: string;
  metadata: Record<string, string>;
}

export type BrowserUseSimulation = ProviderSimulation<BrowserUseStartBody, BrowserUseTaskExtra, BrowserUseTaskView>;

/** The spec's default `detail` of `TooManyConcurrentActiveSessionsError`. */
export const browserUseTooManySessionsDetail =
  "Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.";

const statusOf: Record<TaskPhase, BrowserUseStatus> = {
  pending: "created",
  // Today's API has no paused status; a task paused through the controls still reads as started.
  running: "started",
  paused: "started",
  completed: "finished",
  failed: "failed",
  stopped: "stopped",
};
const statuses = /* @__PURE__ */ new Set<string>(/* @__PURE__ */ Object.values(statusOf));
const updateActions = ["stop", "stop_task_and_session"];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Task = SimulatedTask<BrowserUseStartBody, BrowserUseTaskExtra>;

/** USD as the API writes it: a decimal string. */
function costOf(task: Task): string {
  return (task.stepTimes.length * task.plan.costPerStepUsd).toFixed(4);
}

function outputOf(task: Task): string | null {
  if (task.phase === "completed") return task.output ?? `Done: ${task.input.task}`;
  if (task.phase === "failed") return task.error;
  return null;
}

function isSuccessOf(task: Task): boolean | null {
  if (task.phase === "completed") return true;
  if (task.phase === "failed") return false;
  return null;
}

function stepView(task: Task, index: number): Record<string, unknown> {
  const doneAt = task.stepTimes[index] ?? task.createdAt;
  const previous = index === 0 ? (task.startedAt ?? task.createdAt) : (task.stepTimes[index - 1] ?? doneAt);
  return {
    number: index + 1,
    memory: `${index + 1} step(s) done for "${task.input.task}"`,
    evaluationPreviousGoal: index === 0 ? "Start" : "Success",
    nextGoal: `Goal ${index + 2}`,
    url: task.input.startUrl ?? "https://example.com",
    screenshotUrl: null,
    actions: [JSON.stringify({ click: { index } })],
    duration: (doneAt - previous) / 1000,
  };
}

function itemView(task: Task): Omit<BrowserUseTaskView, "steps" | "outputFiles"> {
  return {
    id: task.id,
    sessionId: task.extra.sessionId,
    llm: task.input.llm ?? "browser-use-2.0",
    task: task.input.task,
    status: statusOf[task.phase],
    createdAt: isoTime(task.createdAt),
    startedAt: task.startedAt === null ? null : isoTime(task.startedAt),
    finishedAt: task.finishedAt === null ? null : isoTime(task.finishedAt),
    metadata: task.extra.metadata,
    output: outputOf(task),
    browserUseVersion: "0.9.5",
    isSuccess: isSuccessOf(task),
    judgement: null,
    judgeVerdict: null,
    cost: costOf(task),
    suggestions: null,
  };
}

/** The `outputFiles` of a task (`FileView`): its plan's files once it has finished, with their ids. */
function outputFilesOf(task: Task, fileIds: readonly string[]): BrowserUseTaskView["outputFiles"] {
  if (task.phase !== "completed") return [];
  return (task.plan.files ?? []).map((fileName, index) => ({ id: fileIds[index] ?? "", fileName }));
}

function render(task: Task, fileIds: readonly string[]): BrowserUseTaskView {
  const { output, ...rest } = itemView(task);
  return {
    ...rest,
    steps: task.stepTimes.map((_, index) => stepView(task, index)),
    output,
    outputFiles: outputFilesOf(task, fileIds),
  };
}

/** A FastAPI-style 422 (`HTTPValidationError` for query and path, `ValidationError` where the spec says so). */
function validationError(location: (string | number)[], message: string, single = false): RouteAnswer {
  const error = { loc: location, msg: message, type: "value_error" };
  return { status: 422, body: single ? error : { detail: [error] } };
}

/**
 * Starts a fake Browser Use v2 API (`X-Browser-Use-API-Key`) under `/api/v2`: create, get, status, update
 * (stop), list, and an output file's download URL (`GET /files/tasks/{task_id}/output-files/{file_id}`, operation
 * `file`), as today's spec shapes them. A finished task lists its plan's `files` in `outputFiles`.
 * `baseUrl` ends in `/api/v2`, as `browser-use-sdk` takes it.
 */
export function simulateBrowserUse(options: SimulationOptions<BrowserUseStartBody> = {}): BrowserUseSimulation {
  const { apiKey, clock } = simulationDefaults("browser-use", options);
  const store = new TaskStore<BrowserUseStartBody, BrowserUseTaskExtra>(
    clock,
    options.task,
    (task) => statusOf[task.phase],
  );
  const notFound: RouteAnswer = { status: 404, body: { detail: "Task not found" } };
  /** The ids of each task's output files, made when it starts (its plan is known then). */
  const fileIds = new Map<string, string[]>();
  const view = (taskId: string) => render(store.get(taskId), fileIds.get(taskId) ?? []);
  const withTask = (id: string | undefined, answer: (id: string) => RouteAnswer): RouteAnswer => {
    if (id === undefined || !uuidPattern.test(id))
      return validationError(["path", "task_id"], "Input should be a valid UUID");
    return store.has(id) ? answer(id) : notFound;
  };
  const base = "/api/v2";
  const id = "(?<id>[^/]+)";

  const create = (json: unknown): RouteAnswer => {
    const body = json as Partial<BrowserUseStartBody> | undefined;
    if (typeof body !== "object" || body === null) return validationError(["body"], "Field required", true);
    if (typeof body.task !== "string" || body.task.length === 0)
      return validationError(["body", "task"], "String should have at least 1 character", true);
    const metadata = body.metadata ?? {};
    const entries = Object.entries(metadata);
    if (entries.length > 10 || entries.some(([, value]) => typeof value !== "string"))
      return validationError(["body", "metadata"], "Up to 10 key-value pairs of strings", true);
    if (atCapacity(options, store)) return { status: 429, body: { detail: browserUseTooManySessionsDetail } };
    const taskId = randomId();
    const sessionId = typeof body.sessionId === "string" ? body.sessionId : randomId();
    const task = store.create(taskId, body as BrowserUseStartBody, { sessionId, metadata: { ...metadata } });
    fileIds.set(
      taskId,
      (task.plan.files ?? []).map(() => randomId()),
    );
    return { status: 202, body: { id: taskId, sessionId } };
  };

  const list = (query: URLSearchParams): RouteAnswer => {
    const pageSize = integerParam(query, "pageSize", 10, 1, 100);
    if (pageSize === null) return validationError(["query", "pageSize"], "Input should be between 1 and 100");
    const pageNumber = integerParam(query, "pageNumber", 1, 1, Number.MAX_SAFE_INTEGER);
    if (pageNumber === null) return validationError(["query", "pageNumber"], "Input should be at least 1");
    const filterBy = query.get("filterBy");
    if (filterBy !== null && !statuses.has(filterBy))
      return validationError(["query", "filterBy"], `Input should be one of ${[...statuses].join(", ")}`);
    const sessionId = query.get("sessionId");
    const after = query.get("after");
    const before = query.get("before");
    const matching = store
      .list()
      .filter((task) => filterBy === null || task.providerStatus === filterBy)
      .filter((task) => sessionId === null || task.extra.sessionId === sessionId)
      .filter((task) => after === null || task.createdAt >= Date.parse(after))
      .filter((task) => before === null || task.createdAt <= Date.parse(before));
    const items = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map(itemView);
    return { status: 200, body: { items, totalItems: matching.length, pageNumber, pageSize } };
  };

  const routes: Route[] = [
    { method: "POST", path: new RegExp(`${base}/tasks`), operation: "start", handle: ({ json }) => create(json) },
    { method: "GET", path: new RegExp(`${base}/tasks`), operation: "list", handle: ({ query }) => list(query) },
    {
      method: "GET",
      path: new RegExp(`${base}/tasks/${id}/status`),
      operation: "status",
      handle: ({ params }) =>
        withTask(params.id, (taskId) => {
          const task = store.get(taskId);
          const { output, finishedAt, isSuccess, cost, status } = itemView(task);
          return { status: 200, body: { id: taskId, status, output, finishedAt, isSuccess, cost } };
        }),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/tasks/${id}`),
      operation: "get",
      handle: ({ params }) => withTask(params.id, (taskId) => ({ status: 200, body: view(taskId) })),
    },
    {
      method: "PATCH",
      path: new RegExp(`${base}/tasks/${id}`),
      operation: "stop",
      handle: ({ params, json }) =>
        withTask(params.id, (taskId) => {
          const action = (json as { action?: unknown } | undefined)?.action;
          if (typeof action !== "string" || !updateActions.includes(action))
            return validationError(
              ["body", "action"],
              `Input should be ${updateActions.map((a) => `'${a}'`).join(" or ")}`,
              true,
            );
          store.stop(taskId);
          return { status: 200, body: view(taskId) };
        }),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/files/tasks/${id}/output-files/(?<fileId>[^/]+)`),
      operation: "file",
      handle: ({ params }) =>
        withTask(params.id, (taskId) => {
          if (params.fileId === undefined || !uuidPattern.test(params.fileId))
            return validationError(["path", "file_id"], "Input should be a valid UUID");
          const file = view(taskId).outputFiles.find((candidate) => candidate.id === params.fileId);
          if (file === undefined) return { status: 404, body: { detail: "Output file not found" } };
          const downloadUrl = `https://browser-use-files.s3.amazonaws.com/tasks/${taskId}/${encodeURIComponent(file.fileName)}?X-Amz-Expires=3600`;
          return { status: 200, body: { ...file, downloadUrl } };
        }),
    },
  ];

  const simulation = createSimulation({
    provider: "browser-use",
    clock,
    routes,
    authHeader: "x-browser-use-api-key",
    defaultBaseUrl: "https://api.browser-use.com/api/v2",
    baseUrl: options.baseUrl,
    credential: apiKey,
    unauthorized: () => ({ status: 401, body: { detail: "Invalid API key" } }),
    notFound: () => ({ status: 404, body: { detail: "Not Found" } }),
  });
  return Object.assign(simulation, { apiKey, tasks: store, view });
}
