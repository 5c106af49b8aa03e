import type { components } from "./generated/browseract.js";

export * from "@agent-tasks/core/public";
export {
  type BrowserActClient,
  type BrowserActClientOptions,
  createBrowserActClient,
} from "./create-browseract-client.js";
export { type BrowserActTaskFetcher, createBrowserActTaskFetcher } from "./create-browseract-task-fetcher.js";
export type { components, operations, paths } from "./generated/browseract.js";
export { browseractSpec } from "./generated/browseract-spec.js";

/** A workflow task as `GET /v2/workflow/get-task` returns it. */
export type BrowserActTask = components["schemas"]["WorkflowTaskResponse"];
/** The task's `status` enum. */
export type BrowserActTaskStatus = components["schemas"]["TaskStatus"];
/** One item of `steps`. */
export type BrowserActTaskStep = components["schemas"]["TaskStepDto"];
/** A step's `status` enum. */
export type BrowserActStepStatus = components["schemas"]["StepStatus"];
/** The task's `output`. */
export type BrowserActTaskOutput = components["schemas"]["TaskOutputDto"];
/** One item of `download_files`. */
export type BrowserActDownloadFile = components["schemas"]["TaskDownloadFileView"];
/** Failure details of a failed task. */
export type BrowserActTaskFailureInfo = components["schemas"]["TaskFailureInfo"];
/** Body of the 400 and 500 responses (`{code, msg, data, ts, time, traceId}`). */
export type BrowserActErrorResponse = components["schemas"]["ResponseData"];
