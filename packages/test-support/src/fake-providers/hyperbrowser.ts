import { realClock } from "./clock.js";
import type { FakeProvider, FakeProviderOptions } from "./fake-provider.js";
import { type FakeResponse, type FakeRoute, randomId, startFakeServer } from "./fake-server.js";
import { type FakeTaskPhase, type FakeTaskSnapshot, FakeTaskStore } from "./task-store.js";

/** `POST /api/task/hyper-agent` body (`StartHyperAgentTaskParams`); only `task` is required. */
export interface FakeHyperAgentStartBody {
  task: string;
  llm?: string;
  sessionId?: string;
  maxSteps?: number;
  [field: string]: unknown;
}

/** `HyperAgentTaskResponse`, as `GET /api/task/hyper-agent/{id}` answers it. */
export interface FakeHyperAgentTaskView {
  jobId: string;
  status: "pending" | "running" | "completed" | "failed" | "stopped";
  data: { steps: Record<string, unknown>[]; finalResult: string | null };
  error: string | null;
  liveUrl: string | null;
}

export interface FakeHyperbrowserExtra {
  liveUrl: string;
}

export type FakeHyperbrowser = FakeProvider<FakeHyperAgentStartBody, FakeHyperbrowserExtra, FakeHyperAgentTaskView>;

const statusOf: Record<FakeTaskPhase, FakeHyperAgentTaskView["status"]> = {
  pending: "pending",
  running: "running",
  // HyperAgent has no pause: a task paused through the controls still reads as running.
  paused: "running",
  completed: "completed",
  failed: "failed",
  stopped: "stopped",
};

/** A step in the shape the official SDK types for agent version 1.1.0 (the spec leaves steps untyped). */
function stepView(index: number, task: FakeTaskSnapshot<FakeHyperAgentStartBody>): Record<string, unknown> {
  return {
    idx: index,
    agentOutput: {
      thoughts: `Step ${index + 1} of "${task.input.task}"`,
      memory: `${index + 1} step(s) done`,
      action: { type: index === 0 ? "goToUrl" : "click", params: { url: "https://example.com" } },
    },
    actionOutput: { success: true, message: `action ${index + 1} done` },
  };
}

function render(task: FakeTaskSnapshot<FakeHyperAgentStartBody, FakeHyperbrowserExtra>): FakeHyperAgentTaskView {
  const terminal = task.finishedAt !== null;
  return {
    jobId: task.id,
    status: statusOf[task.phase],
    data: {
      steps: task.stepTimes.map((_, index) => stepView(index, task)),
      finalResult: task.phase === "completed" ? (task.output ?? `Done: ${task.input.task}`) : null,
    },
    error: task.phase === "failed" ? task.error : null,
    liveUrl: terminal ? null : task.extra.liveUrl,
  };
}

/**
 * Starts a fake Hyperbrowser HyperAgent API (`x-api-key`): start, get, status and stop, as the spec's
 * `/api/task/hyper-agent` operations. `baseUrl` is the origin, as `@hyperbrowser/sdk` and our client take it.
 */
export async function startFakeHyperbrowser(
  options: FakeProviderOptions<FakeHyperAgentStartBody> = {},
): Promise<FakeHyperbrowser> {
  const apiKey = options.apiKey ?? "fake-hyperbrowser-key";
  const clock = options.clock ?? realClock;
  const store = new FakeTaskStore<FakeHyperAgentStartBody, FakeHyperbrowserExtra>(
    clock,
    options.task,
    (task) => statusOf[task.phase],
  );
  const error = (status: number, message: string): FakeResponse => ({ status, body: { message } });
  const withTask = (id: string | undefined, answer: (id: string) => FakeResponse): FakeResponse =>
    id !== undefined && store.has(id) ? answer(id) : error(404, "Task not found");
  const id = "(?<id>[^/]+)";
  let origin = "";

  const routes: FakeRoute[] = [
    {
      method: "POST",
      path: /\/api\/task\/hyper-agent/,
      operation: "start",
      handle: ({ json }) => {
        const body = json as Partial<FakeHyperAgentStartBody> | undefined;
        if (typeof body?.task !== "string" || body.task === "") return error(400, "task is required");
        const jobId = randomId();
        const liveUrl = `${origin}/live/${jobId}`;
        store.create(jobId, body as FakeHyperAgentStartBody, { liveUrl });
        return { status: 200, body: { jobId, liveUrl } };
      },
    },
    {
      method: "GET",
      path: new RegExp(`/api/task/hyper-agent/${id}/status`),
      operation: "status",
      handle: ({ params }) =>
        withTask(params.id, (jobId) => ({ status: 200, body: { status: store.get(jobId).providerStatus } })),
    },
    {
      method: "GET",
      path: new RegExp(`/api/task/hyper-agent/${id}`),
      operation: "get",
      handle: ({ params }) => withTask(params.id, (jobId) => ({ status: 200, body: render(store.get(jobId)) })),
    },
    {
      method: "PUT",
      path: new RegExp(`/api/task/hyper-agent/${id}/stop`),
      operation: "stop",
      handle: ({ params }) =>
        withTask(params.id, (jobId) => {
          store.stop(jobId);
          return { status: 200, body: { success: true } };
        }),
    },
  ];

  const server = await startFakeServer({
    clock,
    routes,
    port: options.port,
    authorize: (headers) => headers["x-api-key"] === apiKey,
    unauthorized: () => error(401, "Invalid API key"),
    notFound: () => error(404, "Not found"),
  });
  origin = server.origin;
  return Object.assign(server, { apiKey, tasks: store, view: (jobId: string) => render(store.get(jobId)) });
}
