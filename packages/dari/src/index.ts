export * from "@agent-tasks/core";
export {
  createDariAdapter,
  type DariAdapter,
  type DariAdapterOptions,
  type DariAnswer,
  type DariStartJobRequest,
  type DariStartJobResponse,
} from "./create-dari-adapter.js";
export { createDariClient, type DariClient, type DariClientOptions } from "./create-dari-client.js";
export { createDariTaskFetcher, type DariTaskFetcher, type DariTaskRef } from "./create-dari-task-fetcher.js";
export type { components, operations, paths } from "./generated/dari.js";
export { dariSpec } from "./generated/dari-spec.js";
export type { DariTask, DariTaskEvent, DariTaskStatus } from "./task-types.js";
