import {
  atCapacity,
  type ProviderSimulation,
  type SimulationOptions,
  simulationDefaults,
} from "./provider-simulation.js";
import { createSimulation, type Route, type RouteAnswer, randomId } from "./simulation.js";
import { type SimulatedTask, type TaskPhase, TaskStore } from "./task-store.js";

/** The agents Hyperbrowser runs tasks with, each under its own `/api/task/<agent>` paths. */
export const hyperbrowserAgents = [
  "hyper-agent",
  "browser-use",
  "claude-computer-use",
  "gemini-computer-use",
  "cua",
] as const;

/** One of `hyperbrowserAgents`: the path segment after `/api/task/`. */
export type HyperbrowserAgent = (typeof hyperbrowserAgents)[number];

/**
 * `POST /api/task/<agent>` body (`StartHyperAgentTaskParams`, `StartBrowserUseTaskParams`,
 * `StartClaudeComputerUseTaskParams`, `StartGeminiComputerUseTaskParams`, `StartCuaTaskParams`); only `task` is
 * required.
 */
export interface HyperbrowserStartBody {
  task: string;
  llm?: string;
  /** HyperAgent's and Browser Use's agent version. */
  version?: string;
  sessionId?: string;
  maxSteps?: number;
  [field: string]: unknown;
}

/**
 * A task as `GET /api/task/<agent>/{id}` answers it: the spec gives every agent's task response
 * (`HyperAgentTaskResponse`, `BrowserUseTaskResponse`, `ClaudeComputerUseTaskResponse`,
 * `GeminiComputerUseTaskResponse`, `CuaTaskResponse`) these fields. Steps are untyped in the spec; each agent's
 * follow the official SDK's types for that agent. The spec has no cost or file fields for these tasks.
 */
export interface HyperbrowserTaskView {
  jobId: string;
  status: "pending" | "running" | "completed" | "failed" | "stopped";
  data: { steps: Record<string, unknown>[]; finalResult: string | null };
  error: string | null;
  liveUrl: string | null;
}

/** What a Hyperbrowser simulation keeps of each task besides its start body. */
export interface HyperbrowserTaskExtra {
  /** The agent it was started with: it is found only under that agent's paths. */
  agent: HyperbrowserAgent;
  liveUrl: string;
}

export type HyperbrowserSimulation = ProviderSimulation<
  HyperbrowserStartBody,
  HyperbrowserTaskExtra,
  HyperbrowserTaskView
>;

/**
 * The `message` of the 429 a Hyperbrowser simulation answers beyond `maxActiveTasks`, in the spec's `ErrorResponse`
 * shape (the spec declares that 429 for other job starts; the text is ours).
 */
export const hyperbrowserTooManyTasksMessage =
  "Too many concurrent tasks. Wait for a running task to finish or upgrade your plan.";

const statusOf: Record<TaskPhase, HyperbrowserTaskView["status"]> = {
  pending: "pending",
  running: "running",
  // Hyperbrowser's agents have no pause: a task paused through the controls still reads as running.
  paused: "running",
  completed: "completed",
  failed: "failed",
  stopped: "stopped",
};

type Task = SimulatedTask<HyperbrowserStartBody, HyperbrowserTaskExtra>;

/** One step, with what each agent's step renderer needs. */
interface StepContext {
  task: Task;
  /** 0 for the first step. */
  index: number;
  /** Clock ms when the step began and ended. */
  startedAt: number;
  doneAt: number;
  /** The last step of a completed task: the agent's final answer. */
  final: boolean;
  finalResult: string;
}

const pageUrl = "https://example.com";

function finalResultOf(task: Task): string {
  return task.output ?? `Done: ${task.input.task}`;
}

/** HyperAgent 1.1.0 (`{idx, agentOutput: {thoughts, memory, action}, actionOutput}`), as the SDK types it. */
function hyperAgentStep({ task, index, final, finalResult }: StepContext): Record<string, unknown> {
  return {
    idx: index,
    agentOutput: {
      thoughts: `Step ${index + 1} of "${task.input.task}"`,
      memory: `${index + 1} step(s) done`,
      action: final
        ? { type: "complete", params: { success: true, text: finalResult } }
        : { type: index === 0 ? "goToUrl" : "click", params: { url: pageUrl } },
    },
    actionOutput: { success: true, message: final ? finalResult : `action ${index + 1} done` },
  };
}

/**
 * Browser Use's agent history item: `BrowserUseAgentHistory` for version 0.1.40 (the spec's default), or
 * `BrowserUseAgentHistoryV0710` for `0.7.10` and `latest`.
 */
