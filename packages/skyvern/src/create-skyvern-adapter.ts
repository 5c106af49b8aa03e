import {
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskListOperation,
  type TaskListPage,
  type TaskOutputSchemaOperation,
  type TaskStopOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { SkyvernClient } from "./create-skyvern-client.js";
import type { operations } from "./generated/skyvern.js";
import type {
  SkyvernArtifact,
  SkyvernRun,
  SkyvernRunListItem,
  SkyvernTaskRun,
  SkyvernTaskRunRequest,
  SkyvernTimelineEntry,
} from "./task-types.js";

/**
 * The query of the adapter's `list`: `GET /v1/runs`'s filters (`status`, `run_type`, `search_key`) and `page_size`
 * (1 to 100, default 100 here). The adapter sets `page` itself.
 */
export type SkyvernListQuery = Omit<NonNullable<operations["get_runs_v2_v1_runs_get"]["parameters"]["query"]>, "page">;
/** The query of the adapter's `artifacts`: `artifact_type`, the types to keep (all when absent). */
export type SkyvernArtifactsQuery = NonNullable<
  operations["get_run_artifacts_v1_runs__run_id__artifacts_get"]["parameters"]["query"]
>;

/** `GET /v1/runs` pages hold at most this many runs (the spec's maximum `page_size`). */
const MAX_PAGE_SIZE = 100;
/** The highest `page` the spec allows. */
const MAX_PAGE = 100;

/**
 * A Skyvern task-run adapter: `start`, `get`, `stop`, `list`, `withOutputSchema`, and the reads `timeline` and
 * `artifacts`. Refs are run id strings (`tsk_…`; `get`, `stop`, `timeline` and `artifacts` take a workflow run's
 * `wr_…` too). There is no `status`: `GET /v1/runs/{run_id}` is the API's only read of a run, and `get` is it. There
 * is no pause or resume (the API has neither), and no `withClientKey`: `TaskRunRequest` has no metadata field that
 * `GET /v1/runs` would return (its items carry `title`, the caller's own label, and nothing else of the request).
 */
export interface SkyvernAdapter
  extends TaskAdapter<"skyvern", string, SkyvernRun, SkyvernTaskRunRequest>,
    TaskStopOperation<string>,
    TaskListOperation<SkyvernListQuery, SkyvernRunListItem, readonly SkyvernRunListItem[]>,
    TaskOutputSchemaOperation<SkyvernTaskRunRequest> {
  /**
   * `POST /v1/run/tasks`: resolves the new run's `run_id` and the run as the start answered it. Sent once, never
   * again after it may have arrived. The spec declares no 429, so a 429 stays a `RateLimitError`.
   */
  start(input: SkyvernTaskRunRequest, options?: TaskCallOptions): Promise<StartedTask<string, SkyvernTaskRun>>;
  /** `GET /v1/runs/{run_id}`: a task run, or a workflow run for a `wr_` id (told apart by `run_type`). */
  get(runId: string, options?: TaskCallOptions): Promise<SkyvernRun>;
  /** `POST /v1/runs/{run_id}/cancel`: cancels a task run or a workflow run. */
  stop(runId: string, options?: TaskCallOptions): Promise<void>;
  /**
   * `GET /v1/runs`, newest first, page after page (`page` 1, 2...), each fetched only when the one before was
   * consumed, until a page is short. The page body is the array of items itself. The spec caps `page` at 100, so
   * this reads at most the newest 10,000 runs (at the default `page_size` of 100).
   */
  list(
    query?: SkyvernListQuery,
    options?: TaskCallOptions,
  ): AsyncIterable<TaskListPage<SkyvernRunListItem, readonly SkyvernRunListItem[]>>;
  /** `input` with `data_extraction_schema` set to the JSON Schema (the API takes it as an object). */
  withOutputSchema(input: SkyvernTaskRunRequest, jsonSchema: Record<string, unknown>): SkyvernTaskRunRequest;
  /**
   * `GET /v1/runs/{run_id}/timeline`: the run's blocks and thoughts, nested (`children`). Skyvern keeps one for
   * workflow runs and `skyvern-2.0` task runs (`tsk_v2_…`); for other runs it answers 400 (`BadRequestError`).
   */
  timeline(runId: string, options?: TaskCallOptions): Promise<SkyvernTimelineEntry[]>;
  /** `GET /v1/runs/{run_id}/artifacts`: the run's recordings, screenshots, logs... (`signed_url` to download). */
  artifacts(runId: string, query?: SkyvernArtifactsQuery, options?: TaskCallOptions): Promise<SkyvernArtifact[]>;
}

/**
 * A task adapter over `client`, for `startTask`, `runTask`, `waitForTask`, `stopTask` and `listTasks` from
 * `@agent-tasks/normalize`. Its start input is the spec's `TaskRunRequest` (`SkyvernTaskRunRequest`).
 */
export function createSkyvernAdapter(client: SkyvernClient): SkyvernAdapter {
  const pathOf = (runId: string) => ({ path: { run_id: requireTaskId("skyvern", "runId", runId) } });
  const get = async (runId: string, { signal }: TaskCallOptions = {}): Promise<SkyvernRun> =>
    unwrap(client.GET("/v1/runs/{run_id}", { params: pathOf(runId), signal }));

  async function* list(
    query: SkyvernListQuery = {},
    { signal }: TaskCallOptions = {},
  ): AsyncGenerator<TaskListPage<SkyvernRunListItem, readonly SkyvernRunListItem[]>> {
    const page_size = query.page_size ?? MAX_PAGE_SIZE;
    for (let page = 1; page <= MAX_PAGE; page++) {
      const items = await unwrap(client.GET("/v1/runs", { params: { query: { ...query, page_size, page } }, signal }));
      yield { items, page: items };
      if (items.length < page_size) return;
    }
  }

  return {
    source: "skyvern",
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      const response = await unwrap(client.POST("/v1/run/tasks", { body: input, signal }));
      return { ref: response.run_id, response };
    },
    // Skyvern answers the cancel with JSON `null` (its handler returns nothing): read as text, whatever it is.
    stop: async (runId, { signal } = {}) => {
      await unwrap(client.POST("/v1/runs/{run_id}/cancel", { params: pathOf(runId), parseAs: "text", signal }));
    },
    list,
    withOutputSchema: (input, jsonSchema) => ({ ...input, data_extraction_schema: jsonSchema }),
    timeline: async (runId, { signal } = {}) =>
      unwrap(client.GET("/v1/runs/{run_id}/timeline", { params: pathOf(runId), signal })),
    artifacts: async (runId, query = {}, { signal } = {}) =>
      unwrap(client.GET("/v1/runs/{run_id}/artifacts", { params: { ...pathOf(runId), query }, signal })),
  };
}
