import type { TaskFetcher } from "@agent-tasks/core";
import { pollTask } from "./lifecycle/poll-task.js";
import { mapperFor } from "./lifecycle/task-mappers.js";
import { releaseTaskSlot } from "./lifecycle/task-slots.js";
import { checkWaitOptions, type WaitForTaskOptions } from "./lifecycle/wait-options.js";
import type { TaskMappers } from "./mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "./model/agent-task.js";

export { WaitTimeoutError } from "./lifecycle/errors.js";
export { InvalidWaitOptionError, type WaitForTaskOptions, waitForTaskDefaults } from "./lifecycle/wait-options.js";

/** The type of `waitForTask` for the fetchers of `Sources` (see `GetTaskFor`). */
export type WaitForTaskFor<Sources extends AgentTaskSource> = <Source extends Sources, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options?: WaitForTaskOptions<Source>,
) => Promise<AgentTask<Source>>;

/** `waitForTask`, normalizing with `mappers` (every source's, or one provider's). */
export async function waitForTaskWith<Source extends AgentTaskSource, Ref>(
  mappers: TaskMappers,
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WaitForTaskOptions<Source> = {},
): Promise<AgentTask<Source>> {
  const mapper = mapperFor("waitForTask", mappers, fetcher);
  const settings = checkWaitOptions("waitForTask", options as WaitForTaskOptions<AgentTaskSource>);
  const { signal, onUpdate, slots } = options;
  try {
    for await (const task of pollTask({
      caller: "waitForTask",
      fetcher,
      mapper,
      ref,
      settings,
      signal,
      followSteps: onUpdate !== undefined,
    })) {
      onUpdate?.(task);
      if (task.isTerminal) return task;
    }
    // pollTask only returns after yielding a terminal task.
    throw new Error("waitForTask: the poll loop ended without a terminal task");
  } finally {
    releaseTaskSlot(slots, ref);
  }
}
