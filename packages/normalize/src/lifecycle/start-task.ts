import {
  AgentTasksError,
  ApiConnectionError,
  InvalidResponseError,
  ServerError,
  type TaskClientKeyOperation,
  UserAbortError,
} from "@agent-tasks/core";
import type { TaskMappers } from "../mapping/task-mapper.js";
import type { AgentTaskSource } from "../model/agent-task.js";
import type { AnyTaskAdapter, ClientKeyOption, TaskAdapterRef, TaskAdapterStartInput } from "./adapter-types.js";
import { StartOutcomeUnknownError } from "./errors.js";
import { assertTaskFetcher, mapperFor } from "./task-mappers.js";
import { acquireTaskSlot, assertTaskSlots, type TaskSlotLease, type TaskSlots } from "./task-slots.js";
import { untilCallerAborts } from "./until-aborted.js";

/** Options of `startTask` that every adapter takes. */
export interface StartTaskBaseOptions {
  /** Aborts waiting for a slot, or the start request itself (the call rejects with `UserAbortError`). */
  signal?: AbortSignal | undefined;
  /**
   * Task slots from `createTaskSlots`: a slot is taken before the start request (waiting for one if all are
   * taken) and stays held by the task until `slots.release(ref)`, or until `waitForTask`/`watchTask`/`stopTask`
   * given the same `slots` see the task end. A start that fails gives its slot back.
   */
  slots?: TaskSlots | undefined;
}

/** Options of `startTask`; `clientKey` only for adapters that can tag tasks (`TaskClientKeyOperation`). */
export type StartTaskOptions<Adapter = AnyTaskAdapter> = StartTaskBaseOptions & ClientKeyOption<Adapter>;

/** The options `startTask` reads at run time, whatever the adapter type. */
export interface StartSettings {
  signal?: AbortSignal | undefined;
  slots?: TaskSlots | undefined;
  clientKey?: string | undefined;
}

/** A start error after which the request may have reached the provider, so a task may exist. */
function mayHaveStarted(error: unknown): boolean {
  return error instanceof ApiConnectionError || error instanceof ServerError || error instanceof InvalidResponseError;
}

function clientKeyOperation<Ref>(adapter: object): TaskClientKeyOperation<Ref, unknown> | null {
  const candidate = adapter as Partial<TaskClientKeyOperation<Ref, unknown>>;
  return typeof candidate.withClientKey === "function" && typeof candidate.findByClientKey === "function"
    ? (candidate as TaskClientKeyOperation<Ref, unknown>)
    : null;
}

/**
 * Throws unless `adapter` is a task adapter of a source `mappers` maps (`TaskSourceMismatchError` for another
 * provider's adapter behind a provider's entry point) and the start options are usable.
 */
export function checkStart(
  caller: string,
  mappers: TaskMappers,
  adapter: unknown,
  settings: StartSettings,
): asserts adapter is AnyTaskAdapter {
  assertTaskFetcher(caller, adapter);
  mapperFor(caller, mappers, adapter);
  if (typeof (adapter as Partial<AnyTaskAdapter>).start !== "function") {
    throw new AgentTasksError(
      `${caller}: expected a task adapter with a \`start\` operation, such as a provider package's adapter`,
    );
  }
  assertTaskSlots(caller, settings.slots);
  const { clientKey } = settings;
  if (clientKey === undefined) return;
  if (typeof clientKey !== "string" || clientKey === "") {
    throw new AgentTasksError(`${caller}: \`clientKey\` must be a non-empty string`);
  }
  if (clientKeyOperation(adapter) === null) {
    throw new AgentTasksError(
      `${caller}: the ${(adapter as AnyTaskAdapter).source} adapter cannot tag tasks with a \`clientKey\``,
    );
  }
}

/**
 * Takes a slot (when `slots` is given), sends `adapter.start` once, and binds the slot to the new task's ref.
 * After a start that may have reached the provider, looks the task up once by `clientKey` (when given).
 */
export async function startWithSettings<Ref>(
  caller: string,
  adapter: AnyTaskAdapter,
  input: unknown,
  settings: StartSettings,
): Promise<Ref> {
  const { signal, slots, clientKey } = settings;
  const keys = clientKey === undefined ? null : clientKeyOperation<Ref>(adapter);
  const taggedInput = keys === null || clientKey === undefined ? input : keys.withClientKey(input, clientKey);
  const lease: TaskSlotLease | null =
    slots === undefined ? null : await acquireTaskSlot(caller, adapter.source, slots, signal);
  try {
    // An aborted signal sends no start (a paid run), whether or not the adapter itself checks the signal.
    if (signal?.aborted) {
      throw new UserAbortError(`${caller}: the start was aborted by the caller`, {
        provider: adapter.source,
        cause: signal.reason,
      });
    }
    let ref: Ref;
    try {
      // An adapter that ignores its signal cannot hold an abort back (the start may still have been sent).
      const started = adapter.start(taggedInput, { signal });
      ({ ref } = (await untilCallerAborts(started, signal, adapter.source, `${caller}: the start`)) as { ref: Ref });
    } catch (startError) {
      if (keys === null || clientKey === undefined || !mayHaveStarted(startError)) throw startError;
      let found: Ref | null;
      try {
        const lookup = keys.findByClientKey(clientKey, { signal });
        found = await untilCallerAborts(lookup, signal, adapter.source, `${caller}: looking the task up by clientKey`);
      } catch (lookupError) {
        throw new StartOutcomeUnknownError(adapter.source, clientKey, startError, lookupError);
      }
      if (found === null || found === undefined)
        throw new StartOutcomeUnknownError(adapter.source, clientKey, startError);
      ref = found;
    }
    lease?.bind(ref);
    return ref;
  } finally {
    // A no-op once bound: only a start that failed gives its slot back here.
    lease?.release();
  }
}

/** The type of `startTask` for the adapters of `Sources` (see `GetTaskFor`). */
export type StartTaskFor<Sources extends AgentTaskSource> = <
  Adapter extends AnyTaskAdapter & { readonly source: Sources },
>(
  adapter: Adapter,
  input: TaskAdapterStartInput<Adapter>,
  options?: StartTaskOptions<Adapter>,
) => Promise<TaskAdapterRef<Adapter>>;

/** `startTask`, accepting the adapters of the sources of `mappers` (every source's, or one provider's). */
export async function startTaskWith<Adapter extends AnyTaskAdapter>(
  mappers: TaskMappers,
  adapter: Adapter,
  input: TaskAdapterStartInput<Adapter>,
  options: StartTaskOptions<Adapter> = {} as StartTaskOptions<Adapter>,
): Promise<TaskAdapterRef<Adapter>> {
  const settings = options as StartSettings;
  checkStart("startTask", mappers, adapter, settings);
  return startWithSettings<TaskAdapterRef<Adapter>>("startTask", adapter, input, settings);
}
