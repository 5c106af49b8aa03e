import { type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserActClient } from "./create-browseract-client.js";
import type { BrowserActTask } from "./task-types.js";

/** Reads workflow tasks by id (a string: BrowserAct ids outgrow `Number.MAX_SAFE_INTEGER`). */
export type BrowserActTaskFetcher = TaskFetcher<"browseract", string, BrowserActTask>;

/** A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`. */
export function createBrowserActTaskFetcher(client: BrowserActClient): BrowserActTaskFetcher {
  return {
    source: "browseract",
    fetchTask: async (taskId, { signal } = {}) => {
      const task_id = requireTaskId("browseract", "taskId", taskId);
      return unwrap(client.GET("/v2/workflow/get-task", { params: { query: { task_id } }, signal }));
    },
  };
}
