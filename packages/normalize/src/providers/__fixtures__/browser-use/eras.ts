import {
  specExampleTask,
  taskFinishedUnsuccessfully,
  taskFinishedWithJsonOutput,
  taskFinishedWithoutIsSuccess,
  taskItemFinished,
  taskPaused,
  taskStarted,
  taskStopped,
  taskViewCreated,
  taskViewFailed,
  taskViewFinishedWithJsonOutput,
  taskViewStarted,
  taskViewStopped,
} from "./index.js";
import { taskStatusViewFinished } from "./status-view-finished.js";

// The Browser Use v2 fixtures by what they are, for the tests that treat the eras apart (fixtures.test.ts checks
// that the first three groups hold every fixture of ./index.ts, once).

/** Tasks stored before the API changed: checked against `BrowserUseSeedEraTask`, not today's spec. */
export const seedEraFixtures = {
  specExampleTask,
  taskFinishedUnsuccessfully,
  taskFinishedWithJsonOutput,
  taskFinishedWithoutIsSuccess,
  taskPaused,
  taskStarted,
  taskStopped,
};

/** Today's `GET /tasks/{task_id}` body (`TaskView`). */
export const taskViewFixtures = {
  taskViewCreated,
  taskViewFailed,
  taskViewFinishedWithJsonOutput,
  taskViewStarted,
  taskViewStopped,
};

/** Today's items of `GET /tasks` (`TaskItemView`). */
export const taskItemFixtures = { taskItemFinished };

/** Today's `GET /tasks/{task_id}/status` body (`TaskStatusView`); not in ./index.ts. */
export const taskStatusViewFixtures = { taskStatusViewFinished };
