// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/hyperbrowser.js";

/** A HyperAgent task as `GET /api/task/hyper-agent/{id}` returns it. */
export type HyperAgentTask = components["schemas"]["HyperAgentTaskResponse"];
/** The task's `status` enum. */
export type HyperAgentTaskStatus = components["schemas"]["JobStatus"];
/** One item of `data.steps`; the spec leaves it untyped. */
export type HyperAgentTaskStep = NonNullable<NonNullable<HyperAgentTask["data"]>["steps"]>[number];
/** Body of the 404 and 500 responses. */
export type HyperbrowserErrorResponse = components["schemas"]["ErrorResponse"];

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"hyperbrowser">#raw` is typed wherever this package is installed, and normalize needs no provider.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    hyperbrowser: HyperAgentTask;
  }
}
