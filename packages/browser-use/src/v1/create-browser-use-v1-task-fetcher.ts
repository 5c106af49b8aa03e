import { type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserUseV1Client } from "./create-browser-use-v1-client.js";
import type { BrowserUseV1Task } from "./task-types.js";

/**
 * Reads legacy v1 tasks by id.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export type BrowserUseV1TaskFetcher = TaskFetcher<"browser-use-v1", string, BrowserUseV1Task>;

/**
 * A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`.
 *
 * @deprecated Browser Use retired the v1 API: its routes answer 404 since August 2026
 * (browser-use/browser-use pull request 5578). Kept to read tasks stored from v1.
 */
export function createBrowserUseV1TaskFetcher(client: BrowserUseV1Client): BrowserUseV1TaskFetcher {
  return {
    source: "browser-use-v1",
    fetchTask: async (taskId, { signal } = {}) => {
      const task_id = requireTaskId("browser-use-v1", "taskId", taskId);
      return unwrap(client.GET("/api/v1/task/{task_id}", { params: { path: { task_id } }, signal }));
    },
  };
}
