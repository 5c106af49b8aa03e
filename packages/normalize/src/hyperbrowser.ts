/**
 * `@agent-tasks/normalize/hyperbrowser`: the Hyperbrowser mapper, and the lifecycle functions of
 * `@agent-tasks/normalize` bound to it, for `createHyperbrowserTaskFetcher` and `createHyperbrowserAdapter` of
 * `@agent-tasks/hyperbrowser`. They behave as the main entry point's, but carry only this provider's mapper: a
 * bundle of `getTask` + `waitForTask` from here holds no other provider's code. Given another provider's fetcher or
 * adapter, each throws (or rejects with) `TaskSourceMismatchError` before sending anything.
 *
 * @module
 */

import { type GetTaskFor, getTaskWith } from "./get-task.js";
import { type RunTaskFor, runTaskWith } from "./lifecycle/run-task.js";
import { type StartTaskFor, startTaskWith } from "./lifecycle/start-task.js";
import { type StopTaskFor, stopTaskWith } from "./lifecycle/stop-task.js";
import { type WatchTaskFor, watchTaskWith } from "./lifecycle/watch-task.js";
import type { TaskMappers } from "./mapping/task-mapper.js";
import { hyperbrowserTaskMapper } from "./providers/hyperbrowser.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapHyperbrowserTaskStatus, normalizeHyperbrowserTask } from "./providers/hyperbrowser.js";

const mappers: TaskMappers = { hyperbrowser: hyperbrowserTaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Hyperbrowser task fetchers and adapters only. */
export const getTask: GetTaskFor<"hyperbrowser"> = (fetcher, ref, options) =>
  getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Hyperbrowser task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"hyperbrowser"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Hyperbrowser task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"hyperbrowser"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for Hyperbrowser adapters only. */
export const runTask: RunTaskFor<"hyperbrowser"> = (adapter, input, options) =>
  runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for Hyperbrowser adapters only. */
export const startTask: StartTaskFor<"hyperbrowser"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);

/** `stopTask` of `@agent-tasks/normalize`, for Hyperbrowser adapters only. */
export const stopTask: StopTaskFor<"hyperbrowser"> = (adapter, ref, options) =>
  stopTaskWith(mappers, adapter, ref, options);
