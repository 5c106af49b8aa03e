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
  validationError,
} from "./simulation.js";
import { type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** `POST /v1/run/tasks` body (`TaskRunRequest`); only `prompt` is required. */
export interface SkyvernStartBody {
  prompt: string;
  url?: string | null;
  engine?: SkyvernEngine;
  title?: string | null;
  proxy_location?: unknown;
  data_extraction_schema?: Record<string, unknown> | unknown[] | string | null;
  error_code_mapping?: Record<string, string> | null;
  max_steps?: number | null;
  webhook_url?: string | null;
  totp_identifier?: string | null;
  totp_url?: string | null;
  browser_session_id?: string | null;
  max_screenshot_scrolls?: number | null;
  [field: string]: unknown;
}

/** `RunEngine`: what powers a task run; `skyvern-1.0` is the default. */
export type SkyvernEngine =
  | "skyvern-1.0"
  | "skyvern-2.0"
  | "openai-cua"
  | "anthropic-cua"
  | "ui-tars"
  | "yutori-navigator";

/** `RunStatus`. */
export type SkyvernStatus =
  | "created"
  | "queued"
  | "running"
  | "paused"
  | "timed_out"
  | "failed"
  | "terminated"
  | "completed"
  | "canceled";

/** `FileInfo`: a file the run downloaded. */
export interface SkyvernFileInfo {
  url: string;
  checksum: string | null;
  filename: string | null;
  file_size: number | null;
  modified_at: string | null;
  artifact_id: string | null;
}

/** `TaskRunResponse` (`GET /v1/runs/{run_id}` for a task run, and the answer of `POST /v1/run/tasks`). */
export interface SkyvernRunView {
  run_id: string;
  status: SkyvernStatus;
  output: Record<string, unknown> | unknown[] | string | null;
  downloaded_files: SkyvernFileInfo[] | null;
  recording_url: string | null;
  recording_archived: boolean;
  screenshot_urls: string[] | null;
  failure_reason: string | null;
  created_at: string;
  modified_at: string;
  queued_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  app_url: string | null;
  browser_session_id: string | null;
  browser_profile_id: string | null;
  max_screenshot_scrolls: number | null;
  script_run: null;
  errors: Record<string, unknown>[] | null;
  step_count: number | null;
  run_type: "task_v1" | "task_v2" | "openai_cua" | "anthropic_cua" | "ui_tars" | "yutori_navigator";
  run_request: Record<string, unknown> | null;
}

/** What a Skyvern simulation keeps of each run besides its start body. */
export interface SkyvernTaskExtra {
  engine: SkyvernEngine;
  runType: SkyvernRunView["run_type"];
  /** The row `GET /v1/runs` lists it by (`tr_…`). */
  taskRunId: string;
  /** A `skyvern-2.0` run's workflow run (`wr_…`), whose timeline it has; `null` for the other engines. */
  workflowRunId: string | null;
}

/** A simulated Skyvern API: a {@link ProviderSimulation} whose runs also have artifacts and (task_v2) a timeline. */
export interface SkyvernSimulation extends ProviderSimulation<SkyvernStartBody, SkyvernTaskExtra, SkyvernRunView> {
  /** The organization every run belongs to (`o_…`), as artifacts name it. */
  readonly organizationId: string;
}

/**
 * The `detail` of the 429 a Skyvern simulation answers beyond `maxActiveTasks`, in the `{detail}` shape of
 * Skyvern's own 429s (its `RateLimitExceeded` and `ConcurrencyLimitExceeded`). Skyvern Cloud queues runs beyond an
 * organization's concurrency instead; the text is ours.
 */
export const skyvernTooManyRunsDetail =
  "Concurrency limit exceeded for this organization. Retry once a running task run finishes.";

const engines: readonly SkyvernEngine[] = [
  "skyvern-1.0",
  "skyvern-2.0",
  "openai-cua",
  "anthropic-cua",
  "ui-tars",
  "yutori-navigator",
];
const runTypeOf: Record<SkyvernEngine, SkyvernRunView["run_type"]> = {
  "skyvern-1.0": "task_v1",
  "skyvern-2.0": "task_v2",
  "openai-cua": "openai_cua",
  "anthropic-cua": "anthropic_cua",
  "ui-tars": "ui_tars",
  "yutori-navigator": "yutori_navigator",
};
const statuses: readonly string[] = [
  "created",
  "queued",
  "running",
  "paused",
  "timed_out",
  "failed",
  "terminated",
  "completed",
  "canceled",
];
// runTypeOf's values and workflow runs, written out: a literal keeps the module free of top-level work.
const runTypes: readonly string[] = [
  "task_v1",
  "task_v2",
  "openai_cua",
  "anthropic_cua",
  "ui_tars",
  "yutori_navigator",
  "workflow_run",
];
const artifactTypes: readonly string[] = [
  "recording",
  "audio",
  "session_replay",
  "browser_console_log",
  "skyvern_log",
  "skyvern_log_raw",
  "screenshot",
  "screenshot_llm",
  "screenshot_action",
  "screenshot_final",
  "llm_prompt",
  "llm_request",
  "llm_response",
  "llm_response_parsed",
  "llm_response_rendered",
  "visible_elements_id_css_map",
  "visible_elements_id_frame_map",
  "visible_elements_tree",
  "visible_elements_tree_trimmed",
  "visible_elements_tree_in_prompt",
  "hashed_href_map",
  "visible_elements_id_xpath_map",
  "html",
  "html_scrape",
  "html_action",
  "trace",
  "har",
  "script_file",
  "pdf",
  "step_archive",
  "task_archive",
  "download",
];

const statusOf: Record<TaskPhase, SkyvernStatus> = {
  pending: "queued",
  running: "running",
  paused: "paused",
  completed: "completed",
  failed: "failed",
  stopped: "canceled",
};

type Task = SimulatedTask<SkyvernStartBody, SkyvernTaskExtra>;

/** 6/20/2022 00:00 UTC in seconds: the epoch of Skyvern's 64-bit ids. */
const idEpochSeconds = 1_655_683_200n;

/**
 * An id as Skyvern makes them (skyvern/forge/sdk/db/id.py): a prefix, `_`, and a 64-bit integer of the seconds since
 * its epoch (high 32 bits), a worker hash and a sequence number.
 */
function skyvernId(prefix: string, clockMs: number, sequence: number): string {
  const seconds = BigInt(Math.floor(clockMs / 1000)) - idEpochSeconds;
  const worker = 0x1a2b3n;
  const value = (BigInt.asUintN(32, seconds) << 32n) | (worker << 11n) | (BigInt(sequence % 1024) << 1n);
  return `${prefix}_${value}`;
}

/** `{detail}`: what Skyvern's `HTTPException`s and `SkyvernHTTPException`s answer. */
function detail(status: number, text: string): RouteAnswer {
  return { status, body: { detail: text } };
}

function outputOf(task: Task): SkyvernRunView["output"] {
  if (task.phase !== "completed") return null;
  if (task.output === null) return { result: `Done: ${task.input.prompt}` };
  try {
    const parsed: unknown = JSON.parse(task.output);
    if (typeof parsed === "object" && parsed !== null) return parsed as Record<string, unknown> | unknown[];
  } catch {
    // Not JSON: the output is text.
  }
  return task.output;
}

function enumMessage(values: readonly string[]): string {
  return `Input should be ${values.map((value) => `'${value}'`).join(", ")}`;
}

/** The first problem with a `POST /v1/run/tasks` body, as FastAPI words it, or `null`. */
function invalidStart(body: unknown): RouteAnswer | null {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return validationError(["body"], "Field required", "missing");
  const fields = body as Record<string, unknown>;
  if (fields.prompt === undefined) return validationError(["body", "prompt"], "Field required", "missing");
  if (typeof fields.prompt !== "string")
    return validationError(["body", "prompt"], "Input should be a valid string", "string_type");
  if (fields.engine !== undefined && !engines.includes(fields.engine as SkyvernEngine))
    return validationError(["body", "engine"], enumMessage(engines), "enum");
  for (const field of ["url", "title", "webhook_url", "totp_identifier", "totp_url", "browser_session_id"]) {
    const value = fields[field];
    if (value !== undefined && value !== null && typeof value !== "string")
      return validationError(["body", field], "Input should be a valid string", "string_type");
  }
  for (const field of ["max_steps", "max_screenshot_scrolls"]) {
    const value = fields[field];
    if (value !== undefined && value !== null && !Number.isInteger(value))
      return validationError(["body", field], "Input should be a valid integer", "int_type");
  }
  return null;
}

/** Repeated query values that must each be one of `allowed`: the values, or the 422 for the first that is not. */
function enumValues(query: URLSearchParams, name: string, allowed: readonly string[]): string[] | RouteAnswer {
  const values = query.getAll(name);
  const bad = values.findIndex((value) => !allowed.includes(value));
  return bad < 0 ? values : validationError(["query", name, bad], enumMessage(allowed), "enum");
}

/**
 * Starts a fake Skyvern API (`x-api-key`) for task runs: run a task (`POST /v1/run/tasks`), list runs
 * (`GET /v1/runs`, newest first, paged), read one (`GET /v1/runs/{run_id}`), cancel it
 * (`POST /v1/runs/{run_id}/cancel`, operation `stop`), and read its timeline (operation `timeline`, `skyvern-2.0`
 * runs only, as Skyvern's) and artifacts (operation `artifacts`). Run ids are `tsk_…` (`tsk_v2_…` for the
 * `skyvern-2.0` engine), made like Skyvern's. A run reads `queued` until it starts, then `running`, and ends
 * `completed` with `output` (the plan's output, parsed when it is JSON), `failed` with `failure_reason`, or
 * `canceled`; `step_count` and `screenshot_urls` grow with its steps, and a completed run lists its plan's `files`
 * in `downloaded_files`. Skyvern's own errors: 403 `{"detail": "Invalid credentials"}` for a missing or wrong key,
 * 404 for an unknown run, 400 when cancelling a run that already ended (Skyvern refuses that status change), and
 * FastAPI's 422 for a bad body or query. The base URL is the origin (`https://api.skyvern.com`).
 */
export function simulateSkyvern(options: SimulationOptions<SkyvernStartBody> = {}): SkyvernSimulation {
  const { apiKey, clock } = simulationDefaults("skyvern", options);
  const store = new TaskStore<SkyvernStartBody, SkyvernTaskExtra>(clock, options.task, (task) => statusOf[task.phase]);
  let sequence = 0;
  const nextId = (prefix: string) => skyvernId(prefix, clock.now(), sequence++);
  const organizationId = nextId("o");
  const artifactBase = `https://skyvern-artifacts.s3.amazonaws.com/v1/production/${organizationId}`;

  const render = (task: Task): SkyvernRunView => {
    const { input } = task;
    const steps = task.stepTimes.length;
    const runId = task.id;
    return {
      run_id: runId,
      status: statusOf[task.phase],
      output: outputOf(task),
      downloaded_files:
        task.phase === "completed"
          ? (task.plan.files ?? []).map((filename, index) => ({
              url: `${artifactBase}/downloads/${runId}/${encodeURIComponent(filename)}?X-Amz-Expires=86400`,
              checksum: null,
              filename,
              file_size: 1_024 * (index + 1),
              modified_at: isoTime(task.finishedAt ?? task.updatedAt),
              artifact_id: `${runId.replace(/^tsk_(v2_)?/, "a_")}${index + 1}`,
            }))
          : null,
      recording_url: task.finishedAt === null ? null : `${artifactBase}/${runId}/recording.webm`,
      recording_archived: false,
      screenshot_urls:
        steps === 0
          ? null
          : Array.from(
              { length: Math.min(steps, 3) },
              (_, index) => `${artifactBase}/${runId}/step_${steps - index}.png`,
            ),
      failure_reason: task.phase === "failed" ? task.error : null,
      created_at: isoTime(task.createdAt),
      modified_at: isoTime(task.updatedAt),
      queued_at: isoTime(task.createdAt),
      started_at: task.startedAt === null ? null : isoTime(task.startedAt),
      finished_at: task.finishedAt === null ? null : isoTime(task.finishedAt),
      app_url: `https://app.skyvern.com/runs/${task.extra.workflowRunId ?? runId}`,
      browser_session_id: input.browser_session_id ?? null,
      browser_profile_id: null,
      max_screenshot_scrolls: input.max_screenshot_scrolls ?? null,
      script_run: null,
      errors: [],
      step_count: steps,
      run_type: task.extra.runType,
      run_request: {
        prompt: input.prompt,
        url: input.url ?? null,
        engine: task.extra.engine,
        title: input.title ?? null,
        proxy_location: input.proxy_location ?? "RESIDENTIAL",
        data_extraction_schema: input.data_extraction_schema ?? null,
        error_code_mapping: input.error_code_mapping ?? null,
        max_steps: input.max_steps ?? null,
        webhook_url: input.webhook_url ?? null,
        totp_identifier: input.totp_identifier ?? null,
        totp_url: input.totp_url ?? null,
        browser_session_id: input.browser_session_id ?? null,
        model: null,
        extra_http_headers: null,
        cdp_connect_headers: null,
        publish_workflow: false,
        include_action_history_in_verification: false,
        max_screenshot_scrolls: input.max_screenshot_scrolls ?? null,
        browser_address: null,
        run_with: null,
      },
    };
  };

  const listItem = (task: Task) => ({
    task_run_id: task.extra.taskRunId,
    run_id: task.id,
    task_run_type: task.extra.runType,
    status: statusOf[task.phase],
    title: task.input.title ?? null,
    started_at: task.startedAt === null ? null : isoTime(task.startedAt),
    finished_at: task.finishedAt === null ? null : isoTime(task.finishedAt),
    created_at: isoTime(task.createdAt),
    workflow_permanent_id: null,
    workflow_deleted: false,
    script_run: false,
    trigger_type: null,
  });

  const start = (json: unknown): RouteAnswer => {
    const invalid = invalidStart(json);
    if (invalid !== null) return invalid;
    if (atCapacity(options, store)) return detail(429, skyvernTooManyRunsDetail);
    const body = json as SkyvernStartBody;
    const engine = body.engine ?? "skyvern-1.0";
    const runId = nextId(engine === "skyvern-2.0" ? "tsk_v2" : "tsk");
    const task = store.create(runId, body, {
      engine,
      runType: runTypeOf[engine],
      taskRunId: nextId("tr"),
      workflowRunId: engine === "skyvern-2.0" ? nextId("wr") : null,
    });
    // A new run answers `created`, however soon it is queued and starts.
    return { status: 200, body: { ...render(task), status: "created" } };
  };

  const list = (query: URLSearchParams): RouteAnswer => {
    const page = integerParam(query, "page", 1, 1, 100);
    if (page === null)
      return validationError(["query", "page"], "Input should be an integer from 1 to 100", "int_parsing");
    const pageSize = integerParam(query, "page_size", 10, 1, 100);
    if (pageSize === null)
      return validationError(["query", "page_size"], "Input should be an integer from 1 to 100", "int_parsing");
    const status = enumValues(query, "status", statuses);
    if (!Array.isArray(status)) return status;
    const runType = enumValues(query, "run_type", runTypes);
    if (!Array.isArray(runType)) return runType;
    const searchKey = query.get("search_key");
    if (searchKey !== null && searchKey.length < 3)
      return validationError(["query", "search_key"], "String should have at least 3 characters", "string_too_short");
    const needle = searchKey?.toLowerCase();
    const matching = store
      .list()
      .filter((task) => status.length === 0 || status.includes(statusOf[task.phase]))
      .filter((task) => runType.length === 0 || runType.includes(task.extra.runType))
      .filter(
        (task) =>
          needle === undefined ||
          [task.id, task.input.title ?? "", task.input.prompt].some((text) => text.toLowerCase().includes(needle)),
      );
    return { status: 200, body: matching.slice((page - 1) * pageSize, page * pageSize).map(listItem) };
  };

  const cancel = (runId: string): RouteAnswer => {
    const task = store.find(runId);
    if (task === undefined) return detail(404, `Run not found ${runId}`);
    // Skyvern's task status transitions: an ended run cannot become canceled (TaskAlreadyCanceled,
    // InvalidTaskStatusTransition), a 400.
    if (task.phase === "stopped")
      return detail(400, `Invalid task status transition to canceled for ${runId} because task is already canceled`);
    if (task.phase === "completed" || task.phase === "failed")
      return detail(400, `Invalid task status transition from ${statusOf[task.phase]} to canceled for ${runId}`);
    store.stop(runId);
    return { status: 200, body: null };
  };

  const timeline = (runId: string): RouteAnswer => {
    const task = store.find(runId);
    if (task === undefined) return detail(404, `Run not found ${runId}`);
    const workflowRunId = task.extra.workflowRunId;
    if (workflowRunId === null) return detail(400, `Timeline not available for run type ${task.extra.runType}`);
    const entries = task.stepTimes.map((doneAt, index) => {
      const began = index === 0 ? (task.startedAt ?? task.createdAt) : (task.stepTimes[index - 1] ?? doneAt);
      const failed = task.phase === "failed" && index === task.stepTimes.length - 1;
      return {
        type: "block",
        block: {
          workflow_run_block_id: `${workflowRunId.replace(/^wr_/, "wrb_")}${index + 1}`,
          workflow_run_id: workflowRunId,
          organization_id: organizationId,
          block_type: "navigation",
          label: `step_${index + 1}`,
          description: `Step ${index + 1} of "${task.input.prompt}"`,
          status: failed ? "failed" : "completed",
          output: null,
          continue_on_failure: false,
          failure_reason: failed ? task.error : null,
          error_codes: [],
          engine: "skyvern-1.0",
          url: task.input.url ?? "https://example.com",
          navigation_goal: task.input.prompt,
          actions: [],
          created_at: isoTime(began),
          modified_at: isoTime(doneAt),
          duration: (doneAt - began) / 1000,
        },
        thought: null,
        children: [],
        created_at: isoTime(began),
        modified_at: isoTime(doneAt),
      };
    });
    return { status: 200, body: entries };
  };

  const artifacts = (runId: string, query: URLSearchParams): RouteAnswer => {
    const wanted = enumValues(query, "artifact_type", artifactTypes);
    if (!Array.isArray(wanted)) return wanted;
    const task = store.find(runId);
    // Skyvern answers the artifacts it has for the id: none for an unknown run.
    if (task === undefined) return { status: 200, body: [] };
    const artifactIdBase = runId.replace(/^tsk_(v2_)?/, "a_");
    const made: Record<string, unknown>[] = task.stepTimes.map((doneAt, index) => ({
      type: "screenshot_action",
      at: doneAt,
      path: `${runId}/step_${index + 1}.png`,
    }));
    if (task.finishedAt !== null)
      made.push({ type: "recording", at: task.finishedAt, path: `${runId}/recording.webm` });
    if (task.phase === "completed")
      for (const filename of task.plan.files ?? [])
        made.push({
          type: "download",
          at: task.finishedAt,
          path: `downloads/${runId}/${encodeURIComponent(filename)}`,
        });
    const body = made
      .filter((artifact) => wanted.length === 0 || wanted.includes(artifact.type as string))
      .map((artifact, index) => ({
        created_at: isoTime(artifact.at as number),
        modified_at: isoTime(artifact.at as number),
        artifact_id: `${artifactIdBase}${index + 1}`,
        artifact_type: artifact.type,
        uri: `s3://skyvern-artifacts/v1/production/${organizationId}/${artifact.path}`,
        task_id: task.extra.workflowRunId === null ? runId : null,
        workflow_run_id: task.extra.workflowRunId,
        run_id: runId,
        signed_url: `${artifactBase}/${artifact.path}?X-Amz-Expires=86400`,
        archived: false,
        organization_id: organizationId,
      }));
    return { status: 200, body };
  };

  const id = "(?<id>[^/]+)";
  const routes: Route[] = [
    { method: "POST", path: /\/v1\/run\/tasks\/?/, operation: "start", handle: ({ json }) => start(json) },
    { method: "GET", path: /\/v1\/runs\/?/, operation: "list", handle: ({ query }) => list(query) },
    {
      method: "POST",
      path: new RegExp(`/v1/runs/${id}/cancel/?`),
      operation: "stop",
      handle: ({ params }) => cancel(params.id ?? ""),
    },
    {
      method: "GET",
      path: new RegExp(`/v1/runs/${id}/timeline/?`),
      operation: "timeline",
      handle: ({ params }) => timeline(params.id ?? ""),
    },
    {
      method: "GET",
      path: new RegExp(`/v1/runs/${id}/artifacts/?`),
      operation: "artifacts",
      handle: ({ params, query }) => artifacts(params.id ?? "", query),
    },
    {
      method: "GET",
      path: new RegExp(`/v1/runs/${id}/?`),
      operation: "get",
      handle: ({ params }) => {
        const task = params.id === undefined ? undefined : store.find(params.id);
        return task === undefined
          ? detail(404, `Task run not found ${params.id}`)
          : { status: 200, body: render(task) };
      },
    },
  ];

  const simulation = createSimulation({
    provider: "skyvern",
    clock,
    routes,
    authHeader: "x-api-key",
    defaultBaseUrl: "https://api.skyvern.com",
    baseUrl: options.baseUrl,
    credential: apiKey,
    unauthorized: () => detail(403, "Invalid credentials"),
    notFound: () => detail(404, "Not Found"),
  });
  return Object.assign(simulation, {
    apiKey,
    organizationId,
    tasks: store,
    view: (runId: string) => render(store.get(runId)),
  });
}
