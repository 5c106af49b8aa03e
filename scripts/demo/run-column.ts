/**
 * Runs one column's task with the toolkit, as a user would: the registry's client factory, `startTask` with the
 * provider's adapter (unless an existing task is followed), then `watchTask` from `@agent-tasks/normalize` with the
 * provider's task fetcher, which reads the whole task on every poll so each step shows as it arrives. A real task
 * the demo started is stopped with `stopTask` when the demo is interrupted or gives up waiting.
 */
import type { TaskStopOperation } from "@agent-tasks/core";
import {
  type AgentTask,
  type AnyTaskAdapter,
  startTask,
  stopTask,
  TaskAbortedError,
  type TaskAdapterStartInput,
  WaitTimeoutError,
  watchTask,
} from "@agent-tasks/normalize";
import type { Column } from "./targets.js";

type Env = Readonly<Record<string, string | undefined>>;

/** Where a column's client sends its requests, and with which key. */
export interface Connection {
  readonly apiKey: string;
  /** `undefined`: the client's default, the spec's server URL. */
  readonly baseUrl: string | undefined;
}

/** A column while it runs and after: what the panel, the line log, the table and the summary read. */
export interface ColumnRun {
  readonly column: Column;
  readonly connection: Connection;
  /** Where requests go, for people: the base URL given, or the spec's server URL. */
  readonly url: string;
  /** The latest task seen, `null` before the first. */
  task: AgentTask | null;
  /** Why the column ended without a terminal task; `undefined` while it runs or when it ended well. */
  error: unknown;
  /** `performance.now()` when the task was started (or the follow began), and when it ended. */
  startedAt: number;
  endedAt: number | null;
  /** Requests its client sent (every attempt). */
  requests: number;
}

/** How often the demo polls: quick on a simulation, so steps show as they come; gentler on a real service. */
const POLLING = {
  simulation: { intervalMs: 250, maxIntervalMs: 500, timeoutMs: 60_000 },
  real: { intervalMs: 1_000, maxIntervalMs: 3_000, timeoutMs: 10 * 60_000 },
} as const;

/** A run of `column` over `connection`, not started yet. */
export function createColumnRun(column: Column, connection: Connection): ColumnRun {
  return {
    column,
    connection,
    url: connection.baseUrl ?? column.entry.spec.serverUrl,
    task: null,
    error: undefined,
    startedAt: performance.now(),
    endedAt: null,
    requests: 0,
  };
}

/** How long a stop may take before the demo reports the error it stopped for. */
const STOP_TIMEOUT_MS = 15_000;

function canStop(adapter: AnyTaskAdapter): adapter is AnyTaskAdapter & TaskStopOperation<unknown> {
  return typeof (adapter as Partial<TaskStopOperation<unknown>>).stop === "function";
}

/**
 * Starts (or follows) the column's task and resolves once it is terminal, or once it failed (`run.error` is then
 * set): it never rejects. `onChange` is called with each new task seen (the last one is terminal), or with the
 * error that ended the run.
 */
export async function runColumn(
  run: ColumnRun,
  { env, signal, onChange }: { env: Env; signal: AbortSignal; onChange: (run: ColumnRun) => void },
): Promise<void> {
  const { entry, startable, target } = run.column;
  const polling = target.kind === "simulation" ? POLLING.simulation : POLLING.real;
  run.startedAt = performance.now();
  let started: { adapter: AnyTaskAdapter; ref: unknown } | null = null;
  try {
    const client = entry.clientFactory.fn({
      apiKey: run.connection.apiKey,
      ...(run.connection.baseUrl === undefined ? {} : { baseUrl: run.connection.baseUrl }),
      onRequestEvent: (event) => {
        if (event.type === "request") run.requests++;
      },
    });
    let ref: unknown;
    if (target.kind === "follow") {
      ref = target.ref;
    } else {
      if (startable === null) throw new Error(`${entry.id}: the demo cannot start a task here`);
      const vars =
        target.kind === "start"
          ? target.vars
          : Object.fromEntries(Object.entries(startable.startVars).map(([field, { simulated }]) => [field, simulated]));
      const adapter = startable.adapter(client, vars);
      // The adapter and its input were checked against each other in live-providers.ts.
      const input = (
        target.kind === "start" ? startable.realInput(vars, env) : startable.simulatedInput
      ) as TaskAdapterStartInput<AnyTaskAdapter>;
      ref = await startTask(adapter, input, { signal });
      started = { adapter, ref };
    }
    for await (const task of watchTask(entry.taskFetcherFactory.fn(client), ref, { ...polling, signal })) {
      run.task = task;
      if (task.isTerminal) run.endedAt = performance.now();
      onChange(run);
    }
  } catch (error) {
    run.error = error;
    run.endedAt = performance.now();
    // A real task the demo started is not left running, paid for, when the demo stops waiting for it.
    const gaveUp = error instanceof TaskAbortedError || error instanceof WaitTimeoutError;
    if (gaveUp && started !== null && target.kind === "start" && canStop(started.adapter)) {
      try {
        run.task = await stopTask(started.adapter, started.ref, { timeoutMs: STOP_TIMEOUT_MS });
      } catch (stopError) {
        run.error = new Error(`${entry.id}: the task could not be stopped`, {
          cause: new AggregateError([error, stopError]),
        });
      }
    }
    onChange(run);
  }
}