function browserUseStep({ task, index, startedAt, doneAt, final, finalResult }: StepContext): Record<string, unknown> {
  const action = final ? [{ done: { text: finalResult, success: true } }] : [{ go_to_url: { url: pageUrl } }];
  const brain = {
    evaluation_previous_goal: index === 0 ? "Start" : "Success - the page responded",
    memory: `${index + 1} step(s) done for "${task.input.task}"`,
    next_goal: final ? "Report the result" : `Goal ${index + 2}`,
  };
  const result = {
    is_done: final,
    success: final ? true : null,
    extracted_content: final ? finalResult : `Step ${index + 1} done`,
    error: null,
    include_in_memory: true,
  };
  const timing = { step_start_time: startedAt / 1000, step_end_time: doneAt / 1000, step_number: index + 1 };
  const version = task.input.version ?? "0.1.40";
  if (version === "0.1.40") {
    return {
      model_output: { current_state: brain, action },
      result: [result],
      state: {
        url: pageUrl,
        title: "Example Domain",
        tabs: [{ page_id: 0, url: pageUrl, title: "Example Domain" }],
        interacted_element: [null],
        screenshot: null,
      },
      metadata: { ...timing, input_tokens: 1_500 },
    };
  }
  return {
    model_output: { thinking: `Working on "${task.input.task}"`, ...brain, action },
    result: [{ ...result, long_term_memory: null, metadata: null, attachments: null }],
    state: {
      url: pageUrl,
      title: "Example Domain",
      tabs: [{ url: pageUrl, title: "Example Domain" }],
      interacted_element: [null],
    },
    metadata: timing,
  };
}

/** A Claude message (`ClaudeComputerUseStepResponse`): a `computer` tool call, or the final text. */
function claudeStep({ task, index, final, finalResult }: StepContext): Record<string, unknown> {
  const text = { type: "text", text: final ? finalResult : `Step ${index + 1} of "${task.input.task}"` };
  const toolUse = {
    type: "tool_use",
    id: `toolu_${task.id.replaceAll("-", "").slice(0, 16)}${index + 1}`,
    name: "computer",
    input: index === 0 ? { action: "screenshot" } : { action: "left_click", coordinate: [640, 360] },
  };
  return {
    role: "assistant",
    type: "message",
    model: task.input.llm ?? "claude-sonnet-4-5",
    content: final ? [text] : [text, toolUse],
    stop_reason: final ? "end_turn" : "tool_use",
    stop_sequence: null,
  };
}

/** A Gemini response (`GeminiComputerUseStepResponse`): a computer-use function call, or the final text. */
function geminiStep({ task, index, final, finalResult }: StepContext): Record<string, unknown> {
  const call =
    index === 0 ? { name: "navigate", args: { url: pageUrl } } : { name: "click_at", args: { x: 500, y: 500 } };
  const parts = final
    ? [{ text: finalResult }]
    : [{ text: `Step ${index + 1} of "${task.input.task}"` }, { functionCall: call }];
  return {
    candidates: [{ content: { role: "model", parts }, finishReason: "STOP", index: 0 }],
    modelVersion: task.input.llm ?? "gemini-3-flash-preview",
  };
}

/** An OpenAI Responses API response (`CuaStepResponse`): a `computer_call`, or the final message. */
function cuaStep({ task, index, doneAt, final, finalResult }: StepContext): Record<string, unknown> {
  const suffix = `${task.id.replaceAll("-", "").slice(0, 12)}${index + 1}`;
  const output = final
    ? [
        {
          type: "message",
          id: `msg_${suffix}`,
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: finalResult, annotations: [] }],
        },
      ]
    : [
        { type: "reasoning", id: `rs_${suffix}`, summary: [{ type: "summary_text", text: `Step ${index + 1}` }] },
        {
          type: "computer_call",
          id: `cu_${suffix}`,
          call_id: `call_${suffix}`,
          action: index === 0 ? { type: "screenshot" } : { type: "click", button: "left", x: 640, y: 360 },
          pending_safety_checks: [],
          status: "completed",
        },
      ];
  return {
    created_at: Math.floor(doneAt / 1000),
    output_text: final ? finalResult : "",
    error: null,
    incomplete_details: null,
    model: task.input.llm ?? "computer-use-preview",
    output,
    reasoning: { effort: "medium", generate_summary: null },
    status: "completed",
  };
}

