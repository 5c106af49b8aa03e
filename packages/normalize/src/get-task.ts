import { AgentTasksError, type TaskFetcher } from "@agent-tasks/core";
import { untilCallerAborts } from "./lifecycle/until-aborted.js";
import { type AgentTask, type AgentTaskSource, agentTaskSources } from "./model/agent-task.js";
import { normalizeTask } from "./normalize-task.js";

/** Options of `getTask`. */
export interface GetTaskOptions {
  /** Aborts the request at once; the call rejects with `UserAbortError`. */
  signal?: AbortSignal | undefined;
}

/** Throws a clear error when `fetcher` is not a task fetcher (e.g. a client was passed instead). */
export function assertTaskFetcher(caller: string, fetcher: unknown): asserts fetcher is TaskFetcher {
  const candidate = fetcher as Partial<TaskFetcher> | null;
  const valid =
    typeof candidate === "object" &&
    candidate !== null &&
    typeof candidate.fetchTask === "function" &&
    (agentTaskSources as readonly unknown[]).includes(candidate.source);
  if (!valid) {
    throw new AgentTasksError(
      `${caller}: expected a task fetcher { source, fetchTask } such as createHyperbrowserTaskFetcher(client), ` +
        `with source one of ${agentTaskSources.join(", ")}`,
    );
  }
}

/** Fetches one task through `fetcher` and normalizes it. Rejects with the fetcher's typed error or `NormalizeError`. */
export async function getTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: GetTaskOptions = {},
): Promise<AgentTask<Source>> {
  assertTaskFetcher("getTask", fetcher);
  const { signal } = options;
  const rawTask = await untilCallerAborts(
    fetcher.fetchTask(ref, { signal }),
    signal,
    fetcher.source,
    "getTask: the read",
  );
  return normalizeTask(fetcher.source, rawTask);
}
