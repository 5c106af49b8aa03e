import { AgentTasksError, type TaskListOperation, UserAbortError } from "@agent-tasks/core";
import { normalizeWith, type TaskMappers } from "../mapping/task-mapper.js";
import type { AgentTask, AgentTaskSource } from "../model/agent-task.js";
import type { AnyTaskAdapter, TaskAdapterSource } from "./adapter-types.js";
import { mapperFor } from "./task-mappers.js";
import { untilCallerAborts } from "./until-aborted.js";

/** Options of `listTasks`. */
export interface ListTasksOptions {
  /** Aborts the page request in flight; iteration rejects with `UserAbortError`. */
  signal?: AbortSignal | undefined;
}

/** The query an adapter's `list` takes. */
export type TaskAdapterListQuery<Adapter> = Adapter extends { list(query?: infer Query, ...rest: never[]): unknown }
  ? Query
  : never;

/** The type of `listTasks` for the adapters of `Sources` (see `GetTaskFor`). */
export type ListTasksFor<Sources extends AgentTaskSource> = <
  Adapter extends AnyTaskAdapter & { readonly source: Sources } & TaskListOperation<
      TaskAdapterListQuery<Adapter>,
      unknown
    >,
>(
  adapter: Adapter,
  query?: TaskAdapterListQuery<Adapter>,
  options?: ListTasksOptions,
) => AsyncIterable<AgentTask<TaskAdapterSource<Adapter>>>;

/** `listTasks`, normalizing with `mappers` (every source's, or one provider's). */
export function listTasksWith<
  Adapter extends AnyTaskAdapter & TaskListOperation<TaskAdapterListQuery<Adapter>, unknown>,
>(
  mappers: TaskMappers,
  adapter: Adapter,
  query?: TaskAdapterListQuery<Adapter>,
  options: ListTasksOptions = {},
): AsyncIterable<AgentTask<TaskAdapterSource<Adapter>>> {
  const mapper = mapperFor("listTasks", mappers, adapter as AnyTaskAdapter);
  if (typeof (adapter as Partial<TaskListOperation<unknown, unknown>>).list !== "function") {
    throw new AgentTasksError(`listTasks: the ${adapter.source} adapter has no \`list\` operation`);
  }
  const source = adapter.source as TaskAdapterSource<Adapter>;
  const { signal } = options;
  const checkSignal = () => {
    if (signal?.aborted) {
      throw new UserAbortError("listTasks: listing was aborted by the caller", {
        provider: source,
        cause: signal.reason,
      });
    }
  };
  return (async function* () {
    checkSignal();
    const pages = adapter.list(query, { signal })[Symbol.asyncIterator]();
    try {
      for (;;) {
        // Each page is awaited only until the caller aborts: an adapter that ignores its signal cannot hold it back.
        const next = await untilCallerAborts(pages.next(), signal, source, "listTasks: listing");
        if (next.done) return;
        // A page without items (an adapter passing on a provider's empty body) is an empty page.
        const items: readonly unknown[] = Array.isArray(next.value?.items) ? next.value.items : [];
        for (const item of items) {
          checkSignal();
          yield normalizeWith(source, mapper, item) as AgentTask<TaskAdapterSource<Adapter>>;
        }
      }
    } finally {
      // As `for await` does, the adapter's iteration is closed; not awaited after an abort, where it may hang.
      const closing = pages.return?.();
      if (!signal?.aborted) await closing;
      else closing?.catch(() => {});
    }
  })();
}
