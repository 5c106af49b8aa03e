export * from "@agent-tasks/core";
export {
  type BrowserActAdapter,
  type BrowserActListQuery,
  type BrowserActRunTaskRequest,
  type BrowserActTaskCreated,
  type BrowserActTaskListItem,
  type BrowserActTaskListPage,
  createBrowserActAdapter,
} from "./create-browseract-adapter.js";
export {
  type BrowserActClient,
  type BrowserActClientOptions,
  createBrowserActClient,
} from "./create-browseract-client.js";
export { type BrowserActTaskFetcher, createBrowserActTaskFetcher } from "./create-browseract-task-fetcher.js";
export type { components, operations, paths } from "./generated/browseract.js";
export { browseractSpec } from "./generated/browseract-spec.js";
export type {
  BrowserActDownloadFile,
  BrowserActErrorResponse,
  BrowserActStepStatus,
  BrowserActTask,
  BrowserActTaskFailureInfo,
  BrowserActTaskOutput,
  BrowserActTaskStatus,
  BrowserActTaskStep,
} from "./task-types.js";
