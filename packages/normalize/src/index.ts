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
  type RawTaskOf,
} from "./model/agent-task.js";
export { NormalizeError } from "./normalize-error.js";
export { normalizeTask } from "./normalize-task.js";
export { mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "./providers/browser-use.js";
export { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "./providers/browser-use-v1.js";
export { mapBrowserActTaskStatus, normalizeBrowserActTask } from "./providers/browseract.js";
export { mapDariTaskStatus, normalizeDariTask } from "./providers/dari.js";
export { mapHyperbrowserTaskStatus, normalizeHyperbrowserTask } from "./providers/hyperbrowser.js";
export {
  InvalidWaitOptionError,
  type WaitForTaskOptions,
  WaitTimeoutError,
  waitForTask,
  waitForTaskDefaults,
} from "./wait-for-task.js";
