export { specExampleTask } from "./spec-example.js";
export { taskCreated } from "./task-created.js";
export { taskFailed } from "./task-failed.js";
export { taskFinishedWithJsonOutput } from "./task-finished-with-json-output.js";
export { taskPaused } from "./task-paused.js";
export { taskRunning } from "./task-running.js";
export { taskStopped } from "./task-stopped.js";
