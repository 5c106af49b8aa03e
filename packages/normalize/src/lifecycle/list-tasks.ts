import { AgentTasksError, type TaskListOperation, UserAbortError } from "@agent-tasks/core";
import { assertTaskFetcher } from "../get-task.js";
import type { AgentTask } from "../model/agent-task.js";
import { normalizeTask } from "../normalize-task.js";
import type { AnyTaskAdapter, TaskAdapterSource } from "./adapter-types.js";
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

/**
 * Every task `adapter.list` returns, page after page, each normalized (`normalizeTask(adapter.source, item)`).
 * A page is fetched only when the tasks before it were consumed: `break` fetches no further page. Only for adapters
 * with `list`.
 */
export function listTasks<Adapter extends AnyTaskAdapter & TaskListOperation<TaskAdapterListQuery<Adapter>, unknown>>(
  adapter: Adapter,
  query?: TaskAdapterListQuery<Adapter>,
  options: ListTasksOptions = {},
): AsyncIterable<AgentTask<TaskAdapterSource<Adapter>>> {
  assertTaskFetcher("listTasks", adapter);
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
          yield normalizeTask(source, item);
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
