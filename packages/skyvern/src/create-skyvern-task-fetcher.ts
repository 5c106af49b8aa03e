import { type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { SkyvernClient } from "./create-skyvern-client.js";
import type { SkyvernRun } from "./task-types.js";

/** Reads runs by id: task runs (`tsk_…`) and workflow runs (`wr_…`) alike. */
export type SkyvernTaskFetcher = TaskFetcher<"skyvern", string, SkyvernRun>;

/** A task fetcher over `client` (`GET /v1/runs/{run_id}`), for `getTask` and `waitForTask` from `@agent-tasks/normalize`. */
export function createSkyvernTaskFetcher(client: SkyvernClient): SkyvernTaskFetcher {
  return {
    source: "skyvern",
    fetchTask: async (runId, { signal } = {}) => {
      const run_id = requireTaskId("skyvern", "runId", runId);
      return unwrap(client.GET("/v1/runs/{run_id}", { params: { path: { run_id } }, signal }));
    },
  };
}
