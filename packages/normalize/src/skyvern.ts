/**
 * `@agent-tasks/normalize/skyvern`: the Skyvern mapper, and the lifecycle functions of
 * `@agent-tasks/normalize` bound to it, for `createSkyvernTaskFetcher` and `createSkyvernAdapter` of
 * `@agent-tasks/skyvern`. They behave as the main entry point's, but carry only this provider's mapper: a bundle
 * of `getTask` + `waitForTask` from here holds no other provider's code. Given another provider's fetcher or
 * adapter, each throws (or rejects with) `TaskSourceMismatchError` before sending anything.
 *
 * @module
 */

import { type GetTaskFor, getTaskWith } from "./get-task.js";
import { type ListTasksFor, listTasksWith } from "./lifecycle/list-tasks.js";
import { type RunTaskFor, runTaskWith } from "./lifecycle/run-task.js";
import { type StartTaskFor, startTaskWith } from "./lifecycle/start-task.js";
import { type StopTaskFor, stopTaskWith } from "./lifecycle/stop-task.js";
import { type WatchTaskFor, watchTaskWith } from "./lifecycle/watch-task.js";
import type { TaskMappers } from "./mapping/task-mapper.js";
import { skyvernTaskMapper } from "./providers/skyvern.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapSkyvernTaskStatus, normalizeSkyvernTask } from "./providers/skyvern.js";

const mappers: TaskMappers = { skyvern: skyvernTaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Skyvern task fetchers and adapters only. */
export const getTask: GetTaskFor<"skyvern"> = (fetcher, ref, options) => getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Skyvern task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"skyvern"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Skyvern task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"skyvern"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for Skyvern adapters only. */
export const runTask: RunTaskFor<"skyvern"> = (adapter, input, options) =>
  runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for Skyvern adapters only. */
export const startTask: StartTaskFor<"skyvern"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);

/** `stopTask` of `@agent-tasks/normalize`, for Skyvern adapters only. */
export const stopTask: StopTaskFor<"skyvern"> = (adapter, ref, options) => stopTaskWith(mappers, adapter, ref, options);

/** `listTasks` of `@agent-tasks/normalize`, for Skyvern adapters only. */
export const listTasks: ListTasksFor<"skyvern"> = (adapter, query, options) =>
  listTasksWith(mappers, adapter, query, options);
