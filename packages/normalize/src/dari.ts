/**
 * `@agent-tasks/normalize/dari`: the Dari mapper, and the lifecycle functions of `@agent-tasks/normalize` bound to
 * it, for `createDariTaskFetcher` and `createDariAdapter` of `@agent-tasks/dari`. They behave as the main entry
 * point's, but carry only this provider's mapper: a bundle of `getTask` + `waitForTask` from here holds no other
 * provider's code. Given another provider's fetcher or adapter, each throws (or rejects with)
 * `TaskSourceMismatchError` before sending anything.
 *
 * @module
 */

import { type GetTaskFor, getTaskWith } from "./get-task.js";
import { type RunTaskFor, runTaskWith } from "./lifecycle/run-task.js";
import { type StartTaskFor, startTaskWith } from "./lifecycle/start-task.js";
import { type WatchTaskFor, watchTaskWith } from "./lifecycle/watch-task.js";
import type { TaskMappers } from "./mapping/task-mapper.js";
import { dariTaskMapper } from "./providers/dari.js";
import { type WaitForTaskFor, waitForTaskWith } from "./wait-for-task.js";

export { mapDariTaskStatus, normalizeDariTask } from "./providers/dari.js";

const mappers: TaskMappers = { dari: dariTaskMapper };

/** `getTask` of `@agent-tasks/normalize`, for Dari task fetchers and adapters only. */
export const getTask: GetTaskFor<"dari"> = (fetcher, ref, options) => getTaskWith(mappers, fetcher, ref, options);

/** `waitForTask` of `@agent-tasks/normalize`, for Dari task fetchers and adapters only. */
export const waitForTask: WaitForTaskFor<"dari"> = (fetcher, ref, options) =>
  waitForTaskWith(mappers, fetcher, ref, options);

/** `watchTask` of `@agent-tasks/normalize`, for Dari task fetchers and adapters only. */
export const watchTask: WatchTaskFor<"dari"> = (fetcher, ref, options) => watchTaskWith(mappers, fetcher, ref, options);

/** `runTask` of `@agent-tasks/normalize`, for Dari adapters only. */
export const runTask: RunTaskFor<"dari"> = (adapter, input, options) => runTaskWith(mappers, adapter, input, options);

/** `startTask` of `@agent-tasks/normalize`, for Dari adapters only. */
export const startTask: StartTaskFor<"dari"> = (adapter, input, options) =>
  startTaskWith(mappers, adapter, input, options);
