/**
 * `@agent-tasks/browser-use/v4`: Browser Use's API v4 (agent runs), the API Browser Use points new integrations to.
 * The same account and key as v2 (`@agent-tasks/browser-use`).
 *
 * @packageDocumentation
 */
export * from "@agent-tasks/core";
export type { components, operations, paths } from "../generated/browser-use-v4.js";
export { browserUseV4Spec } from "../generated/browser-use-v4-spec.js";
export {
  type BrowserUseV4Adapter,
  type BrowserUseV4EventsQuery,
  type BrowserUseV4ListQuery,
  type BrowserUseV4RunAttachments,
  type BrowserUseV4RunCreated,
  type BrowserUseV4RunEventsPage,
  type BrowserUseV4RunListPage,
  createBrowserUseV4Adapter,
} from "./create-browser-use-v4-adapter.js";
export {
  type BrowserUseV4Client,
  type BrowserUseV4ClientOptions,
  createBrowserUseV4Client,
} from "./create-browser-use-v4-client.js";
export { type BrowserUseV4TaskFetcher, createBrowserUseV4TaskFetcher } from "./create-browser-use-v4-task-fetcher.js";
export type {
  BrowserUseV4CreateRunRequest,
  BrowserUseV4RawTask,
  BrowserUseV4Run,
  BrowserUseV4RunEvent,
  BrowserUseV4RunStatus,
  BrowserUseV4Task,
} from "./task-types.js";
