export { runCancelled } from "./run-cancelled.js";
export { runCompletedWithJsonResult } from "./run-completed-with-json-result.js";
export { runFailed } from "./run-failed.js";
export { runItemCompleted } from "./run-item-completed.js";
export { runQueued } from "./run-queued.js";
export { runRunningWithEvents } from "./run-running-with-events.js";
