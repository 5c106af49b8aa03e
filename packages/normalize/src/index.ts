export { type GetTaskOptions, getTask } from "./get-task.js";
export { isTerminalStatus } from "./is-terminal-status.js";
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
} from "./model/agent-task.js";
export { NormalizeError } from "./normalize-error.js";
export { normalizeTask } from "./normalize-task.js";
export {
  mapBrowserUseFile,
  mapBrowserUseTaskStatus,
  mapBrowserUseTaskStep,
  normalizeBrowserUseTask,
} from "./providers/browser-use.js";
export {
  mapBrowserUseV1File,
  mapBrowserUseV1TaskStatus,
  mapBrowserUseV1TaskStep,
  normalizeBrowserUseV1Task,
} from "./providers/browser-use-v1.js";
export {
  mapBrowserActDownloadFile,
  mapBrowserActFailure,
  mapBrowserActOutputFile,
  mapBrowserActStepStatus,
  mapBrowserActTaskStatus,
  mapBrowserActTaskStep,
  normalizeBrowserActTask,
} from "./providers/browseract.js";
export { mapDariEvent, mapDariFinalResult, mapDariTaskStatus, normalizeDariTask } from "./providers/dari.js";
export {
  mapHyperbrowserTaskStatus,
  mapHyperbrowserTaskStep,
  normalizeHyperbrowserTask,
} from "./providers/hyperbrowser.js";
export {
  InvalidWaitOptionError,
  type WaitForTaskOptions,
  WaitTimeoutError,
  waitForTask,
  waitForTaskDefaults,
} from "./wait-for-task.js";
