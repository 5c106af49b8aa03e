import type { TaskFetcher } from "@agent-tasks/core";
import { assertTaskFetcher } from "../get-task.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import { pollTask } from "./poll-task.js";
import { releaseTaskSlot } from "./task-slots.js";
import { checkWaitOptions, type WaitForTaskOptions } from "./wait-options.js";

/** Options of `watchTask`: the same as `waitForTask`'s. */
export type WatchTaskOptions<Source extends AgentTaskSource = AgentTaskSource> = WaitForTaskOptions<Source>;

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
  assertTaskFetcher("watchTask", fetcher);
  const settings = checkWaitOptions("watchTask", options as WatchTaskOptions<AgentTaskSource>);
  const { signal, onUpdate, slots } = options;
  const iteration = (async function* () {
    try {
      for await (const task of pollTask({ caller: "watchTask", fetcher, ref, settings, signal })) {
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
