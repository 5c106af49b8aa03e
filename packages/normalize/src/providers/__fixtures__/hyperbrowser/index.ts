export { taskCompletedWithJsonOutput } from "./task-completed-with-json-output.js";
export { taskCompletedWithTextOutput } from "./task-completed-with-text-output.js";
export { taskFailedWithError } from "./task-failed-with-error.js";
export { taskPending } from "./task-pending.js";
export { taskRunning } from "./task-running.js";
export { taskStopped } from "./task-stopped.js";
