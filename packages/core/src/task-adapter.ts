import type { TaskFetcher, TaskFetchOptions } from "./task-fetcher.js";

/** Options of every adapter call. */
export type TaskCallOptions = TaskFetchOptions;

/** What an adapter's `start` resolves: the new task's ref (what `get`, `stop`... take) and the provider's answer. */
export interface StartedTask<Ref, StartResponse = unknown> {
  readonly ref: Ref;
  /** The start response body, untouched (Hyperbrowser's `liveUrl`, Browser Use's `sessionId`...). */
  readonly response: StartResponse;
}

/** One page of `list`: the provider's items, untouched, and its whole page body. */
export interface TaskListPage<Item, Page = unknown> {
  readonly items: readonly Item[];
  /** The page body as the provider sent it. */
  readonly page: Page;
}

/**
 * The operations every adapter has: start a task and read it. Every provider package exports a factory for
 * its adapter (`createHyperbrowserAdapter(client)`...); optional operations (`status`, `stop`, `pause`,
 * `resume`, `list`) are present only where the provider's API has them, so calling a missing one does not
 * compile. An adapter is also a `TaskFetcher`: `getTask` and `waitForTask` take it as they are.
 */
export interface TaskAdapter<Source extends string = string, Ref = unknown, RawTask = unknown, StartInput = never>
  extends TaskFetcher<Source, Ref, RawTask> {
  /** Starts one task with the provider's start request body, as its spec types it. Sent once, never retried after it may have arrived. */
  start(input: StartInput, options?: TaskCallOptions): Promise<StartedTask<Ref>>;
  /** Reads the whole task (the same function as `fetchTask`). */
  get(ref: Ref, options?: TaskCallOptions): Promise<RawTask>;
}

/** A cheap status read: the provider's own status string, without the task's steps and output. */
export interface TaskStatusOperation<Ref> {
  status(ref: Ref, options?: TaskCallOptions): Promise<string>;
}

/** Asks the provider to stop a task. Resolves when the provider accepted the request. */
export interface TaskStopOperation<Ref> {
  stop(ref: Ref, options?: TaskCallOptions): Promise<void>;
}

export interface TaskPauseOperation<Ref> {
  pause(ref: Ref, options?: TaskCallOptions): Promise<void>;
}

export interface TaskResumeOperation<Ref> {
  resume(ref: Ref, options?: TaskCallOptions): Promise<void>;
}

/** Lists tasks, newest first where the provider orders them, one page at a time, fetching the next page only when asked. */
export interface TaskListOperation<Query, Item, Page = unknown> {
  list(query?: Query, options?: TaskCallOptions): AsyncIterable<TaskListPage<Item, Page>>;
}

/** The adapter can put an output schema (JSON Schema) into its start input, for providers that take one at start. */
export interface TaskOutputSchemaOperation<StartInput> {
  withOutputSchema(input: StartInput, jsonSchema: Record<string, unknown>): StartInput;
}

/**
 * The provider stores caller metadata with a task: `startTask` can tag a task with a client key, and find it
 * again by that key after a start whose outcome is unknown (a timeout, a lost connection, a 5xx).
 */
export interface TaskClientKeyOperation<Ref, StartInput> {
  withClientKey(input: StartInput, clientKey: string): StartInput;
  findByClientKey(clientKey: string, options?: TaskCallOptions): Promise<Ref | null>;
}

/** The optional operations' names, in the order the capability table lists them. */
export const optionalTaskOperations = ["status", "stop", "pause", "resume", "list"] as const;
export type OptionalTaskOperation = (typeof optionalTaskOperations)[number];
