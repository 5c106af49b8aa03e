import type { components } from "./generated/dari.js";

export * from "@agent-tasks/core/public";
export { createDariClient, type DariClient, type DariClientOptions } from "./create-dari-client.js";
export { createDariTaskFetcher, type DariTaskFetcher, type DariTaskRef } from "./create-dari-task-fetcher.js";
export type { components, operations, paths } from "./generated/dari.js";
export { dariSpec } from "./generated/dari-spec.js";

/** A portal job (Dari calls tasks "jobs") as `GET /task/{org_id}/{endpoint_name}/status` returns it. */
export type DariTask = components["schemas"]["JobStatusResponse"];
/** The job's `status` enum. */
export type DariTaskStatus = components["schemas"]["JobStatus"];
/** One item of `events`. */
export type DariTaskEvent = components["schemas"]["JobEvent"];
// The Dari docs declare no error responses, so there is no error-body alias: openapi-fetch types `error` as
// `undefined`, yet a failed request still returns the body in `error` at run time (check `response.ok`).
