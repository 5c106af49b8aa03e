// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "../generated/browser-use-v1.js";

/**
 * A task as `GET /api/v1/task/{task_id}` (legacy v1) returns it.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1Task = components["schemas"]["TaskResponse"];
/**
 * The task's `status` enum.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1TaskStatus = components["schemas"]["TaskStatusEnum"];
/**
 * One item of `steps`.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1TaskStep = components["schemas"]["TaskStepResponse"];
/**
 * Body of the 422 response.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1ValidationError = components["schemas"]["HTTPValidationError"];

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"browser-use-v1">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    "browser-use-v1": BrowserUseV1Task;
  }
}
