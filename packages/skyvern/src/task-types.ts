// The run types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/skyvern.js";

/** A task run as `GET /v1/runs/{run_id}` and `POST /v1/run/tasks` return it (`TaskRunResponse`). */
export type SkyvernTaskRun = components["schemas"]["TaskRunResponse"];
/** A workflow run, which `GET /v1/runs/{run_id}` returns for a `wr_` id (`WorkflowRunResponse`). */
export type SkyvernWorkflowRun = components["schemas"]["WorkflowRunResponse"];
/** What `GET /v1/runs/{run_id}` returns: a task run or a workflow run, told apart by `run_type`. */
export type SkyvernRun = SkyvernTaskRun | SkyvernWorkflowRun;
/** The run's `status` enum (`RunStatus`). */
export type SkyvernRunStatus = components["schemas"]["RunStatus"];
/** One item of `GET /v1/runs` (`TaskRunListItem`): a lightweight run-history row. */
export type SkyvernRunListItem = components["schemas"]["TaskRunListItem"];
/** The start request body of `POST /v1/run/tasks` (`TaskRunRequest`): `prompt` is required. */
export type SkyvernTaskRunRequest = components["schemas"]["TaskRunRequest-Input"];
/** One entry of `GET /v1/runs/{run_id}/timeline` (a block or a thought, with children). */
export type SkyvernTimelineEntry = components["schemas"]["WorkflowRunTimeline"];
/** One item of `GET /v1/runs/{run_id}/artifacts`. */
export type SkyvernArtifact = components["schemas"]["Artifact"];

/**
 * What `AgentTask<"skyvern">#raw` holds: a task or workflow run as `GET /v1/runs/{run_id}` (or a webhook) sends it,
 * or a `GET /v1/runs` item (`listTasks` normalizes those).
 */
export type SkyvernRawTask = SkyvernRun | SkyvernRunListItem;

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"skyvern">#raw` is typed wherever this package is installed: a run as read, or a list item.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    skyvern: SkyvernRawTask;
  }
}
