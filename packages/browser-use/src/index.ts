export * from "@agent-tasks/core";
export {
  type BrowserUseClient,
  type BrowserUseClientOptions,
  createBrowserUseClient,
} from "./create-browser-use-client.js";
export { type BrowserUseTaskFetcher, createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";
export type { components, operations, paths } from "./generated/browser-use.js";
export { browserUseSpec } from "./generated/browser-use-spec.js";
export type {
  BrowserUseFile,
  BrowserUseTask,
  BrowserUseTaskSession,
  BrowserUseTaskStatus,
  BrowserUseTaskStep,
  BrowserUseValidationError,
} from "./task-types.js";
