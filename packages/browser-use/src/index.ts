import type { components } from "./generated/browser-use.js";

export * from "@agent-tasks/core/public";
export {
  type BrowserUseClient,
  type BrowserUseClientOptions,
  createBrowserUseClient,
} from "./create-browser-use-client.js";
export { type BrowserUseTaskFetcher, createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";
export type { components, operations, paths } from "./generated/browser-use.js";
export { browserUseSpec } from "./generated/browser-use-spec.js";

/** A task as `GET /tasks/{task_id}` (Cloud API v2) returns it. */
export type BrowserUseTask = components["schemas"]["TaskView"];
/** The task's `status` enum. */
export type BrowserUseTaskStatus = components["schemas"]["TaskStatus"];
/** One item of `steps`. */
export type BrowserUseTaskStep = components["schemas"]["TaskStepView"];
/** One item of `outputFiles` / `userUploadedFiles`. */
export type BrowserUseFile = components["schemas"]["FileView"];
/** The browser session a task runs in. */
export type BrowserUseTaskSession = components["schemas"]["TaskSessionView"];
/** Body of the 422 response. */
export type BrowserUseValidationError = components["schemas"]["HTTPValidationError"];