const stepOf: Record<HyperbrowserAgent, (step: StepContext) => Record<string, unknown>> = {
  "hyper-agent": hyperAgentStep,
  "browser-use": browserUseStep,
  "claude-computer-use": claudeStep,
  "gemini-computer-use": geminiStep,
  cua: cuaStep,
};

function render(task: Task): HyperbrowserTaskView {
  const terminal = task.finishedAt !== null;
  const finalResult = finalResultOf(task);
  const steps = task.stepTimes.map((doneAt, index) =>
    stepOf[task.extra.agent]({
      task,
      index,
      startedAt: index === 0 ? (task.startedAt ?? task.createdAt) : (task.stepTimes[index - 1] ?? doneAt),
      doneAt,
      final: task.phase === "completed" && index === task.stepTimes.length - 1,
      finalResult,
    }),
  );
  return {
    jobId: task.id,
    status: statusOf[task.phase],
    data: { steps, finalResult: task.phase === "completed" ? finalResult : null },
    error: task.phase === "failed" ? task.error : null,
    liveUrl: terminal ? null : task.extra.liveUrl,
  };
}

/**
 * Starts a fake Hyperbrowser agent task API (`x-api-key`): start, get, status and stop, as the spec's
 * `/api/task/<agent>` operations, for every agent in `hyperbrowserAgents` (HyperAgent, Browser Use, Claude and
 * Gemini Computer Use, OpenAI CUA), all in one task store: a task is found only under the agent that started it
 * (`task.extra.agent`), and `maxActiveTasks` counts the tasks of every agent. `baseUrl` is the origin, as
 * `@hyperbrowser/sdk` and our client take it.
 */
export function simulateHyperbrowser(options: SimulationOptions<HyperbrowserStartBody> = {}): HyperbrowserSimulation {
  const { apiKey, clock } = simulationDefaults("hyperbrowser", options);
  const store = new TaskStore<HyperbrowserStartBody, HyperbrowserTaskExtra>(
    clock,
    options.task,
    (task) => statusOf[task.phase],
  );
  const error = (status: number, message: string): RouteAnswer => ({ status, body: { message } });
  const withTask = (params: Readonly<Record<string, string>>, answer: (task: Task) => RouteAnswer): RouteAnswer => {
    const task = params.id === undefined ? undefined : store.find(params.id);
    return task !== undefined && task.extra.agent === params.agent ? answer(task) : error(404, "Task not found");
  };
  const agent = `(?<agent>${hyperbrowserAgents.join("|")})`;
  const id = "(?<id>[^/]+)";

  const routes: Route[] = [
    {
      method: "POST",
      path: new RegExp(`/api/task/${agent}`),
      operation: "start",
      handle: ({ params, json }) => {
        const body = json as Partial<HyperbrowserStartBody> | undefined;
        if (typeof body?.task !== "string" || body.task === "") return error(400, "task is required");
        if (atCapacity(options, store)) return error(429, hyperbrowserTooManyTasksMessage);
        const jobId = randomId();
        const liveUrl = `${simulation.origin}/live/${jobId}`;
        store.create(jobId, body as HyperbrowserStartBody, { agent: params.agent as HyperbrowserAgent, liveUrl });
        return { status: 200, body: { jobId, liveUrl } };
      },
    },
    {
      method: "GET",
      path: new RegExp(`/api/task/${agent}/${id}/status`),
      operation: "status",
      handle: ({ params }) => withTask(params, (task) => ({ status: 200, body: { status: task.providerStatus } })),
    },
    {
      method: "GET",
      path: new RegExp(`/api/task/${agent}/${id}`),
      operation: "get",
      handle: ({ params }) => withTask(params, (task) => ({ status: 200, body: render(task) })),
    },
    {
      method: "PUT",
      path: new RegExp(`/api/task/${agent}/${id}/stop`),
      operation: "stop",
      handle: ({ params }) =>
        withTask(params, (task) => {
          store.stop(task.id);
          return { status: 200, body: { success: true } };
        }),
    },
  ];

  const simulation = createSimulation({
    provider: "hyperbrowser",
    clock,
    routes,
    authHeader: "x-api-key",
    defaultBaseUrl: "https://api.hyperbrowser.ai",
    baseUrl: options.baseUrl,
    credential: apiKey,
    unauthorized: () => error(401, "Invalid API key"),
    notFound: () => error(404, "Not found"),
  });
  return Object.assign(simulation, { apiKey, tasks: store, view: (jobId: string) => render(store.get(jobId)) });
}
