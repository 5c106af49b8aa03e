export { specExampleTask } from "./spec-example.js";
export { taskCompletedWithFinalResult } from "./task-completed-with-final-result.js";
export { taskFailedWithError } from "./task-failed-with-error.js";
export { taskPaused } from "./task-paused.js";
export { taskPending } from "./task-pending.js";
export { taskRunning } from "./task-running.js";
