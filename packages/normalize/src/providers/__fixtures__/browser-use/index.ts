export { specExampleTask } from "./spec-example.js";
export { taskFinishedUnsuccessfully } from "./task-finished-unsuccessfully.js";
export { taskFinishedWithJsonOutput } from "./task-finished-with-json-output.js";
export { taskFinishedWithoutIsSuccess } from "./task-finished-without-is-success.js";
export { taskPaused } from "./task-paused.js";
export { taskStarted } from "./task-started.js";
export { taskStopped } from "./task-stopped.js";
