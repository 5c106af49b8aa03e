export * from "@agent-tasks/core";
export {
  createHyperbrowserAdapter,
  type HyperbrowserAdapter,
  type HyperbrowserAdapterOptions,
  type HyperbrowserAgent,
  type HyperbrowserAgentTypes,
} from "./create-hyperbrowser-adapter.js";
export {
  createHyperbrowserClient,
  type HyperbrowserClient,
  type HyperbrowserClientOptions,
} from "./create-hyperbrowser-client.js";
export { createHyperbrowserTaskFetcher, type HyperbrowserTaskFetcher } from "./create-hyperbrowser-task-fetcher.js";
export type { components, operations, paths } from "./generated/hyperbrowser.js";
export { hyperbrowserSpec } from "./generated/hyperbrowser-spec.js";
export type {
  HyperAgentTask,
  HyperAgentTaskStatus,
  HyperAgentTaskStep,
  HyperbrowserBrowserUseTask,
  HyperbrowserClaudeComputerUseTask,
  HyperbrowserCuaTask,
  HyperbrowserErrorResponse,
  HyperbrowserGeminiComputerUseTask,
  HyperbrowserTask,
} from "./task-types.js";
