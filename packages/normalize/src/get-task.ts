import type { TaskFetcher } from "@agent-tasks/core";
import { mapperFor } from "./lifecycle/task-mappers.js";
import { untilCallerAborts } from "./lifecycle/until-aborted.js";
import { normalizeWith, type TaskMappers } from "./mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "./model/agent-task.js";

/** Options of `getTask`. */
export interface GetTaskOptions {
  /** Aborts the request at once; the call rejects with `UserAbortError`. */
  signal?: AbortSignal | undefined;
}

/**
 * The type of `getTask` for the fetchers of `Sources`: every source from `@agent-tasks/normalize`, one from a
 * provider's entry point (`GetTaskFor<"dari">` from `@agent-tasks/normalize/dari`).
 */
export type GetTaskFor<Sources extends AgentTaskSource> = <Source extends Sources, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options?: GetTaskOptions,
) => Promise<AgentTask<Source>>;

/** `getTask`, normalizing with `mappers` (every source's, or one provider's). */
export async function getTaskWith<Source extends AgentTaskSource, Ref>(
  mappers: TaskMappers,
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: GetTaskOptions = {},
): Promise<AgentTask<Source>> {
  const mapper = mapperFor("getTask", mappers, fetcher);
  const { signal } = options;
  const rawTask = await untilCallerAborts(
    fetcher.fetchTask(ref, { signal }),
    signal,
    fetcher.source,
    "getTask: the read",
  );
  return normalizeWith(fetcher.source, mapper, rawTask);
}
