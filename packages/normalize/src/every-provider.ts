// The lifecycle functions of the main entry point, `@agent-tasks/normalize`: they take a fetcher or adapter of any
// source and normalize with every source's mapper (`everyTaskMapper`). Each provider's entry point
// (`@agent-tasks/normalize/hyperbrowser`...) binds the same functions to its own mapper only.

import type { TaskFetcher, TaskListOperation, TaskStopOperation } from "@agent-tasks/core";
import { type GetTaskOptions, getTaskWith } from "./get-task.js";
import type {
  AnyTaskAdapter,
  TaskAdapterRef,
  TaskAdapterSource,
  TaskAdapterStartInput,
} from "./lifecycle/adapter-types.js";
import { type ListTasksOptions, listTasksWith, type TaskAdapterListQuery } from "./lifecycle/list-tasks.js";
import { type RunTaskInput, type RunTaskOptions, type RunTaskResult, runTaskWith } from "./lifecycle/run-task.js";
import { type StartTaskOptions, startTaskWith } from "./lifecycle/start-task.js";
import { type StopTaskOptions, stopTaskWith } from "./lifecycle/stop-task.js";
import type { TaskOutputSchema } from "./lifecycle/structured-output.js";
import { type WatchTaskOptions, watchTaskWith } from "./lifecycle/watch-task.js";
import type { AgentTask, AgentTaskSource } from "./model/agent-task.js";
import { everyTaskMapper } from "./normalize-task.js";
import { type WaitForTaskOptions, waitForTaskWith } from "./wait-for-task.js";

/** Fetches one task through `fetcher` and normalizes it. Rejects with the fetcher's typed error or `NormalizeError`. */
export function getTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: GetTaskOptions = {},
): Promise<AgentTask<Source>> {
  return getTaskWith(everyTaskMapper, fetcher, ref, options);
}

/**
 * Polls `fetcher` until the task is terminal (completed, failed or stopped) and resolves with it.
 * Pauses grow from `intervalMs` to `maxIntervalMs` with jitter and shrink again when the task changes;
 * transient errors are tolerated up to `maxConsecutiveErrors` in a row (the error after them says how many polls
 * failed over how long; a first poll that finds no server fails at once); the wait ends with `WaitTimeoutError`
 * after `timeoutMs`, or with `TaskAbortedError` (a `UserAbortError`) when `signal` aborts. Both hold even when the
 * fetcher ignores its signal, and no poll starts after the deadline.
 * A fetcher that also has a cheap `status` operation (a `TaskAdapter`) is polled through it while nothing
 * changes. With `slots`, the task's slot is freed when the wait ends, however it ends.
 */
export function waitForTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WaitForTaskOptions<Source> = {},
): Promise<AgentTask<Source>> {
  return waitForTaskWith(everyTaskMapper, fetcher, ref, options);
}

/**
 * Follows a task: yields it each time its status or steps change (the first read included); the last task
 * yielded is terminal. Polls as `waitForTask` does, with the same options (the `timeoutMs` clock starts at the
 * first iteration) and errors. Leaving the loop early (`break`, `return`, a throw) stops polling at once: no
 * request is sent after it. With `slots`, the task's slot is freed when the iteration ends, however it ends.
 */
export function watchTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WatchTaskOptions<Source> = {},
): AsyncIterable<AgentTask<Source>> {
  return watchTaskWith(everyTaskMapper, fetcher, ref, options);
}

