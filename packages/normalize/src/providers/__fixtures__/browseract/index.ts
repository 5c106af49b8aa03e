export { taskCanceled } from "./task-canceled.js";
export { taskCreated } from "./task-created.js";
export { taskFailedWithFailureInfo } from "./task-failed-with-failure-info.js";
export { taskFinishedWithJsonOutput } from "./task-finished-with-json-output.js";
export { taskPaused } from "./task-paused.js";
export { taskPausing } from "./task-pausing.js";
export { taskRunning } from "./task-running.js";
export { taskRunningWithDeprecatedLiveUrl } from "./task-running-with-deprecated-live-url.js";
