import type { TaskFetcher } from "@agent-tasks/core";
import { assertTaskFetcher } from "./get-task.js";
import { pollTask } from "./lifecycle/poll-task.js";
import { releaseTaskSlot } from "./lifecycle/task-slots.js";
import { checkWaitOptions, type WaitForTaskOptions } from "./lifecycle/wait-options.js";
import type { AgentTask, AgentTaskSource } from "./model/agent-task.js";

export { WaitTimeoutError } from "./lifecycle/errors.js";
export { InvalidWaitOptionError, type WaitForTaskOptions, waitForTaskDefaults } from "./lifecycle/wait-options.js";

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
export async function waitForTask<Source extends AgentTaskSource, Ref>(
  fetcher: TaskFetcher<Source, Ref, unknown>,
  ref: Ref,
  options: WaitForTaskOptions<Source> = {},
): Promise<AgentTask<Source>> {
  assertTaskFetcher("waitForTask", fetcher);
  const settings = checkWaitOptions("waitForTask", options as WaitForTaskOptions<AgentTaskSource>);
  const { signal, onUpdate, slots } = options;
  try {
    for await (const task of pollTask({
      caller: "waitForTask",
      fetcher,
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
