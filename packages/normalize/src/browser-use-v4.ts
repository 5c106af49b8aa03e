/**
 * `@agent-tasks/normalize/browser-use-v4`: the Browser Use v4 mapper, and the lifecycle functions of
 * `@agent-tasks/normalize` bound to it, for `createBrowserUseV4TaskFetcher` and `createBrowserUseV4Adapter` of
 * `@agent-tasks/browser-use/v4`. They behave as the main entry point's, but carry only this provider's mapper: a
 * bundle of `getTask` + `waitForTask` from here holds no other provider's code. Given another provider's fetcher or
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
import { browserUseV4TaskMapper } from "./providers/browser-use-v4.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapBrowserUseV4TaskStatus, normalizeBrowserUseV4Task } from "./providers/browser-use-v4.js";

const mappers: TaskMappers = { "browser-use-v4": browserUseV4TaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Browser Use v4 task fetchers and adapters only. */
export const getTask: GetTaskFor<"browser-use-v4"> = (fetcher, ref, options) =>
  getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Browser Use v4 task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"browser-use-v4"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Browser Use v4 task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"browser-use-v4"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for Browser Use v4 adapters only. */
export const runTask: RunTaskFor<"browser-use-v4"> = (adapter, input, options) =>
  runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for Browser Use v4 adapters only. */
export const startTask: StartTaskFor<"browser-use-v4"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);

/** `stopTask` of `@agent-tasks/normalize`, for Browser Use v4 adapters only. */
export const stopTask: StopTaskFor<"browser-use-v4"> = (adapter, ref, options) =>
  stopTaskWith(mappers, adapter, ref, options);

/** `listTasks` of `@agent-tasks/normalize`, for Browser Use v4 adapters only. */
export const listTasks: ListTasksFor<"browser-use-v4"> = (adapter, query, options) =>
  listTasksWith(mappers, adapter, query, options);
