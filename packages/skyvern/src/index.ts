export * from "@agent-tasks/core";
export {
  createSkyvernAdapter,
  type SkyvernAdapter,
  type SkyvernArtifactsQuery,
  type SkyvernListQuery,
} from "./create-skyvern-adapter.js";
export { createSkyvernClient, type SkyvernClient, type SkyvernClientOptions } from "./create-skyvern-client.js";
export { createSkyvernTaskFetcher, type SkyvernTaskFetcher } from "./create-skyvern-task-fetcher.js";
export type { components, operations, paths } from "./generated/skyvern.js";
export { skyvernSpec } from "./generated/skyvern-spec.js";
export type {
  SkyvernArtifact,
  SkyvernRawTask,
  SkyvernRun,
  SkyvernRunListItem,
  SkyvernRunStatus,
  SkyvernTaskRun,
  SkyvernTaskRunRequest,
  SkyvernTimelineEntry,
  SkyvernWorkflowRun,
} from "./task-types.js";
