import {
  InvalidClientOptionError,
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskStatusOperation,
  type TaskStopOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { HyperbrowserClient } from "./create-hyperbrowser-client.js";
import type { components } from "./generated/hyperbrowser.js";
import type {
  HyperAgentTask,
  HyperAgentTaskStatus,
  HyperbrowserBrowserUseTask,
  HyperbrowserClaudeComputerUseTask,
  HyperbrowserCuaTask,
  HyperbrowserGeminiComputerUseTask,
} from "./task-types.js";

type Schemas = components["schemas"];

/**
 * Each agent Hyperbrowser runs tasks with (`/api/task/<agent>`): its start request body, its start response and
 * its task, as the spec types them.
 */
export interface HyperbrowserAgentTypes {
  "hyper-agent": {
    input: Schemas["StartHyperAgentTaskParams"];
    response: Schemas["StartHyperAgentTaskResponse"];
    task: HyperAgentTask;
  };
  "browser-use": {
    input: Schemas["StartBrowserUseTaskParams"];
    response: Schemas["StartBrowserUseTaskResponse"];
    task: HyperbrowserBrowserUseTask;
  };
  "claude-computer-use": {
    input: Schemas["StartClaudeComputerUseTaskParams"];
    response: Schemas["StartClaudeComputerUseTaskResponse"];
    task: HyperbrowserClaudeComputerUseTask;
  };
  "gemini-computer-use": {
    input: Schemas["StartGeminiComputerUseTaskParams"];
    response: Schemas["StartGeminiComputerUseTaskResponse"];
    task: HyperbrowserGeminiComputerUseTask;
  };
  cua: {
    input: Schemas["StartCuaTaskParams"];
    response: Schemas["StartCuaTaskResponse"];
    task: HyperbrowserCuaTask;
  };
}

/** The agent an adapter drives: the path family `/api/task/<agent>`. */
export type HyperbrowserAgent = keyof HyperbrowserAgentTypes;

const AGENTS: readonly HyperbrowserAgent[] = [
  "hyper-agent",
  "browser-use",
  "claude-computer-use",
  "gemini-computer-use",
  "cua",
];

/** Options of `createHyperbrowserAdapter`. */
export interface HyperbrowserAdapterOptions<Agent extends HyperbrowserAgent = "hyper-agent"> {
  /** The agent whose tasks the adapter starts and reads. Default `"hyper-agent"`. */
  agent?: Agent | undefined;
}

/**
 * A Hyperbrowser task adapter for one agent: `start`, `get`, `status` and `stop`. Hyperbrowser has no pause,
 * resume or task list, so the adapter has none. Refs are the `jobId` strings the task fetcher takes.
 */
export interface HyperbrowserAdapter<Agent extends HyperbrowserAgent = "hyper-agent">
  extends TaskAdapter<
      "hyperbrowser",
      string,
      HyperbrowserAgentTypes[Agent]["task"],
      HyperbrowserAgentTypes[Agent]["input"]
    >,
    TaskStatusOperation<string>,
    TaskStopOperation<string> {
  /** The agent this adapter drives. */
  readonly agent: Agent;
  /** `POST /api/task/<agent>`: resolves the new task's `jobId` and the start response (`liveUrl`). Sent once. */
  start(
    input: HyperbrowserAgentTypes[Agent]["input"],
    options?: TaskCallOptions,
  ): Promise<StartedTask<string, HyperbrowserAgentTypes[Agent]["response"]>>;
  /** `GET /api/task/<agent>/{id}/status`: the task's status as Hyperbrowser spells it. */
  status(jobId: string, options?: TaskCallOptions): Promise<HyperAgentTaskStatus>;
  /** `PUT /api/task/<agent>/{id}/stop`. */
  stop(jobId: string, options?: TaskCallOptions): Promise<void>;
}

/**
 * A task adapter over `client` for one Hyperbrowser agent (`options.agent`, HyperAgent by default), for
 * `startTask`, `runTask`, `waitForTask` and `stopTask` from `@agent-tasks/normalize`. Its start input is the
 * agent's own start request body (`StartHyperAgentTaskParams`, `StartCuaTaskParams`...). A start is sent once and
 * never again (the client retries a POST only when the server cannot have received it). Hyperbrowser's spec
 * declares no 429 for task starts, so a 429 stays a `RateLimitError`.
 */
export function createHyperbrowserAdapter<Agent extends HyperbrowserAgent = "hyper-agent">(
  client: HyperbrowserClient,
  options: HyperbrowserAdapterOptions<Agent> = {},
): HyperbrowserAdapter<Agent> {
  const agent = (options.agent ?? "hyper-agent") as Agent;
  if (!AGENTS.includes(agent)) {
    throw new InvalidClientOptionError(
      "hyperbrowser",
      "agent",
      `expected one of ${AGENTS.join(", ")}, got ${JSON.stringify(agent)}`,
    );
  }
  type Types = HyperbrowserAgentTypes[Agent];
  // Every agent's paths have the same shape as HyperAgent's, differing only in the start body's type, which the
  // adapter's own signature checks; the client is called through HyperAgent's path types with the agent's path.
  const startPath = `/api/task/${agent}` as "/api/task/hyper-agent";
  const taskPath = `/api/task/${agent}/{id}` as "/api/task/hyper-agent/{id}";
  const statusPath = `/api/task/${agent}/{id}/status` as "/api/task/hyper-agent/{id}/status";
  const stopPath = `/api/task/${agent}/{id}/stop` as "/api/task/hyper-agent/{id}/stop";
  const pathOf = (jobId: string) => ({ path: { id: requireTaskId("hyperbrowser", "jobId", jobId) } });

  const get = async (jobId: string, { signal }: TaskCallOptions = {}): Promise<Types["task"]> =>
    unwrap(client.GET(taskPath, { params: pathOf(jobId), signal }));

  return {
    source: "hyperbrowser",
    agent,
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      const response: Types["response"] = await unwrap(
        client.POST(startPath, { body: input as Schemas["StartHyperAgentTaskParams"], signal }),
      );
      return { ref: response.jobId, response };
    },
    status: async (jobId, { signal } = {}) => {
      const { status } = await unwrap(client.GET(statusPath, { params: pathOf(jobId), signal }));
      return status;
    },
    stop: async (jobId, { signal } = {}) => {
      await unwrap(client.PUT(stopPath, { params: pathOf(jobId), signal }));
    },
  };
}
