import { InvalidTaskRefError, type TaskFetcher, unwrap } from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { DariClient } from "./create-dari-client.js";
import type { DariTask } from "./task-types.js";

/** A Dari job lives under its organization and portal endpoint, so its reference names all three. */
export interface DariTaskRef {
  orgId: string;
  endpointName: string;
  jobId: string;
}

/** Reads portal jobs by `{ orgId, endpointName, jobId }`. */
export type DariTaskFetcher = TaskFetcher<"dari", DariTaskRef, DariTask>;

/** A task fetcher over `client`, for `getTask` and `waitForTask` from `@agent-tasks/normalize`. */
export function createDariTaskFetcher(client: DariClient): DariTaskFetcher {
  return {
    source: "dari",
    fetchTask: async (ref, { signal } = {}) => {
      if (typeof ref !== "object" || ref === null) {
        throw new InvalidTaskRefError("dari", "ref", "must be an object { orgId, endpointName, jobId }");
      }
      const path = {
        org_id: requireTaskId("dari", "orgId", ref.orgId),
        endpoint_name: requireTaskId("dari", "endpointName", ref.endpointName),
      };
      const query = { job_id: requireTaskId("dari", "jobId", ref.jobId) };
      return unwrap(client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path, query }, signal }));
    },
  };
}
