import {
  ConcurrencyLimitError,
  RateLimitError,
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskListOperation,
  type TaskListPage,
  type TaskStatusOperation,
  type TaskStopOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { components, operations } from "../generated/browser-use-v4.js";
import type { BrowserUseV4Client } from "./create-browser-use-v4-client.js";
import { createRunReader } from "./read-run.js";
import type {
  BrowserUseV4CreateRunRequest,
  BrowserUseV4Run,
  BrowserUseV4RunStatus,
  BrowserUseV4Task,
} from "./task-types.js";

/** What `POST /runs` answers: the new run's `id`, `status`, `model`, `sessionId`, `workspaceId` and `eventsUrl`. */
export type BrowserUseV4RunCreated = components["schemas"]["RunCreateResponse"];
/** One page of `GET /runs`: `runs` (each a `RunSummary`), `nextCursor` and `hasMore`. */
export type BrowserUseV4RunListPage = components["schemas"]["RunListResponse"];
/** One page of `GET /runs/{run_id}/events`: `events`, `nextAfter` and `hasMore`. */
export type BrowserUseV4RunEventsPage = components["schemas"]["RunEventsResponse"];
/** What `GET /runs/{run_id}/attachments` answers: the files attached to the run (`id`, `name`, `contentType`, ...). */
export type BrowserUseV4RunAttachments = components["schemas"]["RunAttachmentsResponse"];
/**
 * The query of the adapter's `list`: `GET /runs`'s `sessionId` filter and `limit` (runs per page; the API's default
 * is 50). The adapter sets the keyset `cursor` itself.
 */
export type BrowserUseV4ListQuery = Omit<
  NonNullable<operations["list_runs_runs_get"]["parameters"]["query"]>,
  "cursor"
>;
/** The query of the adapter's `events`: `after` (the highest event id already read; 0 by default) and `limit`. */
export type BrowserUseV4EventsQuery = NonNullable<
  operations["get_run_events_runs__run_id__events_get"]["parameters"]["query"]
>;

/**
 * A Browser Use API v4 run adapter: `start`, `get` (the run and its events), `status`, `stop`, `list`, and `events`
 * (one page of a run's events feed). Refs are run id strings, as the task fetcher takes. There is no pause or resume
 * (the API has neither), no `withOutputSchema` (`RunCreateRequest` has no structured-output field) and no
 * `withClientKey` (runs carry no metadata a list could be searched by), so none of those compiles.
 */
export interface BrowserUseV4Adapter
  extends TaskAdapter<"browser-use-v4", string, BrowserUseV4Task, BrowserUseV4CreateRunRequest>,
    TaskStatusOperation<string>,
    TaskStopOperation<string>,
    TaskListOperation<BrowserUseV4ListQuery, BrowserUseV4Run, BrowserUseV4RunListPage> {
  /**
   * `POST /runs`: resolves the new run's id and the start response. Sent once, never again after it may have
   * arrived. A 429 "Too many concurrent active sessions" rejects with `ConcurrencyLimitError`: a run starts a browser
   * session, and the project's concurrent sessions are one limit for v2 and v4 alike; the v4 spec gives that refusal
   * (`TooManyConcurrentActiveSessionsError`) for `POST /browsers` and declares no 429 for `POST /runs`, so any other
   * 429 stays a `RateLimitError`. The 409 "The session already has an active run" concerns the one session the
   * request named, not the plan's capacity: it stays a `ConflictError`.
   */
  start(
    input: BrowserUseV4CreateRunRequest,
    options?: TaskCallOptions,
  ): Promise<StartedTask<string, BrowserUseV4RunCreated>>;
  /**
   * `GET /runs/{run_id}`, then the run's events from the highest event id this adapter read before (the same reader
   * as `createBrowserUseV4TaskFetcher`'s): resolves `{ run, events }`, every event so far, each downloaded once.
   */
  get(runId: string, options?: TaskCallOptions): Promise<BrowserUseV4Task>;
  /** `GET /runs/{run_id}/status`: the run's status alone, the poll the API recommends until a run is terminal. */
  status(runId: string, options?: TaskCallOptions): Promise<BrowserUseV4RunStatus>;
  /** `POST /runs/{run_id}/cancel`. Idempotent: a run already terminal is left as it is. */
  stop(runId: string, options?: TaskCallOptions): Promise<void>;
  /**
   * `GET /runs`, page after page, each fetched only when the one before was consumed, following `nextCursor` while
   * `hasMore`. Items are bare `RunSummary`s (no events).
   */
  list(
    query?: BrowserUseV4ListQuery,
    options?: TaskCallOptions,
  ): AsyncIterable<TaskListPage<BrowserUseV4Run, BrowserUseV4RunListPage>>;
  /** `GET /runs/{run_id}/events`: one page of the run's events after `query.after`, as the API sends it. */
  events(runId: string, query?: BrowserUseV4EventsQuery, options?: TaskCallOptions): Promise<BrowserUseV4RunEventsPage>;
  /** `GET /runs/{run_id}/attachments`: the files attached to the run, as the API sends them. */
  attachments(runId: string, options?: TaskCallOptions): Promise<BrowserUseV4RunAttachments>;
}

/**
 * Whether a 429 is Browser Use's "Too many concurrent active sessions" (`TooManyConcurrentActiveSessionsError`, whose
 * `detail` the v4 spec gives), rather than a limit on the rate of requests.
 */
function isConcurrencyRefusal(error: RateLimitError): boolean {
  const detail = (error.body as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" && /too many concurrent active sessions/i.test(detail);
}

/**
 * A run adapter over `client`, for `startTask`, `runTask`, `waitForTask`, `stopTask` and `listTasks` from
 * `@agent-tasks/normalize`. Its start input is the spec's `RunCreateRequest` (`BrowserUseV4CreateRunRequest`).
 */
export function createBrowserUseV4Adapter(client: BrowserUseV4Client): BrowserUseV4Adapter {
  const pathOf = (runId: string) => ({ path: { run_id: requireTaskId("browser-use-v4", "runId", runId) } });
  const get = createRunReader(client);

  async function* list(
    query: BrowserUseV4ListQuery = {},
    { signal }: TaskCallOptions = {},
  ): AsyncGenerator<TaskListPage<BrowserUseV4Run, BrowserUseV4RunListPage>> {
    let cursor: string | undefined;
    for (;;) {
      const page = await unwrap(
        client.GET("/runs", { params: { query: cursor === undefined ? query : { ...query, cursor } }, signal }),
      );
      yield { items: page.runs, page };
      const next = page.nextCursor;
      // A cursor that is missing, or that the page was read with, leads nowhere new: the list ends here.
      if (page.hasMore !== true || page.runs.length === 0 || !next || next === cursor) return;
      cursor = next;
    }
  }

  return {
    source: "browser-use-v4",
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      try {
        const response = await unwrap(client.POST("/runs", { body: input, signal }));
        return { ref: response.id, response };
      } catch (error) {
        if (error instanceof RateLimitError && isConcurrencyRefusal(error)) {
          throw ConcurrencyLimitError.fromRateLimit(error);
        }
        throw error;
      }
    },
    status: async (runId, { signal } = {}) => {
      const { status } = await unwrap(client.GET("/runs/{run_id}/status", { params: pathOf(runId), signal }));
      return status;
    },
    stop: async (runId, { signal } = {}) => {
      await unwrap(client.POST("/runs/{run_id}/cancel", { params: pathOf(runId), signal }));
    },
    list,
    events: async (runId, query = {}, { signal } = {}) =>
      unwrap(client.GET("/runs/{run_id}/events", { params: { ...pathOf(runId), query }, signal })),
    attachments: async (runId, { signal } = {}) =>
      unwrap(client.GET("/runs/{run_id}/attachments", { params: pathOf(runId), signal })),
  };
}
