export {
  getTask,
  listTasks,
  runTask,
  startTask,
  stopTask,
  waitForTask,
  watchTask,
} from "./every-provider.js";
export type { GetTaskFor, GetTaskOptions } from "./get-task.js";
export { isTerminalStatus } from "./is-terminal-status.js";
export type {
  AnyTaskAdapter,
  ClientKeyOption,
  TaskAdapterRef,
  TaskAdapterSource,
  TaskAdapterStartInput,
} from "./lifecycle/adapter-types.js";
export {
  type EndedWaitDetails,
  StartOutcomeUnknownError,
  StructuredOutputError,
  TaskAbortedError,
  TaskSourceMismatchError,
  type TaskStopOutcome,
  UnsupportedOutputSchemaError,
} from "./lifecycle/errors.js";
export type { ListTasksFor, ListTasksOptions, TaskAdapterListQuery } from "./lifecycle/list-tasks.js";
export {
  type RunTaskFor,
  type RunTaskInput,
  type RunTaskOptions,
  type RunTaskResult,
  STOP_REQUEST_TIMEOUT_MS,
} from "./lifecycle/run-task.js";
export type { StartTaskBaseOptions, StartTaskFor, StartTaskOptions } from "./lifecycle/start-task.js";
export { STOP_TASK_TIMEOUT_MS, type StopTaskFor, type StopTaskOptions } from "./lifecycle/stop-task.js";
export {
  type InferTaskOutput,
  type JsonSchema,
  jsonSchema,
  type StructuredAgentTask,
  type TaskOutputSchema,
} from "./lifecycle/structured-output.js";
export { type CreateTaskSlotsOptions, createTaskSlots, type TaskSlots } from "./lifecycle/task-slots.js";
export type { WatchTaskFor, WatchTaskOptions } from "./lifecycle/watch-task.js";
export {
  type AgentTask,
  type AgentTaskCost,
  type AgentTaskError,
  type AgentTaskFile,
  type AgentTaskSource,
  type AgentTaskStatus,
  type AgentTaskStep,
  agentTaskSources,
  agentTaskStatuses,
  type RawTaskBySource,
  type RawTaskOf,
} from "./model/agent-task.js";
export { NormalizeError } from "./normalize-error.js";
export { mapTaskStatus, normalizeTask } from "./normalize-task.js";
export { mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "./providers/browser-use.js";
export { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "./providers/browser-use-v1.js";
export { mapBrowserUseV4TaskStatus, normalizeBrowserUseV4Task } from "./providers/browser-use-v4.js";
export { mapBrowserActTaskStatus, normalizeBrowserActTask } from "./providers/browseract.js";
export { mapDariTaskStatus, normalizeDariTask } from "./providers/dari.js";
export { mapHyperbrowserTaskStatus, normalizeHyperbrowserTask } from "./providers/hyperbrowser.js";
export { mapSkyvernTaskStatus, normalizeSkyvernTask } from "./providers/skyvern.js";
export {
  InvalidWaitOptionError,
  type WaitForTaskFor,
  type WaitForTaskOptions,
  WaitTimeoutError,
  waitForTaskDefaults,
} from "./wait-for-task.js";
