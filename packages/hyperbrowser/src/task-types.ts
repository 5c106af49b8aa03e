// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/hyperbrowser.js";

/** A HyperAgent task as `GET /api/task/hyper-agent/{id}` returns it. */
export type HyperAgentTask = components["schemas"]["HyperAgentTaskResponse"];
/** The task's `status` enum. */
export type HyperAgentTaskStatus = components["schemas"]["JobStatus"];
/** One item of `data.steps`; the spec leaves it untyped. */
export type HyperAgentTaskStep = NonNullable<NonNullable<HyperAgentTask["data"]>["steps"]>[number];
/** Body of the 404 and 500 responses. */
export type HyperbrowserErrorResponse = components["schemas"]["ErrorResponse"];

/** A Browser Use task run by Hyperbrowser, as `GET /api/task/browser-use/{id}` returns it. */
export type HyperbrowserBrowserUseTask = components["schemas"]["BrowserUseTaskResponse"];
/** A Claude Computer Use task, as `GET /api/task/claude-computer-use/{id}` returns it. */
export type HyperbrowserClaudeComputerUseTask = components["schemas"]["ClaudeComputerUseTaskResponse"];
/** A Gemini Computer Use task, as `GET /api/task/gemini-computer-use/{id}` returns it. */
export type HyperbrowserGeminiComputerUseTask = components["schemas"]["GeminiComputerUseTaskResponse"];
/** An OpenAI CUA task, as `GET /api/task/cua/{id}` returns it. */
export type HyperbrowserCuaTask = components["schemas"]["CuaTaskResponse"];
/**
 * A task of any of Hyperbrowser's agents (HyperAgent, Browser Use, Claude and Gemini Computer Use, CUA). The spec
 * gives every agent's task the same fields (`jobId`, `status`, `data.steps`, `data.finalResult`, `error`, `liveUrl`).
 */
export type HyperbrowserTask =
  | HyperAgentTask
  | HyperbrowserBrowserUseTask
  | HyperbrowserClaudeComputerUseTask
  | HyperbrowserGeminiComputerUseTask
  | HyperbrowserCuaTask;

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"hyperbrowser">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    hyperbrowser: HyperbrowserTask;
  }
}
