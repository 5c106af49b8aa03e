import {
  ConcurrencyLimitError,
  RateLimitError,
  type StartedTask,
  type TaskAdapter,
  type TaskCallOptions,
  type TaskClientKeyOperation,
  type TaskListOperation,
  type TaskListPage,
  type TaskOutputSchemaOperation,
  type TaskStatusOperation,
  type TaskStopOperation,
  unwrap,
} from "@agent-tasks/core";
import { requireTaskId } from "@agent-tasks/core/internal";
import type { BrowserUseClient } from "./create-browser-use-client.js";
import type { components, operations } from "./generated/browser-use.js";
import type {
  BrowserUseCreateTaskRequest,
  BrowserUseTask,
  BrowserUseTaskItem,
  BrowserUseTaskStatus,
} from "./task-types.js";

/** What `POST /tasks` answers (202): the new task's `id` and the `sessionId` it runs in. */
export type BrowserUseTaskCreated = components["schemas"]["TaskCreatedResponse"];
/** One page of `GET /tasks`: `items`, `totalItems`, `pageNumber`, `pageSize`. */
export type BrowserUseTaskListPage = components["schemas"]["TaskListResponse"];
/**
 * The query of the adapter's `list`: `GET /tasks`'s filters (`sessionId`, `filterBy`, `after`, `before`) and
 * `pageSize` (1 to 100, default 100 here). The adapter sets `pageNumber` itself.
 */
export type BrowserUseListQuery = Omit<
  NonNullable<operations["list_tasks_tasks_get"]["parameters"]["query"]>,
  "pageNumber"
>;

/** The `metadata` entry `withClientKey` adds to a start request, and `findByClientKey` looks for. */
export const BROWSER_USE_CLIENT_KEY_FIELD = "agentTasksClientKey";

/** `GET /tasks` pages hold at most this many tasks (the spec's maximum). */
const MAX_PAGE_SIZE = 100;
/** How far back `findByClientKey` looks: a start that failed moments ago created its task (if at all) just now. */
const CLIENT_KEY_LOOKBACK_MS = 900_000; // 15 minutes
/** The most pages `findByClientKey` reads (1,000 tasks created in the lookback window). */
const CLIENT_KEY_LOOKUP_PAGES = 10;

/**
 * A Browser Use (Cloud API v2) task adapter: `start`, `get`, `status`, `stop`, `list`, `withOutputSchema` and
 * `withClientKey`/`findByClientKey`. Today's API stops a task with `PATCH /tasks/{id}` but offers no pause or resume
 * (`TaskUpdateAction` is `stop` or `stop_task_and_session`), so the adapter has neither. Refs are task id strings,
 * as the task fetcher takes.
 */
export interface BrowserUseAdapter
  extends TaskAdapter<"browser-use", string, BrowserUseTask, BrowserUseCreateTaskRequest>,
    TaskStatusOperation<string>,
    TaskStopOperation<string>,
    TaskListOperation<BrowserUseListQuery, BrowserUseTaskItem, BrowserUseTaskListPage>,
    TaskOutputSchemaOperation<BrowserUseCreateTaskRequest>,
    TaskClientKeyOperation<string, BrowserUseCreateTaskRequest> {
  /**
   * `POST /tasks`: resolves the new task's id and the start response (`sessionId`). Sent once, never again after it
   * may have arrived. A 429 "Too many concurrent active sessions" rejects with `ConcurrencyLimitError`.
   */
  start(
    input: BrowserUseCreateTaskRequest,
    options?: TaskCallOptions,
  ): Promise<StartedTask<string, BrowserUseTaskCreated>>;
  /** `GET /tasks/{task_id}/status`: the status as Browser Use spells it, without steps. */
  status(taskId: string, options?: TaskCallOptions): Promise<BrowserUseTaskStatus>;
  /** `PATCH /tasks/{task_id}` with `{"action": "stop"}`. */
  stop(taskId: string, options?: TaskCallOptions): Promise<void>;
  /**
   * `GET /tasks`, page after page (`pageNumber` 1, 2...), each fetched only when the one before was consumed, until
   * a page is short or `totalItems` is reached. Items are summaries (`TaskItemView`: no steps), `metadata` included.
   */
  list(
    query?: BrowserUseListQuery,
    options?: TaskCallOptions,
  ): AsyncIterable<TaskListPage<BrowserUseTaskItem, BrowserUseTaskListPage>>;
  /** `input` with `structuredOutput` set to the JSON Schema, stringified (the API takes it as a string). */
  withOutputSchema(
    input: BrowserUseCreateTaskRequest,
    jsonSchema: Record<string, unknown>,
  ): BrowserUseCreateTaskRequest;
  /**
   * `input` with `metadata.agentTasksClientKey` set to `clientKey`, next to the caller's own metadata. Browser Use
   * takes up to 10 metadata pairs, so the caller's own metadata can hold 9.
   */
  withClientKey(input: BrowserUseCreateTaskRequest, clientKey: string): BrowserUseCreateTaskRequest;
  /**
   * The id of the task tagged with `clientKey`, or `null`. Browser Use cannot filter by metadata, but `GET /tasks`
   * items carry it, and it filters by creation time: this reads the tasks created in the last
   * `CLIENT_KEY_LOOKBACK_MS` (15 minutes, so a client clock that is minutes off still finds it; `startTask` looks
   * up right after the start failed), 100 at a time, and stops at the first match: no per-task reads, and at most
   * `CLIENT_KEY_LOOKUP_PAGES` (10) requests however long the account's history is.
   */
  findByClientKey(clientKey: string, options?: TaskCallOptions): Promise<string | null>;
}

