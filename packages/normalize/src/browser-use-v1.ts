/**
 * `@agent-tasks/normalize/browser-use-v1`: the Browser Use v1 (the legacy API) mapper, and the lifecycle functions
 * of `@agent-tasks/normalize` bound to it, for `createBrowserUseV1TaskFetcher` of `@agent-tasks/browser-use/v1`.
 * They behave as the main entry point's, but carry only this provider's mapper: a bundle of `getTask` +
 * `waitForTask` from here holds no other provider's code. Given another provider's fetcher or adapter, each throws
 * (or rejects with) `TaskSourceMismatchError` before sending anything.
 *
 * @module
 */

import { type GetTaskFor, getTaskWith } from "./get-task.js";
import { type WatchTaskFor, watchTaskWith } from "./lifecycle/watch-task.js";
import type { TaskMappers } from "./mapping/task-mapper.js";
import { browserUseV1TaskMapper } from "./providers/browser-use-v1.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "./providers/browser-use-v1.js";

const mappers: TaskMappers = { "browser-use-v1": browserUseV1TaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Browser Use v1 (legacy API) task fetchers and adapters only. */
export const getTask: GetTaskFor<"browser-use-v1"> = (fetcher, ref, options) =>
  getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Browser Use v1 (legacy API) task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"browser-use-v1"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Browser Use v1 (legacy API) task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"browser-use-v1"> = (fetcher, ref, options) =>
  watchTaskWith(mappers, fetcher, ref, options);
