import type { TaskFetcher, TaskOutputSchemaOperation, TaskStopOperation } from "@agent-tasks/core";
import { untilAborted } from "@agent-tasks/core/internal";
import type { TaskMappers } from "../mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import type { AnyTaskAdapter, TaskAdapterRef, TaskAdapterSource, TaskAdapterStartInput } from "./adapter-types.js";
import { TaskAbortedError, type TaskStopOutcome, WaitTimeoutError } from "./errors.js";
import { pollTask } from "./poll-task.js";
import { checkStart, type StartSettings, type StartTaskOptions, startWithSettings } from "./start-task.js";
import {
  type InferTaskOutput,
  jsonSchemaOf,
  type PreparedSchema,
  prepareSchema,
  type StructuredAgentTask,
  type TaskOutputSchema,
  validateTaskOutput,
} from "./structured-output.js";
import { mapperFor } from "./task-mappers.js";
import { releaseTaskSlot } from "./task-slots.js";
import { checkWaitOptions, type WaitForTaskOptions } from "./wait-options.js";

/** How long `runTask`'s one stop request after an abort or timeout may take, with its own signal. */
export const STOP_REQUEST_TIMEOUT_MS = 10_000;

/** Options of `runTask`: every `waitForTask` option (the wait starts once the task started), and the start's. */
export type RunTaskOptions<Adapter extends AnyTaskAdapter = AnyTaskAdapter> = Omit<
  WaitForTaskOptions<TaskAdapterSource<Adapter>>,
  "slots"
> &
  StartTaskOptions<Adapter> & {
    /**
     * On abort or timeout, send one stop request (when the adapter has `stop`) before rejecting, so the task does
     * not run on, paid for, with nobody waiting. Default `true`; `false` leaves the task running.
     */
    stopOnAbort?: boolean | undefined;
  };

/** `runTask`'s input: the adapter's start input, plus an optional output `schema`. */
export type RunTaskInput<Adapter extends AnyTaskAdapter, Schema> = TaskAdapterStartInput<Adapter> & {
  /**
   * The output's schema: a Standard Schema (zod 4, valibot...), `jsonSchema<T>(...)`, or a JSON Schema object.
   * Never sent as is: it is removed from the input, and given to the adapter as a JSON Schema when it takes one
   * (`withOutputSchema`). The completed task's output is validated with it.
   */
  schema?: Schema;
};

/** What `runTask` resolves: the terminal task, with a typed `structuredOutput` when a `schema` was given. */
export type RunTaskResult<Source extends AgentTaskSource, Schema> = [Schema] extends [undefined]
  ? AgentTask<Source>
  : StructuredAgentTask<Source, InferTaskOutput<Schema>>;

function hasStop<Ref>(adapter: object): adapter is TaskStopOperation<Ref> {
  return typeof (adapter as Partial<TaskStopOperation<Ref>>).stop === "function";
}

function hasOutputSchema(adapter: object): adapter is TaskOutputSchemaOperation<unknown> {
  return typeof (adapter as Partial<TaskOutputSchemaOperation<unknown>>).withOutputSchema === "function";
}

/** Sends one stop request with its own short timeout (the caller's signal may already have aborted). */
async function requestStop<Ref>(adapter: TaskStopOperation<Ref>, ref: Ref): Promise<TaskStopOutcome> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new Error(`the stop request took longer than ${STOP_REQUEST_TIMEOUT_MS} ms`)),
    STOP_REQUEST_TIMEOUT_MS,
  );
  try {
    await untilAborted(adapter.stop(ref, { signal: controller.signal }), controller.signal);
    return { requested: true, accepted: true };
  } catch (error) {
    return { requested: true, accepted: false, error };
  } finally {
    clearTimeout(timer);
  }
}

/** Splits `schema` off the input; `null` when there is none. */
function splitSchema(input: unknown): { input: unknown; schema: unknown } {
  if (typeof input !== "object" || input === null || !Object.hasOwn(input, "schema"))
    return { input, schema: undefined };
  const { schema, ...rest } = input as { schema?: unknown };
  return { input: rest, schema };
}

/** The type of `runTask` for the adapters of `Sources` (see `GetTaskFor`). */
export type RunTaskFor<Sources extends AgentTaskSource> = <
  Adapter extends AnyTaskAdapter & { readonly source: Sources },
  Schema extends TaskOutputSchema | undefined = undefined,
>(
  adapter: Adapter,
  input: RunTaskInput<Adapter, Schema>,
  options?: RunTaskOptions<Adapter>,
) => Promise<RunTaskResult<TaskAdapterSource<Adapter>, Schema>>;

/** `runTask`, normalizing with `mappers` (every source's, or one provider's). */
export async function runTaskWith<
  Adapter extends AnyTaskAdapter,
  Schema extends TaskOutputSchema | undefined = undefined,
>(
  mappers: TaskMappers,
  adapter: Adapter,
  input: RunTaskInput<Adapter, Schema>,
  options: RunTaskOptions<Adapter> = {} as RunTaskOptions<Adapter>,
): Promise<RunTaskResult<TaskAdapterSource<Adapter>, Schema>> {
  type Source = TaskAdapterSource<Adapter>;
  type Ref = TaskAdapterRef<Adapter>;
  const settings = options as RunTaskOptions & StartSettings;
  checkStart("runTask", mappers, adapter, settings);
  const fetcher = adapter as unknown as TaskFetcher<Source, Ref, unknown>;
  const mapper = mapperFor("runTask", mappers, fetcher);
  const pollSettings = checkWaitOptions("runTask", settings as WaitForTaskOptions);
  const source = adapter.source as Source;
  const { signal, onUpdate, slots, stopOnAbort = true } = settings;

  const split = splitSchema(input);
  const prepared: PreparedSchema | null =
    split.schema === undefined ? null : prepareSchema(adapter.source, split.schema);
  let startInput = split.input;
  if (prepared !== null && hasOutputSchema(adapter)) {
    startInput = adapter.withOutputSchema(startInput, jsonSchemaOf(adapter.source, prepared));
  }

  const ref = await startWithSettings<Ref>("runTask", adapter, startInput, settings);
  try {
    let task: AgentTask<Source> | undefined;
    try {
      for await (const seen of pollTask<Source, Ref>({
        caller: "runTask",
        fetcher,
        mapper,
        ref,
        settings: pollSettings,
        signal,
        followSteps: onUpdate !== undefined,
        apiReached: true, // the start was answered
        justStarted: true,
      })) {
        (onUpdate as ((task: AgentTask<Source>) => void) | undefined)?.(seen);
        if (seen.isTerminal) {
          task = seen;
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof TaskAbortedError || error instanceof WaitTimeoutError)) throw error;
      let stop: TaskStopOutcome;
      if (!stopOnAbort) stop = { requested: false, reason: "disabled" };
      else if (!hasStop<Ref>(adapter)) stop = { requested: false, reason: "unsupported" };
      else stop = await requestStop<Ref>(adapter, ref);
      const details = { ref, stop, caller: "runTask" };
      if (error instanceof WaitTimeoutError) {
        throw new WaitTimeoutError<Source, Ref>(source, error.timeoutMs, error.lastTask, error.cause, details);
      }
      throw new TaskAbortedError<Source, Ref>(source, error.cause, error.lastTask, details);
    }
    if (task === undefined) throw new Error("runTask: the poll loop ended without a terminal task");
    const result = prepared !== null && task.status === "completed" ? await validateTaskOutput(task, prepared) : task;
    return result as RunTaskResult<Source, Schema>;
  } finally {
    releaseTaskSlot(slots, ref);
  }
}
