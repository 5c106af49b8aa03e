// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/browseract.js";

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

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"browseract">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    browseract: BrowserActTask;
  }
}
