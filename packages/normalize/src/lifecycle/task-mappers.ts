import { AgentTasksError, type TaskFetcher } from "@agent-tasks/core";
import type { TaskMapper, TaskMappers } from "../mapping/task-mapper.js";
import { type AgentTaskSource, agentTaskSources } from "../model/agent-task.js";
import { TaskSourceMismatchError } from "./errors.js";

/** Throws a clear error when `fetcher` is not a task fetcher (e.g. a client was passed instead). */
export function assertTaskFetcher(caller: string, fetcher: unknown): asserts fetcher is TaskFetcher<AgentTaskSource> {
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

/**
 * The mapper of `fetcher`'s source among `mappers`, once `fetcher` is checked to be a task fetcher (or adapter):
 * throws `TaskSourceMismatchError` when `mappers` (a provider's entry point) has no row for that source.
 */
export function mapperFor<Source extends AgentTaskSource>(
  caller: string,
  mappers: TaskMappers,
  fetcher: TaskFetcher<Source, unknown, unknown>,
): TaskMapper<Source> {
  assertTaskFetcher(caller, fetcher);
  const mapper = mappers[fetcher.source] as TaskMapper<Source> | undefined;
  if (mapper === undefined) {
    throw new TaskSourceMismatchError(caller, Object.keys(mappers) as AgentTaskSource[], fetcher.source);
  }
  return mapper;
}
