/**
 * `@agent-tasks/normalize/browseract`: the BrowserAct mapper, and the lifecycle functions of
 * `@agent-tasks/normalize` bound to it, for `createBrowserActTaskFetcher` and `createBrowserActAdapter` of
 * `@agent-tasks/browseract`. They behave as the main entry point's, but carry only this provider's mapper: a bundle
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
import { browserActTaskMapper } from "./providers/browseract.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapBrowserActTaskStatus, normalizeBrowserActTask } from "./providers/browseract.js";

const mappers: TaskMappers = { browseract: browserActTaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for BrowserAct task fetchers and adapters only. */
export const getTask: GetTaskFor<"browseract"> = (fetcher, ref, options) => getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for BrowserAct task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"browseract"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for BrowserAct task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"browseract"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for BrowserAct adapters only. */
export const runTask: RunTaskFor<"browseract"> = (adapter, input, options) =>
  runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for BrowserAct adapters only. */
export const startTask: StartTaskFor<"browseract"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);

/** `stopTask` of `@agent-tasks/normalize`, for BrowserAct adapters only. */
export const stopTask: StopTaskFor<"browseract"> = (adapter, ref, options) =>
  stopTaskWith(mappers, adapter, ref, options);

/** `listTasks` of `@agent-tasks/normalize`, for BrowserAct adapters only. */
export const listTasks: ListTasksFor<"browseract"> = (adapter, query, options) =>
  listTasksWith(mappers, adapter, query, options);
