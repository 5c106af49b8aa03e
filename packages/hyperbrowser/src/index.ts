import type { components } from "./generated/hyperbrowser.js";

export * from "@agent-tasks/core/public";
export {
  createHyperbrowserClient,
  type HyperbrowserClient,
  type HyperbrowserClientOptions,
} from "./create-hyperbrowser-client.js";
export { createHyperbrowserTaskFetcher, type HyperbrowserTaskFetcher } from "./create-hyperbrowser-task-fetcher.js";
export type { components, operations, paths } from "./generated/hyperbrowser.js";
export { hyperbrowserSpec } from "./generated/hyperbrowser-spec.js";

/** A HyperAgent task as `GET /api/task/hyper-agent/{id}` returns it. */
export type HyperAgentTask = components["schemas"]["HyperAgentTaskResponse"];
/** The task's `status` enum. */
export type HyperAgentTaskStatus = components["schemas"]["JobStatus"];
/** One item of `data.steps`; the spec leaves it untyped. */
export type HyperAgentTaskStep = NonNullable<NonNullable<HyperAgentTask["data"]>["steps"]>[number];
/** Body of the 404 and 500 responses. */
export type HyperbrowserErrorResponse = components["schemas"]["ErrorResponse"];