/** Whether a 429 is Browser Use's "Too many concurrent active sessions" (`TooManyConcurrentActiveSessionsError`). */
function isConcurrencyRefusal(error: RateLimitError): boolean {
  const detail = (error.body as { detail?: unknown } | null)?.detail;
  return typeof detail === "string" && /too many concurrent active sessions/i.test(detail);
}

/**
 * A task adapter over `client`, for `startTask`, `runTask`, `waitForTask`, `stopTask` and `listTasks` from
 * `@agent-tasks/normalize`. Its start input is the spec's `CreateTaskRequest` (`BrowserUseCreateTaskRequest`).
 */
export function createBrowserUseAdapter(client: BrowserUseClient): BrowserUseAdapter {
  const pathOf = (taskId: string) => ({ path: { task_id: requireTaskId("browser-use", "taskId", taskId) } });
  const get = async (taskId: string, { signal }: TaskCallOptions = {}): Promise<BrowserUseTask> =>
    unwrap(client.GET("/tasks/{task_id}", { params: pathOf(taskId), signal }));

  async function* list(
    query: BrowserUseListQuery = {},
    { signal }: TaskCallOptions = {},
  ): AsyncGenerator<TaskListPage<BrowserUseTaskItem, BrowserUseTaskListPage>> {
    const pageSize = query.pageSize ?? MAX_PAGE_SIZE;
    for (let pageNumber = 1; ; pageNumber++) {
      const page = await unwrap(
        client.GET("/tasks", { params: { query: { ...query, pageSize, pageNumber } }, signal }),
      );
      const items = page.items ?? [];
      yield { items, page };
      const size = page.pageSize || pageSize;
      if (items.length === 0 || items.length < size || pageNumber * size >= page.totalItems) return;
    }
  }

  return {
    source: "browser-use",
    fetchTask: get,
    get,
    start: async (input, { signal } = {}) => {
      try {
        const response = await unwrap(client.POST("/tasks", { body: input, signal }));
        return { ref: response.id, response };
      } catch (error) {
        if (error instanceof RateLimitError && isConcurrencyRefusal(error)) {
          throw ConcurrencyLimitError.fromRateLimit(error);
        }
        throw error;
      }
    },
    status: async (taskId, { signal } = {}) => {
      const { status } = await unwrap(client.GET("/tasks/{task_id}/status", { params: pathOf(taskId), signal }));
      return status;
    },
    stop: async (taskId, { signal } = {}) => {
      await unwrap(
        client.PATCH("/tasks/{task_id}", { params: pathOf(taskId), body: { action: "stop" }, parseAs: "text", signal }),
      );
    },
    list,
    withOutputSchema: (input, jsonSchema) => ({ ...input, structuredOutput: JSON.stringify(jsonSchema) }),
    withClientKey: (input, clientKey) => ({
      ...input,
      metadata: { ...input.metadata, [BROWSER_USE_CLIENT_KEY_FIELD]: clientKey },
    }),
    findByClientKey: async (clientKey, options = {}) => {
      const after = new Date(Date.now() - CLIENT_KEY_LOOKBACK_MS).toISOString();
      let pages = 0;
      for await (const { items } of list({ pageSize: MAX_PAGE_SIZE, after }, options)) {
        const match = items.find((item) => item.metadata?.[BROWSER_USE_CLIENT_KEY_FIELD] === clientKey);
        if (match !== undefined) return match.id;
        if (++pages >= CLIENT_KEY_LOOKUP_PAGES) break;
      }
      return null;
    },
  };
}
