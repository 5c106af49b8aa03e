import {
  AgentTasksError,
  ApiError,
  ConflictError,
  type TaskFetcher,
  type TaskStopOperation,
  UserAbortError,
} from "@agent-tasks/core";
import { getTaskWith } from "../get-task.js";
import type { TaskMappers } from "../mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import type { AnyTaskAdapter, TaskAdapterRef, TaskAdapterSource } from "./adapter-types.js";
import { WaitTimeoutError } from "./errors.js";
import { pollTask } from "./poll-task.js";
import { mapperFor } from "./task-mappers.js";
import { releaseTaskSlot, type TaskSlots } from "./task-slots.js";
import { untilCallerAborts } from "./until-aborted.js";
import { checkWaitOptions } from "./wait-options.js";

/** Options of `stopTask`; every one is optional. */
export interface StopTaskOptions {
  /** Aborts the stop request or the wait after it; the call rejects with `UserAbortError`/`TaskAbortedError`. */
  signal?: AbortSignal | undefined;
  /** How long to wait, after the stop was accepted, for the task to be seen terminal. Default 30,000 ms. */
  timeoutMs?: number;
  /** First pause between reads. Default 1,000 ms. */
  intervalMs?: number;
  /** Longest pause between reads. Default 5,000 ms. */
  maxIntervalMs?: number;
  /** The task slots the task was started with: its slot is freed once the stop was accepted or the task is seen ended. */
  slots?: TaskSlots | undefined;
}

/** `stopTask`'s default wait for the task to be seen terminal after the stop was accepted. */
export const STOP_TASK_TIMEOUT_MS = 30_000;

/**
 * Statuses a provider answers a stop with when the task has already finished (or is finishing): 400, 404, 409, 422
 * and other 4xx, but not 401/403 (the key), 408 or 429 (try again).
 */
function mayMeanAlreadyFinished(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status !== null &&
    error.status >= 400 &&
    error.status < 500 &&
    ![401, 403, 408, 429].includes(error.status)
  );
}

/** The type of `stopTask` for the adapters of `Sources` (see `GetTaskFor`). */
export type StopTaskFor<Sources extends AgentTaskSource> = <
  Adapter extends AnyTaskAdapter & { readonly source: Sources } & TaskStopOperation<TaskAdapterRef<Adapter>>,
>(
  adapter: Adapter,
  ref: TaskAdapterRef<Adapter>,
  options?: StopTaskOptions,
) => Promise<AgentTask<TaskAdapterSource<Adapter>>>;

/** `stopTask`, normalizing with `mappers` (every source's, or one provider's). */
export async function stopTaskWith<Adapter extends AnyTaskAdapter & TaskStopOperation<TaskAdapterRef<Adapter>>>(
  mappers: TaskMappers,
  adapter: Adapter,
  ref: TaskAdapterRef<Adapter>,
  options: StopTaskOptions = {},
): Promise<AgentTask<TaskAdapterSource<Adapter>>> {
  type Source = TaskAdapterSource<Adapter>;
  type Ref = TaskAdapterRef<Adapter>;
  const fetcher = adapter as unknown as TaskFetcher<Source, Ref, unknown>;
  const mapper = mapperFor("stopTask", mappers, fetcher);
  if (typeof (adapter as Partial<TaskStopOperation<Ref>>).stop !== "function") {
    throw new AgentTasksError(`stopTask: the ${adapter.source} adapter has no \`stop\` operation`);
  }
  const settings = checkWaitOptions("stopTask", options, { timeoutMs: STOP_TASK_TIMEOUT_MS });
  const { signal, slots } = options;

  if (signal?.aborted) {
    throw new UserAbortError("stopTask: the stop was aborted by the caller", {
      provider: adapter.source,
      cause: signal.reason,
    });
  }
  // A 409 on a task that is still running: the provider is most likely stopping it already (a second stopTask),
  // so the task is followed to its end as after an accepted stop, and the 409 is rethrown only if it never ends.
  let conflict: unknown = null;
  try {
    await untilCallerAborts(adapter.stop(ref, { signal }), signal, adapter.source, "stopTask: the stop request");
  } catch (stopError) {
    if (!mayMeanAlreadyFinished(stopError)) throw stopError;
    let task: AgentTask<Source>;
    try {
      task = await getTaskWith(mappers, fetcher, ref, { signal });
    } catch {
      throw stopError;
    }
    if (!task.isTerminal) {
      if (!(stopError instanceof ConflictError)) throw stopError;
      conflict = stopError;
    } else {
      releaseTaskSlot(slots, ref);
      return task;
    }
  }

  let ended = false;
  try {
    let last: AgentTask<Source> | null = null;
    for await (const task of pollTask<Source, Ref>({
      caller: "stopTask",
      fetcher,
      mapper,
      ref,
      settings,
      signal,
      followSteps: false,
      apiReached: true, // the stop was answered
    })) {
      last = task;
      ended = task.isTerminal;
      if (task.isTerminal) break;
    }
    if (last === null) throw new Error("stopTask: the poll loop ended without a task");
    return last;
  } catch (error) {
    if (conflict !== null) throw conflict;
    if (error instanceof WaitTimeoutError && error.lastTask !== null) return error.lastTask as AgentTask<Source>;
    throw error;
  } finally {
    // An accepted stop means the task is ending, so its slot is free either way; after a 409, only once it ended.
    if (conflict === null || ended) releaseTaskSlot(slots, ref);
  }
}
