export * from "@agent-tasks/core";
export type { components, operations, paths } from "../generated/browser-use-v1.js";
export { browserUseV1Spec } from "../generated/browser-use-v1-spec.js";
export {
  type BrowserUseV1Client,
  type BrowserUseV1ClientOptions,
  createBrowserUseV1Client,
} from "./create-browser-use-v1-client.js";
export { type BrowserUseV1TaskFetcher, createBrowserUseV1TaskFetcher } from "./create-browser-use-v1-task-fetcher.js";
export type {
  BrowserUseV1Task,
  BrowserUseV1TaskStatus,
  BrowserUseV1TaskStep,
  BrowserUseV1ValidationError,
} from "./task-types.js";
