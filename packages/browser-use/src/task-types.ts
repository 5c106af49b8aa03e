// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/browser-use.js";

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

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"browser-use">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    "browser-use": BrowserUseTask;
  }
}
