export * from "@agent-tasks/core";
export {
  BROWSER_USE_CLIENT_KEY_FIELD,
  type BrowserUseAdapter,
  type BrowserUseListQuery,
  type BrowserUseTaskCreated,
  type BrowserUseTaskListPage,
  createBrowserUseAdapter,
} from "./create-browser-use-adapter.js";
export {
  type BrowserUseClient,
  type BrowserUseClientOptions,
  createBrowserUseClient,
} from "./create-browser-use-client.js";
export { type BrowserUseTaskFetcher, createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";
export type { components, operations, paths } from "./generated/browser-use.js";
export { browserUseSpec } from "./generated/browser-use-spec.js";
export type {
  BrowserUseCreateTaskRequest,
  BrowserUseCurrentTask,
  BrowserUseFile,
  BrowserUseRawTask,
  BrowserUseSeedEraSession,
  BrowserUseSeedEraTask,
  BrowserUseTask,
  BrowserUseTaskItem,
  BrowserUseTaskStatus,
  BrowserUseTaskStatusView,
  BrowserUseTaskStep,
  BrowserUseValidationError,
} from "./task-types.js";
