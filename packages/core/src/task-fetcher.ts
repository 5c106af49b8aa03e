import { InvalidTaskRefError } from "./errors.js";

/**
 * The raw task type of each task source, filled in by the provider packages through module augmentation
 * (`declare module "@agent-tasks/core" { interface RawTaskBySource { dari: DariTask } }`), so that
 * `@agent-tasks/normalize` types `AgentTask#raw` for every provider package that is installed, and only those.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by module augmentation
export interface RawTaskBySource {}

export interface TaskFetchOptions {
  /** Aborts the fetch at once; it rejects with `UserAbortError`. */
  signal?: AbortSignal | undefined;
}

/**
 * Reads one task from one provider. Every provider package exports a factory for one
 * (`createHyperbrowserTaskFetcher(client)`...), and `@agent-tasks/normalize`'s `getTask` and
 * `waitForTask` accept any of them.
 */
export interface TaskFetcher<Source extends string = string, Ref = unknown, RawTask = unknown> {
  /** The `AgentTaskSource` the raw tasks come from. */
  readonly source: Source;
  /** Resolves the provider's raw task, or rejects with a typed error (`NotFoundError`, `ApiConnectionError`...). */
  fetchTask(ref: Ref, options?: TaskFetchOptions): Promise<RawTask>;
}

/**
 * Checks one id of a task reference: a non-empty string. Numbers are refused because some providers'
 * ids exceed `Number.MAX_SAFE_INTEGER` and would already have lost digits.
 */
export function requireTaskId(provider: string, field: string, value: unknown): string {
  if (typeof value !== "string") {
    const got = value === null ? "null" : typeof value;
    throw new InvalidTaskRefError(provider, field, `must be a string, got ${got}`);
  }
  if (value.trim() === "") throw new InvalidTaskRefError(provider, field, "is empty");
  return value;
}
