import { type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { HyperbrowserClient } from "./create-hyperbrowser-client.js";
import type { HyperAgentTask } from "./task-types.js";

/** Reads HyperAgent tasks by `jobId`. */
export type HyperbrowserTaskFetcher = TaskFetcher<"hyperbrowser", string, HyperAgentTask>;

/** A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`. */
export function createHyperbrowserTaskFetcher(client: HyperbrowserClient): HyperbrowserTaskFetcher {
  return {
    source: "hyperbrowser",
    fetchTask: async (jobId, { signal } = {}) => {
      const id = requireTaskId("hyperbrowser", "jobId", jobId);
      return unwrap(client.GET("/api/task/hyper-agent/{id}", { params: { path: { id } }, signal }));
    },
  };
}
