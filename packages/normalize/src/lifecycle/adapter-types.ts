import type { TaskAdapter } from "@agent-tasks/core";
import type { AgentTaskSource } from "../model/agent-task.js";

/** Any provider's task adapter, whatever its ref, raw task and start input. */
export type AnyTaskAdapter = TaskAdapter<AgentTaskSource, unknown, unknown, unknown>;

/** The `AgentTaskSource` of an adapter (or task fetcher) type. */
export type TaskAdapterSource<Adapter> = Adapter extends { readonly source: infer Source extends AgentTaskSource }
  ? Source
  : never;

/** The task reference an adapter (or task fetcher) type takes: what `start` resolves and `get`/`stop` take. */
export type TaskAdapterRef<Adapter> = Adapter extends { fetchTask(ref: infer Ref, ...rest: never[]): unknown }
  ? Ref
  : never;

/** The start input (the provider's start request body) an adapter type takes. */
export type TaskAdapterStartInput<Adapter> = Adapter extends { start(input: infer Input, ...rest: never[]): unknown }
  ? Input
  : never;

/** `clientKey` is offered only for adapters with `withClientKey`/`findByClientKey`. */
export type ClientKeyOption<Adapter> = Adapter extends { withClientKey: unknown; findByClientKey: unknown }
  ? {
      /**
       * Tags the task with this key (stored by the provider), so that after a start whose outcome is unknown (no
       * response, a timeout, a 5xx, a malformed response) the task is looked up once by it instead of being lost
       * or started twice. Use a fresh unique value per task, e.g. `crypto.randomUUID()`.
       */
      clientKey?: string | undefined;
    }
  : {
      /** This adapter cannot tag tasks with a client key. */
      clientKey?: never;
    };
