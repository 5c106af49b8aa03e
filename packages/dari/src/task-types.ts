// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/dari.js";

/** A portal job (Dari calls tasks "jobs") as `GET /task/{org_id}/{endpoint_name}/status` returns it. */
export type DariTask = components["schemas"]["JobStatusResponse"];
/** The job's `status` enum. */
export type DariTaskStatus = components["schemas"]["JobStatus"];
/** One item of `events`. */
export type DariTaskEvent = components["schemas"]["JobEvent"];
// The Dari docs declare no error responses, so there is no error-body alias: openapi-fetch types `error` as
// `undefined`, yet a failed request still returns the body in `error` at run time (check `response.ok`).

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"dari">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    dari: DariTask;
  }
}
