import {
  atCapacity,
  type ProviderSimulation,
  type SimulationOptions,
  simulationDefaults,
} from "./provider-simulation.js";
import { createSimulation, isoTime, type Route, type RouteAnswer, randomId } from "./simulation.js";
import { type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** `POST /jobs/{org_id}/{endpoint_name}/start` body: `form_data` (or `document_bundle_id`) and run options. */
export interface DariStartBody {
  form_data?: Record<string, unknown>;
  document_bundle_id?: string;
  human_in_the_loop?: boolean;
  [field: string]: unknown;
}

/** The vendored spec's statuses, plus `waiting_for_input` from Dari's newer docs (human in the loop). */
export type DariStatus = "pending" | "running" | "paused" | "waiting_for_input" | "completed" | "failed";

export interface DariEvent {
  event_type: string;
  message: string;
  data: Record<string, unknown>;
  timestamp: string;
}

/** `JobStatusResponse` of the vendored spec (specs/dari/openapi.yaml). */
export interface DariJobView {
  job_id: string;
  portal_id: string;
  status: DariStatus;
  browser_url: string;
  current_step: string;
  events: DariEvent[];
  result: Record<string, unknown> | null;
  final_result: Record<string, unknown> | null;
  error: string | null;
  downloads_link: string | null;
  video_recording_url: string | null;
  log_url: string | null;
  total_cost_usd: number;
  created_at: string;
  updated_at: string;
}

export interface DariTaskExtra {
  orgId: string;
  endpointName: string;
  /** Question and answer events, in order (the others are derived from the task's progress). */
  events: { at: number; event: Omit<DariEvent, "timestamp"> }[];
}

export interface DariSimulation extends ProviderSimulation<DariStartBody, DariTaskExtra, DariJobView> {
  /**
   * Makes the agent ask a human a question: the job becomes `waiting_for_input`, with a `question` event whose
   * `data.question_id` `POST /jobs/.../answer` must name. Returns the question id.
   */
  askQuestion(jobId: string, question: string, options?: string[]): string;
}

type Task = SimulatedTask<DariStartBody, DariTaskExtra>;

/**
 * The `detail` of the 429 a Dari simulation answers beyond `maxActiveTasks`. Dari documents no 429; the `{detail}`
 * shape is its other errors', the text is ours.
 */
export const dariTooManyJobsMessage = "Too many concurrent jobs. Wait for a running job to finish.";

function statusOf(task: Pick<Task, "phase" | "question">): DariStatus {
  const byPhase: Record<TaskPhase, DariStatus> = {
    pending: "pending",
    running: "running",
    paused: task.question === null ? "paused" : "waiting_for_input",
    completed: "completed",
    failed: "failed",
    // Dari documents no stop; a job stopped through the controls reads as failed.
    stopped: "failed",
  };
  return byPhase[task.phase];
}

function finalResultOf(task: Task): Record<string, unknown> {
  if (task.output !== null) {
    const parsed: unknown = JSON.parse(task.output);
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
    return { output: parsed };
  }
  return { submitted: true, fields: Object.keys(task.input.form_data ?? {}) };
}

function eventsOf(task: Task): DariEvent[] {
  const events: { at: number; event: Omit<DariEvent, "timestamp"> }[] = [];
  if (task.startedAt !== null)
    events.push({ at: task.startedAt, event: { event_type: "started", message: "Job started", data: {} } });
  for (const [index, at] of task.stepTimes.entries()) {
    const step = index + 1;
    events.push({ at, event: { event_type: "step_completed", message: `Completed step ${step}`, data: { step } } });
  }
  events.push(...task.extra.events);
  if (task.phase === "completed" && task.finishedAt !== null)
    events.push({ at: task.finishedAt, event: { event_type: "completed", message: "Job completed", data: {} } });
  if ((task.phase === "failed" || task.phase === "stopped") && task.finishedAt !== null)
    events.push({
      at: task.finishedAt,
      event: { event_type: "error", message: task.error ?? "Job stopped", data: {} },
    });
  return events
    .map((entry, order) => ({ ...entry, order }))
    .sort((left, right) => left.at - right.at || left.order - right.order)
    .map(({ at, event }) => ({ ...event, timestamp: isoTime(at) }));
}

function currentStepOf(task: Task): string {
  if (task.question !== null) return `Waiting for an answer: ${task.question.question}`;
  switch (task.phase) {
    case "pending":
      return "Queued";
    case "running":
      return `Working on step ${task.stepTimes.length + 1}`;
    case "paused":
      return "Paused";
    case "completed":
      return "Done";
    default:
      return task.error ?? "Stopped";
  }
}

function render(task: Task): DariJobView {
  const failed = task.phase === "failed" || task.phase === "stopped";
  return {
    job_id: task.id,
    portal_id: `${task.extra.orgId}/${task.extra.endpointName}`,
    status: statusOf(task),
    browser_url: `https://hyperbrowser.ai/view/${task.id}`,
    current_step: currentStepOf(task),
    events: eventsOf(task),
    result: null,
    final_result: task.phase === "completed" ? finalResultOf(task) : null,
    error: failed ? (task.error ?? "Job stopped") : null,
    downloads_link:
      task.phase === "completed" && (task.plan.files ?? []).length > 0
        ? `https://files.usedari.com/jobs/${task.id}/downloads.zip`
        : null,
    video_recording_url: null,
    log_url: null,
    total_cost_usd: Number((task.stepTimes.length * task.plan.costPerStepUsd).toFixed(4)),
    created_at: isoTime(task.createdAt),
    updated_at: isoTime(Math.max(task.updatedAt, ...task.extra.events.map((entry) => entry.at))),
  };
}

/**
 * Starts a fake Dari agent portal API (`X-API-Key`): start a job (`POST /jobs/{org}/{endpoint}/start`), read it
 * (`GET /task/{org}/{endpoint}/status?job_id=` as vendored, and the same at `/jobs/...` as the newer docs
 * place it), pause it (`POST /task/{org}/{endpoint}/pause?job_id=`) and answer its question
 * (`POST /jobs/{org}/{endpoint}/answer?job_id=`). A job is found only under the org and endpoint that started it.
 * A completed job reports `total_cost_usd`, and a `downloads_link` when its plan has `files`.
 */
export function simulateDari(options: SimulationOptions<DariStartBody> = {}): DariSimulation {
  const { apiKey, clock } = simulationDefaults("dari", options);
  const store = new TaskStore<DariStartBody, DariTaskExtra>(clock, options.task, statusOf);
  const error = (status: number, detail: string): RouteAnswer => ({ status, body: { detail } });
  const withJob = (
    params: Readonly<Record<string, string>>,
    jobId: string | null,
    answer: (task: Task) => RouteAnswer,
  ): RouteAnswer => {
    if (jobId === null || jobId === "") return error(422, "job_id is required");
    const task = store.find(jobId);
    if (task === undefined || task.extra.orgId !== params.org || task.extra.endpointName !== params.endpoint)
      return error(404, "Job not found");
    return answer(task);
  };
  const portal = "(?<org>[^/]+)/(?<endpoint>[^/]+)";

  const start = (params: Readonly<Record<string, string>>, json: unknown): RouteAnswer => {
    if (typeof json !== "object" || json === null || Array.isArray(json))
      return error(422, "A JSON object body is required");
    if (atCapacity(options, store)) return error(429, dariTooManyJobsMessage);
    const jobId = randomId();
    store.create(jobId, json as DariStartBody, {
      orgId: params.org ?? "",
      endpointName: params.endpoint ?? "",
      events: [],
    });
    return { status: 200, body: { job_id: jobId } };
  };

  const status = (params: Readonly<Record<string, string>>, jobId: string | null) =>
    withJob(params, jobId, (task) => ({ status: 200, body: render(task) }));

  const routes: Route[] = [
    {
      method: "POST",
      path: new RegExp(`/jobs/${portal}/start`),
      operation: "start",
      handle: ({ params, json }) => start(params, json),
    },
    {
      method: "GET",
      path: new RegExp(`/(?:task|jobs)/${portal}/status`),
      operation: "get",
      taskIdParam: "job_id",
      handle: ({ params, taskId }) => status(params, taskId),
    },
    {
      method: "POST",
      path: new RegExp(`/task/${portal}/pause`),
      operation: "pause",
      taskIdParam: "job_id",
      handle: ({ params, taskId }) =>
        withJob(params, taskId, (task) => {
          if (task.phase !== "pending" && task.phase !== "running")
            return error(409, `Job is ${statusOf(task)} and cannot be paused`);
          store.pause(task.id);
          return {
            status: 200,
            body: {
              success: true,
              message: "Job paused successfully",
              job_id: task.id,
              previous_status: task.providerStatus,
            },
          };
        }),
    },
    {
      method: "POST",
      path: new RegExp(`/jobs/${portal}/answer`),
      operation: "answer",
      taskIdParam: "job_id",
      handle: ({ params, taskId, json }) =>
        withJob(params, taskId, (task) => {
          const body = json as { question_id?: unknown; answer?: unknown } | undefined;
          if (typeof body?.question_id !== "string" || typeof body.answer !== "string")
            return error(422, "question_id and answer are required");
          if (task.question === null) return error(409, `Job is ${statusOf(task)}, not waiting_for_input`);
          if (task.question.questionId !== body.question_id) return error(409, "Invalid or stale question_id");
          task.extra.events.push({
            at: clock.now(),
            event: {
              event_type: "answer",
              message: body.answer,
              data: { question_id: body.question_id, answer: body.answer },
            },
          });
          store.resume(task.id);
          return { status: 200, body: { success: true, message: "Answer submitted", job_id: task.id } };
        }),
    },
  ];

  const simulation = createSimulation({
    provider: "dari",
    clock,
    routes,
    authHeader: "x-api-key",
    defaultBaseUrl: "https://agent.usedari.com",
    baseUrl: options.baseUrl,
    credential: apiKey,
    unauthorized: () => error(401, "Invalid API key"),
    notFound: () => error(404, "Not Found"),
  });
  return Object.assign(simulation, {
    apiKey,
    tasks: store,
    view: (jobId: string) => render(store.get(jobId)),
    askQuestion(jobId: string, question: string, choices: string[] = []): string {
      const questionId = randomId();
      store.pause(jobId, { questionId, question, options: choices });
      store.get(jobId).extra.events.push({
        at: clock.now(),
        event: {
          event_type: "question",
          message: question,
          data: { question_id: questionId, question, options: choices },
        },
      });
      return questionId;
    },
  });
}
