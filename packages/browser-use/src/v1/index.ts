import type { components } from "../generated/browser-use-v1.js";

export * from "@agent-tasks/core/public";
export type { components, operations, paths } from "../generated/browser-use-v1.js";
export { browserUseV1Spec } from "../generated/browser-use-v1-spec.js";
export {
  type BrowserUseV1Client,
  type BrowserUseV1ClientOptions,
  createBrowserUseV1Client,
} from "./create-browser-use-v1-client.js";
export { type BrowserUseV1TaskFetcher, createBrowserUseV1TaskFetcher } from "./create-browser-use-v1-task-fetcher.js";

/** A task as `GET /api/v1/task/{task_id}` (legacy v1) returns it. */
export type BrowserUseV1Task = components["schemas"]["TaskResponse"];
/** The task's `status` enum. */
export type BrowserUseV1TaskStatus = components["schemas"]["TaskStatusEnum"];
/** One item of `steps`. */
export type BrowserUseV1TaskStep = components["schemas"]["TaskStepResponse"];
/** Body of the 422 response. */
export type BrowserUseV1ValidationError = components["schemas"]["HTTPValidationError"];
