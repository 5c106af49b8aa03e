/**
 * `@agent-tasks/normalize/browser-use`: the Browser Use (Cloud API v2) mapper, and the lifecycle functions of
 * `@agent-tasks/normalize` bound to it, for `createBrowserUseTaskFetcher` and `createBrowserUseAdapter` of
 * `@agent-tasks/browser-use`. They behave as the main entry point's, but carry only this provider's mapper: a bundle
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
import { browserUseTaskMapper } from "./providers/browser-use.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "./providers/browser-use.js";

const mappers: TaskMappers = { "browser-use": browserUseTaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) task fetchers and adapters only. */
export const getTask: GetTaskFor<"browser-use"> = (fetcher, ref, options) =>
  getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"browser-use"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"browser-use"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) adapters only. */
export const runTask: RunTaskFor<"browser-use"> = (adapter, input, options) =>
  runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) adapters only. */
export const startTask: StartTaskFor<"browser-use"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);

/** `stopTask` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) adapters only. */
export const stopTask: StopTaskFor<"browser-use"> = (adapter, ref, options) =>
  stopTaskWith(mappers, adapter, ref, options);

/** `listTasks` of `@agent-tasks/normalize`, for Browser Use (Cloud API v2) adapters only. */
export const listTasks: ListTasksFor<"browser-use"> = (adapter, query, options) =>
  listTasksWith(mappers, adapter, query, options);
