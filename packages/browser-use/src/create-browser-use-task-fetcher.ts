import { type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserUseClient } from "./create-browser-use-client.js";
import type { BrowserUseTask } from "./task-types.js";

/** Reads Cloud API v2 tasks by id. */
export type BrowserUseTaskFetcher = TaskFetcher<"browser-use", string, BrowserUseTask>;

/** A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`. */
export function createBrowserUseTaskFetcher(client: BrowserUseClient): BrowserUseTaskFetcher {
  return {
    source: "browser-use",
    fetchTask: async (taskId, { signal } = {}) => {
      const task_id = requireTaskId("browser-use", "taskId", taskId);
      return unwrap(client.GET("/tasks/{task_id}", { params: { path: { task_id } }, signal }));
    },
  };
}
