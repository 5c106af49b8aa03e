import {
  atCapacity,
  type ProviderSimulation,
  type SimulationOptions,
  simulationDefaults,
} from "./provider-simulation.js";
import { createSimulation, integerParam, isoTime, type Route, type RouteAnswer, randomId } from "./simulation.js";
import { isTerminalPhase, type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** `POST /v2/workflow/run-task` body (`RunWorkflowTaskRequest`); only `workflow_id` is required. */
export interface BrowserActStartBody {
  workflow_id: string;
  input_parameters?: { name?: string; value?: string }[];
  save_browser_data?: boolean;
  profile_id?: string;
  callback_url?: string;
  status_change_callback_url?: string;
  [field: string]: unknown;
}

export type BrowserActStatus = "created" | "running" | "finished" | "canceled" | "paused" | "failed";

/** `WorkflowTaskResponse` (`GET /v2/workflow/get-task`); optional fields appear as the spec describes. */
export interface BrowserActTaskView {
  id: string;
  status: BrowserActStatus;
  steps: Record<string, unknown>[];
  created_at: string;
  workflow_id: string;
  output?: { string: string; files: string[] };
  live_url_info?: { width: number; height: number; live_url: string };
  profile_id?: string;
  finished_at?: string;
  task_failure_info?: { code: number; message: string };
  credit: number;
  download_files: BrowserActDownloadFile[];
  /** When the download URLs expire (ms); present when the task has files. */
  files_expires_at?: number;
  input_parameters: string;
  log_detail_url: string;
}

/** `TaskDownloadFileView`: a file the task produced, with a pre-signed download URL. */
export interface BrowserActDownloadFile {
  guid: string;
  fileName: string;
  fileSize: number;
  status: string;
  progress: number;
  downloadUrl: string;
  downloadStartTime: number;
  downloadCompletedTime: number;
  expiresAt: number;
  createTime: number;
}

export interface BrowserActTaskExtra {
  profileId: string | undefined;
}

export type BrowserActSimulation = ProviderSimulation<BrowserActStartBody, BrowserActTaskExtra, BrowserActTaskView>;

/**
 * The `msg` of the 429 a BrowserAct simulation answers beyond `maxActiveTasks`, in the spec's `ResponseData`
 * envelope. BrowserAct documents the limit ("Paid users: 20 concurrent tasks"), not the text; this one is ours.
 */
export const browserActTooManyTasksMessage =
  "Concurrent task limit reached. Wait for a running task to finish or upgrade your plan.";

const statusOf: Record<TaskPhase, BrowserActStatus> = {
  pending: "created",
  running: "running",
  paused: "paused",
  completed: "finished",
  failed: "failed",
  stopped: "canceled",
};
const statuses = new Set<string>([
  "created",
  "running",
  "finished",
  "canceled",
  "pausing",
  "paused",
  "failed",
  "unknown",
]);

type Task = SimulatedTask<BrowserActStartBody, BrowserActTaskExtra>;

/**
 * Task ids as BrowserAct's public examples show them: 17-digit numeric strings, above
 * `Number.MAX_SAFE_INTEGER`, so a client that parses them as numbers gets them wrong.
 */
export function browserActTaskId(sequence: number): string {
  return (73_912_846_501_234_567n + BigInt(sequence) * 7_919n).toString();
}

/** The simple view (`WorkflowTaskSimpleResponse`) the list answers: the full view without steps and files. */
function simpleView(task: Task): Omit<BrowserActTaskView, "steps" | "download_files" | "log_detail_url"> {
  const view: Omit<BrowserActTaskView, "steps" | "download_files" | "log_detail_url"> = {
    id: task.id,
    status: statusOf[task.phase],
    created_at: isoTime(task.createdAt),
    workflow_id: task.input.workflow_id,
    credit: task.stepTimes.length * Math.round(task.plan.costPerStepUsd * 100),
    input_parameters: (task.input.input_parameters ?? []).map((item) => `${item.name}=${item.value}`).join(";"),
  };
  if (task.extra.profileId !== undefined) view.profile_id = task.extra.profileId;
  if (task.phase === "running")
    view.live_url_info = { width: 1280, height: 720, live_url: `https://live.browseract.com/task/${task.id}` };
  if (task.finishedAt !== null) view.finished_at = isoTime(task.finishedAt);
  if (task.phase === "completed")
    view.output = { string: task.output ?? JSON.stringify({ result: `Done: ${task.input.workflow_id}` }), files: [] };
  if (task.phase === "failed") view.task_failure_info = { code: 10001, message: task.error ?? "failed" };
  return view;
}

/** How long the simulated download URLs stay valid. */
const fileLifetimeMs = 86_400_000; // 24 hours

/** The plan's files of a finished task as `download_files`, made when it finished. */
function downloadFilesOf(task: Task): BrowserActDownloadFile[] {
  if (task.phase !== "completed" || task.finishedAt === null) return [];
  const finishedAt = task.finishedAt;
  return (task.plan.files ?? []).map((fileName, index) => ({
    guid: `${task.id}${String(index + 1).padStart(3, "0")}`,
    fileName,
    fileSize: 1_024 * (index + 1),
    status: "completed",
    progress: 100,
    downloadUrl: `https://files.browseract.com/tasks/${task.id}/${encodeURIComponent(fileName)}?expires=${finishedAt + fileLifetimeMs}`,
    downloadStartTime: finishedAt,
    downloadCompletedTime: finishedAt,
    expiresAt: finishedAt + fileLifetimeMs,
    createTime: finishedAt,
  }));
}

function render(task: Task): BrowserActTaskView {
  const downloadFiles = downloadFilesOf(task);
  const expires = downloadFiles[0]?.expiresAt;
  return {
    ...simpleView(task),
    steps: task.stepTimes.map((_, index) => ({
      id: `${task.id}-${index + 1}`,
      step: index + 1,
      status: task.phase === "failed" && index === task.stepTimes.length - 1 ? "failed" : "succeed",
      evaluation_previous_goal: index === 0 ? "" : "Success",
      step_goal: `Goal ${index + 1}`,
      screenshots_url: `https://cdn.browseract.com/screenshots/${task.id}/${index + 1}.png`,
    })),
    download_files: downloadFiles,
    ...(expires === undefined ? {} : { files_expires_at: expires }),
    log_detail_url: `https://www.browseract.com/logs/${task.id}`,
  };
}

/**
 * Starts a fake BrowserAct API (`Authorization: Bearer`): run-task, get-task-status, get-task, list-tasks,
 * stop-task and resume-task under `/v2/workflow`. Ids are 17-digit numeric strings. BrowserAct has no pause
 * endpoint: pause a task with `fake.tasks.pause(id)` to test resume. A finished task reports its cost in
 * `credit` (1 credit a cent) and its plan's `files` in `download_files`.
 */
export function simulateBrowserAct(options: SimulationOptions<BrowserActStartBody> = {}): BrowserActSimulation {
  const { apiKey, clock } = simulationDefaults("browseract", options);
  const store = new TaskStore<BrowserActStartBody, BrowserActTaskExtra>(
    clock,
    options.task,
    (task) => statusOf[task.phase],
  );
  /** The `ResponseData` error envelope. */
  const error = (status: number, message: string): RouteAnswer => {
    const now = clock.now();
    return {
      status,
      body: {
        code: status,
        msg: message,
        data: {},
        ts: now,
        time: isoTime(now),
        traceId: randomId().replaceAll("-", ""),
      },
    };
  };
  const withTask = (taskId: string | null, answer: (task: Task) => RouteAnswer): RouteAnswer => {
    if (taskId === null || taskId === "") return error(400, "task_id is required");
    const task = store.find(taskId);
    return task === undefined ? error(400, "Invalid task_id") : answer(task);
  };
  let sequence = 0;

  const run = (json: unknown): RouteAnswer => {
    const body = json as Partial<BrowserActStartBody> | undefined;
    if (typeof body?.workflow_id !== "string" || body.workflow_id === "") return error(400, "workflow_id is required");
    if (atCapacity(options, store)) return error(429, browserActTooManyTasksMessage);
    const taskId = browserActTaskId(sequence++);
    const profileId = body.save_browser_data === true ? (body.profile_id ?? `profile_${taskId}`) : body.profile_id;
    store.create(taskId, body as BrowserActStartBody, { profileId });
    return {
      status: 200,
      body: body.save_browser_data === true ? { id: taskId, profile_id: profileId } : { id: taskId },
    };
  };

  const list = (query: URLSearchParams): RouteAnswer => {
    const page = integerParam(query, "page", 1, 1, Number.MAX_SAFE_INTEGER);
    if (page === null) return error(400, "page must be an integer >= 1");
    const limit = integerParam(query, "limit", 20, 1, 500);
    if (limit === null) return error(400, "limit must be an integer from 1 to 500");
    const status = query.get("status");
    if (status !== null && !statuses.has(status)) return error(400, `unknown status ${status}`);
    const workflowId = query.get("workflow_id");
    const matching = store
      .list()
      .filter((task) => status === null || task.providerStatus === status)
      .filter((task) => workflowId === null || task.input.workflow_id === workflowId);
    return {
      status: 200,
      body: {
        page,
        limit,
        items: matching.slice((page - 1) * limit, page * limit).map(simpleView),
        total_pages: Math.ceil(matching.length / limit),
        total_count: matching.length,
      },
    };
  };

  const base = "/v2/workflow";
  const routes: Route[] = [
    { method: "POST", path: new RegExp(`${base}/run-task`), operation: "start", handle: ({ json }) => run(json) },
    {
      method: "GET",
      path: new RegExp(`${base}/get-task-status`),
      operation: "status",
      taskIdParam: "task_id",
      handle: ({ taskId }) => withTask(taskId, (task) => ({ status: 200, body: { status: task.providerStatus } })),
    },
    {
      method: "GET",
      path: new RegExp(`${base}/get-task`),
      operation: "get",
      taskIdParam: "task_id",
      handle: ({ taskId }) => withTask(taskId, (task) => ({ status: 200, body: render(task) })),
    },
    { method: "GET", path: new RegExp(`${base}/list-tasks`), operation: "list", handle: ({ query }) => list(query) },
    {
      method: "PUT",
      path: new RegExp(`${base}/stop-task`),
      operation: "stop",
      taskIdParam: "task_id",
      // "OK. The task was canceled (or was already in a terminal state)": 200 with no body.
      handle: ({ taskId }) =>
        withTask(taskId, (task) => {
          store.stop(task.id);
          return { status: 200 };
        }),
    },
    {
      method: "PUT",
      path: new RegExp(`${base}/resume-task`),
      operation: "resume",
      taskIdParam: "task_id",
      // "OK. The task was resumed (or was already running)"; finished, failed and canceled tasks cannot resume.
      handle: ({ taskId }) =>
        withTask(taskId, (task) => {
          if (isTerminalPhase(task.phase)) return error(400, `Task is ${task.providerStatus} and cannot be resumed`);
          if (task.phase === "paused") store.resume(task.id);
          return { status: 200 };
        }),
    },
  ];

  const simulation = createSimulation({
    provider: "browseract",
    clock,
    routes,
    authHeader: "authorization",
    defaultBaseUrl: "https://api.browseract.com",
    baseUrl: options.baseUrl,
    credential: `Bearer ${apiKey}`,
    unauthorized: () => error(401, "Invalid API key"),
    notFound: () => error(404, "Not found"),
  });
  return Object.assign(simulation, { apiKey, tasks: store, view: (taskId: string) => render(store.get(taskId)) });
}
