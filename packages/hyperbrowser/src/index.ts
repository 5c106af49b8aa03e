export * from "@agent-tasks/core";
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
  HyperbrowserErrorResponse,
} from "./task-types.js";
