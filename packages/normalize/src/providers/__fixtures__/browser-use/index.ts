// Seed era: tasks stored before the API changed (`doneOutput`, `session`, `paused`).
export { specExampleTask } from "./spec-example.js";
export { taskFinishedUnsuccessfully } from "./task-finished-unsuccessfully.js";
export { taskFinishedWithJsonOutput } from "./task-finished-with-json-output.js";
export { taskFinishedWithoutIsSuccess } from "./task-finished-without-is-success.js";
// Today's API: an item of `GET /tasks` (`TaskItemView`).
export { taskItemFinished } from "./task-item-finished.js";
export { taskPaused } from "./task-paused.js";
export { taskStarted } from "./task-started.js";
export { taskStopped } from "./task-stopped.js";
// Today's API: `GET /tasks/{task_id}` (`TaskView`).
export { taskViewCreated } from "./task-view-created.js";
export { taskViewFailed } from "./task-view-failed.js";
export { taskViewFinishedWithJsonOutput } from "./task-view-finished-with-json-output.js";
export { taskViewStarted } from "./task-view-started.js";
export { taskViewStopped } from "./task-view-stopped.js";
