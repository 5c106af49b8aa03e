import {
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskListOperation,
  type TaskListPage,
  type TaskResumeOperation,
  type TaskStatusOperation,
  type TaskStopOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserActClient } from "./create-browseract-client.js";
import type { components, operations } from "./generated/browseract.js";
import type { BrowserActTask, BrowserActTaskStatus } from "./task-types.js";

/** The body of `POST /v2/workflow/run-task`: the `workflow_id` to run and its `input_parameters`. */
export type BrowserActRunTaskRequest = components["schemas"]["RunWorkflowTaskRequest"];
/** What `run-task` answers: the new task's `id` (and `profile_id` when `save_browser_data` was set). */
export type BrowserActTaskCreated = components["schemas"]["TaskCreatedResponse"];
/** One item of `GET /v2/workflow/list-tasks` (no steps). */
export type BrowserActTaskListItem = components["schemas"]["WorkflowTaskSimpleResponse"];
/** One page of `list-tasks`: `items`, `page`, `limit`, `total_pages`, `total_count`. */
export type BrowserActTaskListPage = components["schemas"]["PageRespWorkflowTaskSimpleResponse"];
/**
 * The query of the adapter's `list`: `list-tasks`'s filters (`status`, `workflow_id`) and `limit` (tasks per page,
 * up to 500; default 100 here). The adapter sets `page` itself.
 */
export type BrowserActListQuery = Omit<NonNullable<operations["pageTasks"]["parameters"]["query"]>, "page">;

const DEFAULT_PAGE_SIZE = 100;

/**
 * A BrowserAct task adapter: `start` (run-task), `get`, `status` (get-task-status), `stop` (stop-task), `resume`
 * (resume-task) and `list` (list-tasks). BrowserAct pauses tasks only on its own (a task can be `paused`) and has no
 * pause request, so the adapter has no `pause`. Refs are task id strings, as the task fetcher takes.
 */
export interface BrowserActAdapter
  extends TaskAdapter<"browseract", string, BrowserActTask, BrowserActRunTaskRequest>,
    TaskStatusOperation<string>,
    TaskStopOperation<string>,
    TaskResumeOperation<string>,
    TaskListOperation<BrowserActListQuery, BrowserActTaskListItem, BrowserActTaskListPage> {
  /** `POST /v2/workflow/run-task`: resolves the new task's id and the start response. Sent once. */
  start(
    input: BrowserActRunTaskRequest,
    options?: TaskCallOptions,
  ): Promise<StartedTask<string, BrowserActTaskCreated>>;
  /** `GET /v2/workflow/get-task-status`: the status as BrowserAct spells it. */
  status(taskId: string, options?: TaskCallOptions): Promise<BrowserActTaskStatus>;
  /** `PUT /v2/workflow/stop-task`: cancels the task (a canceled task cannot be resumed). */
  stop(taskId: string, options?: TaskCallOptions): Promise<void>;
  /** `PUT /v2/workflow/resume-task`: resumes a paused task. */
  resume(taskId: string, options?: TaskCallOptions): Promise<void>;
  /**
   * `GET /v2/workflow/list-tasks`, page after page (`page` 1, 2...), each fetched only when the one before was
   * consumed, until `total_pages` is reached or a page is short.
   */
  list(
    query?: BrowserActListQuery,
    options?: TaskCallOptions,
  ): AsyncIterable<TaskListPage<BrowserActTaskListItem, BrowserActTaskListPage>>;
}

/**
 * A task adapter over `client`, for `startTask`, `runTask`, `waitForTask`, `stopTask` and `listTasks` from
 * `@agent-tasks/normalize`. Its start input is the spec's `RunWorkflowTaskRequest`. BrowserAct's spec declares no
 * 429 for run-task, so a 429 stays a `RateLimitError`.
 */
export function createBrowserActAdapter(client: BrowserActClient): BrowserActAdapter {
  const queryOf = (taskId: string) => ({ query: { task_id: requireTaskId("browseract", "taskId", taskId) } });
  const get = async (taskId: string, { signal }: TaskCallOptions = {}): Promise<BrowserActTask> =>
    unwrap(client.GET("/v2/workflow/get-task", { params: queryOf(taskId), signal }));

  async function* list(
    query: BrowserActListQuery = {},
    { signal }: TaskCallOptions = {},
  ): AsyncGenerator<TaskListPage<BrowserActTaskListItem, BrowserActTaskListPage>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    for (let page = 1; ; page++) {
      const body = await unwrap(
        client.GET("/v2/workflow/list-tasks", { params: { query: { ...query, limit, page } }, signal }),
      );
      const items = body.items ?? [];
      yield { items, page: body };
      const short = items.length < (body.limit || limit);
      if (items.length === 0 || short || (body.total_pages !== undefined && page >= body.total_pages)) return;
    }
  }

  return {
    source: "browseract",
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      const response = await unwrap(client.POST("/v2/workflow/run-task", { body: input, signal }));
      return { ref: response.id, response };
    },
    status: async (taskId, { signal } = {}) => {
      const { status } = await unwrap(client.GET("/v2/workflow/get-task-status", { params: queryOf(taskId), signal }));
      return status;
    },
    // Both answer 200 with no body.
    stop: async (taskId, { signal } = {}) => {
      await unwrap(client.PUT("/v2/workflow/stop-task", { params: queryOf(taskId), parseAs: "text", signal }));
    },
    resume: async (taskId, { signal } = {}) => {
      await unwrap(client.PUT("/v2/workflow/resume-task", { params: queryOf(taskId), parseAs: "text", signal }));
    },
    list,
  };
}
