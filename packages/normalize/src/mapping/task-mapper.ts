import { isPlainContainer } from "@agent-tasks/core/internal";
import type { AgentTask, AgentTaskSource, AgentTaskStatus } from "../model/agent-task.js";
import { NormalizeError } from "../normalize-error.js";

/**
 * What one source's raw tasks need to become `AgentTask`s: the task mapper, the mapper of a bare status string (a
 * cheap status read, a webhook), and the cheap change key a poll loop compares before it normalizes an answer.
 */
export interface TaskMapper<Source extends AgentTaskSource = AgentTaskSource> {
  readonly normalize: (rawTask: unknown) => AgentTask<Source>;
  readonly mapStatus: (status: string) => AgentTaskStatus;
  /**
   * A short text of what makes a task "changed" for a poll loop, read from the raw task without normalizing it:
   * its id, its raw status, and its steps (how many, and each step's own raw status where the source has one).
   * Two raw tasks with the same key normalize to the same `status`, `providerStatus` and steps count and step
   * statuses. `null` when the raw task is not a plain object with a usable id and a string status, or reading it
   * threw: normalizing it then says what is wrong.
   */
  readonly changeKey: (rawTask: unknown) => string | null;
}

/**
 * The mappers a set of lifecycle functions may use, by source: all of them behind the main entry point, a
 * single one behind a provider's entry point (`@agent-tasks/normalize/hyperbrowser`), so that a bundle of it
 * carries no other source's mapper.
 */
export type TaskMappers = { readonly [Source in AgentTaskSource]?: TaskMapper<Source> };

/**
 * Where reading `rawTask` failed: runs `normalize` once more on a view of `rawTask` that notes the path of each
 * property read, and returns the path of the read that threw (`"data.steps[1].action"`), or `"(root)"` when the
 * second run fails elsewhere (or not at all). Runs only after a failure, so a task that maps pays nothing; the
 * raw task's getters do run a second time.
 */
function pathOfFailedRead(normalize: (rawTask: unknown) => unknown, rawTask: unknown): string {
  let failedAt: string | null = null;
  const view = (value: unknown, path: string): unknown => {
    // Only plain objects and arrays are viewed: a built-in (a Date's getTime) must run on the object itself.
    if (typeof value !== "object" || value === null || !isPlainContainer(value)) return value;
    return new Proxy(value, {
      get(target, key) {
        const name = String(key);
        const at = Array.isArray(target) && /^\d+$/.test(name) ? `${path}[${name}]` : path ? `${path}.${name}` : name;
        let read: unknown;
        try {
          read = Reflect.get(target, key, target);
        } catch (error) {
          failedAt ??= at;
          throw error;
        }
        // A read-only, non-configurable property must read as itself (a Proxy invariant): it is not followed.
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        return own !== undefined && !own.configurable && !own.writable ? read : view(read, at);
      },
    });
  };
  try {
    normalize(view(rawTask, ""));
  } catch {
    // The same failure, seen again; only where it happened is kept.
  }
  return failedAt ?? "(root)";
}

/** `error` as a short text: `TypeError: the getter broke`; never throws, whatever was thrown. */
function describeThrown(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}

/**
 * `mapper.normalize(rawTask)`, with any failure a `NormalizeError` that keeps the raw task as `raw`: a raw task
 * whose getter (or proxy trap) throws gives one whose `cause` is that error and whose `path` says which read failed.
 */
export function normalizeWith<Source extends AgentTaskSource>(
  source: Source,
  mapper: TaskMapper<Source>,
  rawTask: unknown,
): AgentTask<Source> {
  try {
    return mapper.normalize(rawTask);
  } catch (error) {
    if (error instanceof NormalizeError) throw error;
    const path = pathOfFailedRead(mapper.normalize, rawTask);
    throw new NormalizeError(source, path, `reading it threw ${describeThrown(error)}`, { cause: error, raw: rawTask });
  }
}
