import type { TaskFetcher } from "@agent-tasks/core";
import type { TaskMappers } from "../mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { pollTask } from "./poll-task.js";
import { mapperFor } from "./task-mappers.js";
import { releaseTaskSlot } from "./task-slots.js";
import { checkWaitOptions, type WaitForTaskOptions } from "./wait-options.js";

/** Options of `watchTask`: the same as `waitForTask`'s. */
export type WatchTaskOptions<Source extends AgentTaskSource = AgentTaskSource> = WaitForTaskOptions<Source>;

/** The type of `watchTask` for the fetchers of `Sources` (see `GetTaskFor`). */
export type WatchTaskFor<Sources extends AgentTaskSource> = <Source extends Sources, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options?: WatchTaskOptions<Source>,
) => AsyncIterable<AgentTask<Source>>;

/** `watchTask`, normalizing with `mappers` (every source's, or one provider's). */
export function watchTaskWith<Source extends AgentTaskSource, Ref>(
  mappers: TaskMappers,
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WatchTaskOptions<Source> = {},
): AsyncIterable<AgentTask<Source>> {
  const mapper = mapperFor("watchTask", mappers, fetcher);
  const settings = checkWaitOptions("watchTask", options as WatchTaskOptions<AgentTaskSource>);
  const { signal, onUpdate, slots } = options;
  const iteration = (async function* () {
    try {
      for await (const task of pollTask({ caller: "watchTask", fetcher, mapper, ref, settings, signal })) {
        onUpdate?.(task);
        yield task;
      }
    } finally {
      releaseTaskSlot(slots, ref);
    }
  })();
  // A generator ended (return/throw) before its first step never runs its `finally`: free the slot here too.
  const { return: end, throw: fail } = iteration;
  iteration.return = (value) => {
    releaseTaskSlot(slots, ref);
    return end.call(iteration, value);
  };
  iteration.throw = (error) => {
    releaseTaskSlot(slots, ref);
    return fail.call(iteration, error);
  };
  return iteration;
}