/**
 * Starts a task and waits for it to finish: `startTask` then `waitForTask`, as one call. Resolves the terminal
 * task, completed, failed or stopped (a failed task resolves; look at `status`/`success`/`error`).
 *
 * - `schema` (in the input): removed before `adapter.start`; given to the adapter as JSON Schema when it takes one
 *   (`withOutputSchema`; a Standard Schema without Standard JSON Schema is then refused with
 *   `UnsupportedOutputSchemaError` before anything starts); a completed task's output is validated with it
 *   (`StructuredOutputError` on a mismatch) and `structuredOutput` is typed from it.
 * - On abort or timeout, one stop request is sent (unless `stopOnAbort: false` or the adapter has no `stop`),
 *   with its own short timeout, before rejecting with `TaskAbortedError` or `WaitTimeoutError`; both carry
 *   `ref`, `lastTask` and `stop` (the outcome). `timeoutMs` counts from the start; waiting for a slot is bounded
 *   by `signal` only.
 * - Without `onUpdate`, through an adapter with a cheap `status`: nothing is read at the start; the first poll, one
 *   interval later, reads the status, and the whole task is read when the status changes and at the end. A run
 *   aborted or timed out before any status change then carries `lastTask: null`.
 * - `slots`: a slot is taken before the start and freed when the run ends, however it ends.
 * - `clientKey`: as `startTask`'s.
 */
export function runTask<Adapter extends AnyTaskAdapter, Schema extends TaskOutputSchema | undefined = undefined>(
  adapter: Adapter,
  input: RunTaskInput<Adapter, Schema>,
  options: RunTaskOptions<Adapter> = {} as RunTaskOptions<Adapter>,
): Promise<RunTaskResult<TaskAdapterSource<Adapter>, Schema>> {
  return runTaskWith(everyTaskMapper, adapter, input, options);
}

/**
 * Starts one task through `adapter` and resolves its ref (what `waitForTask`, `watchTask`, `stopTask` take).
 * `adapter.start` is called exactly once and never sent again: a start is a paid run. With `clientKey` (adapters
 * with `withClientKey`/`findByClientKey` only), the task is tagged, and after a failure that may have reached the
 * provider (`ApiConnectionError` including `ApiTimeoutError`, `ServerError`, `InvalidResponseError`) it is looked
 * up once by that key: found, its ref resolves; not found, the call rejects with `StartOutcomeUnknownError`.
 * Other errors (`ConcurrencyLimitError`, `BadRequestError`...) are rethrown as they are.
 */
export function startTask<Adapter extends AnyTaskAdapter>(
  adapter: Adapter,
  input: TaskAdapterStartInput<Adapter>,
  options: StartTaskOptions<Adapter> = {} as StartTaskOptions<Adapter>,
): Promise<TaskAdapterRef<Adapter>> {
  return startTaskWith(everyTaskMapper, adapter, input, options);
}

/**
 * Stops a task and resolves with the task as last read: it sends `adapter.stop` once, then reads the task until it
 * is terminal, for up to `timeoutMs` (30 s; a task still stopping then resolves as last read). Only for adapters
 * with `stop`. Stopping a task that already finished, or stopping twice, is not an error: when the stop request is
 * refused with a 4xx such as 400/404/409/422, the task is read, and resolves if terminal. A 409 on a task still
 * running (the provider is already stopping it) is followed like an accepted stop, and rethrown only if the task
 * does not end within `timeoutMs`; any other refusal of a running task is rethrown at once.
 */
export function stopTask<Adapter extends AnyTaskAdapter & TaskStopOperation<TaskAdapterRef<Adapter>>>(
  adapter: Adapter,
  ref: TaskAdapterRef<Adapter>,
  options: StopTaskOptions = {},
): Promise<AgentTask<TaskAdapterSource<Adapter>>> {
  return stopTaskWith(everyTaskMapper, adapter, ref, options);
}

/**
 * Every task `adapter.list` returns, page after page, each normalized (`normalizeTask(adapter.source, item)`).
 * A page is fetched only when the tasks before it were consumed: `break` fetches no further page. Only for adapters
 * with `list`.
 */
export function listTasks<Adapter extends AnyTaskAdapter & TaskListOperation<TaskAdapterListQuery<Adapter>, unknown>>(
  adapter: Adapter,
  query?: TaskAdapterListQuery<Adapter>,
  options: ListTasksOptions = {},
): AsyncIterable<AgentTask<TaskAdapterSource<Adapter>>> {
  return listTasksWith(everyTaskMapper, adapter, query, options);
}
