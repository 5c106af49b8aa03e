import type {
  TaskAdapter,
  TaskClientKeyOperation,
  TaskListOperation,
  TaskOutputSchemaOperation,
  TaskStatusOperation,
  TaskStopOperation,
  UserAbortError,
} from "@agent-tasks/core";
import type { DariTask, DariTaskRef } from "@agent-tasks/dari";
import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import * as v from "valibot";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import {
  type AgentTask,
  createTaskSlots,
  jsonSchema,
  listTasks,
  type RunTaskOptions,
  runTask,
  type StructuredAgentTask,
  StructuredOutputError,
  startTask,
  stopTask,
  type TaskAbortedError,
  type TaskSlots,
  type TaskStopOutcome,
  type WaitTimeoutError,
  waitForTask,
  watchTask,
} from "../index.js";

interface HyperStartInput {
  task: string;
  maxSteps?: number;
}

type HyperAdapter = TaskAdapter<"hyperbrowser", string, HyperAgentTask, HyperStartInput>;
declare const plain: HyperAdapter;
declare const full: HyperAdapter &
  TaskStatusOperation<string> &
  TaskStopOperation<string> &
  TaskListOperation<{ page?: number }, HyperAgentTask> &
  TaskClientKeyOperation<string, HyperStartInput> &
  TaskOutputSchemaOperation<HyperStartInput>;
declare const dari: TaskAdapter<"dari", DariTaskRef, DariTask, { input: Record<string, unknown> }> &
  TaskStopOperation<DariTaskRef>;
const dariRef: DariTaskRef = { orgId: "o", endpointName: "e", jobId: "j" };

const Post = z.object({ title: z.string(), points: z.number() });

describe("startTask types", () => {
  it("takes the adapter's start input and resolves its ref", () => {
    expectTypeOf(startTask(plain, { task: "x" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(startTask(dari, { input: {} })).resolves.toEqualTypeOf<DariTaskRef>();
    // @ts-expect-error the start input of this adapter has no `prompt`
    void startTask(plain, { prompt: "x" });
    // @ts-expect-error `task` is required
    void startTask(plain, {});
  });

  it("allows clientKey only for adapters that can tag tasks", () => {
    void startTask(full, { task: "x" }, { clientKey: "key-1", slots: createTaskSlots({ maxConcurrentTasks: 2 }) });
    // @ts-expect-error this adapter has no withClientKey/findByClientKey
    void startTask(plain, { task: "x" }, { clientKey: "key-1" });
    // @ts-expect-error nor has this one
    void runTask(plain, { task: "x" }, { clientKey: "key-1" });
    void runTask(full, { task: "x" }, { clientKey: "key-1" });
  });
});

describe("runTask types", () => {
  it("resolves the adapter source's AgentTask without a schema, and types onUpdate", () => {
    const running = runTask(
      plain,
      { task: "x" },
      { onUpdate: (task) => expectTypeOf(task).toEqualTypeOf<AgentTask<"hyperbrowser">>() },
    );
    expectTypeOf(running).resolves.toEqualTypeOf<AgentTask<"hyperbrowser">>();
    expectTypeOf(runTask(dari, { input: {} })).resolves.toEqualTypeOf<AgentTask<"dari">>();
    expectTypeOf<RunTaskOptions<HyperAdapter>["stopOnAbort"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("types structuredOutput from a zod schema, once status says completed", async () => {
    const task = await runTask(full, { task: "x", schema: Post });
    expectTypeOf(task).toEqualTypeOf<StructuredAgentTask<"hyperbrowser", { title: string; points: number }>>();
    if (task.status === "completed") {
      expectTypeOf(task.structuredOutput).toEqualTypeOf<{ title: string; points: number }>();
    } else {
      expectTypeOf(task.status).toEqualTypeOf<"failed" | "stopped">();
      expectTypeOf(task.structuredOutput).toEqualTypeOf<unknown>();
    }
    expectTypeOf(task.raw).toEqualTypeOf<HyperAgentTask>();
  });

  it("types structuredOutput from a zod transform's output, not its input", async () => {
    const task = await runTask(plain, { task: "x", schema: z.string().transform((text) => text.length) });
    if (task.status === "completed") expectTypeOf(task.structuredOutput).toEqualTypeOf<number>();
  });

  it("types structuredOutput from a valibot schema", async () => {
    const task = await runTask(plain, { task: "x", schema: v.object({ items: v.array(v.string()) }) });
    if (task.status === "completed") expectTypeOf(task.structuredOutput).toEqualTypeOf<{ items: string[] }>();
  });

  it("types structuredOutput from jsonSchema<T>, and as unknown for a plain JSON Schema object", async () => {
    const typed = await runTask(full, { task: "x", schema: jsonSchema<{ title: string }>({ type: "object" }) });
    if (typed.status === "completed") expectTypeOf(typed.structuredOutput).toEqualTypeOf<{ title: string }>();
    const untyped = await runTask(full, { task: "x", schema: { type: "object" } });
    if (untyped.status === "completed") expectTypeOf(untyped.structuredOutput).toEqualTypeOf<unknown>();
  });

  it("refuses a schema that is not one", () => {
    // @ts-expect-error a string is not a schema
    void runTask(plain, { task: "x", schema: "{ title: string }" });
  });

  it("StructuredOutputError carries the task of its source", () => {
    expectTypeOf<StructuredOutputError<"dari">["task"]>().toEqualTypeOf<AgentTask<"dari">>();
    expectTypeOf(new StructuredOutputError({} as AgentTask<"dari">, null, []).issues).items.toHaveProperty("message");
  });
});

describe("stopTask types", () => {
  it("resolves the source's AgentTask and takes the adapter's ref", () => {
    expectTypeOf(stopTask(full, "task-1")).resolves.toEqualTypeOf<AgentTask<"hyperbrowser">>();
    expectTypeOf(stopTask(dari, dariRef, { timeoutMs: 5_000 })).resolves.toEqualTypeOf<AgentTask<"dari">>();
    // @ts-expect-error a Dari ref is an object
    void stopTask(dari, "job-1");
  });

  it("does not compile for an adapter without stop", () => {
    // @ts-expect-error this adapter has no stop operation
    void stopTask(plain, "task-1");
  });
});

describe("listTasks types", () => {
  it("yields the source's AgentTask, takes the adapter's query, and needs a list operation", () => {
    expectTypeOf(listTasks(full, { page: 2 })).toEqualTypeOf<AsyncIterable<AgentTask<"hyperbrowser">>>();
    // @ts-expect-error the query has no `cursor`
    void listTasks(full, { cursor: "x" });
    // @ts-expect-error this adapter has no list operation
    void listTasks(plain);
  });
});

describe("watchTask and waitForTask types", () => {
  it("watchTask yields the source's AgentTask and takes slots", () => {
    const slots: TaskSlots = createTaskSlots({ maxConcurrentTasks: 3 });
    expectTypeOf(watchTask(plain, "task-1", { slots })).toEqualTypeOf<AsyncIterable<AgentTask<"hyperbrowser">>>();
    expectTypeOf(waitForTask(dari, dariRef, { slots })).resolves.toEqualTypeOf<AgentTask<"dari">>();
  });

  it("errors carry ref, lastTask and the stop outcome", () => {
    expectTypeOf<TaskAbortedError<"dari", DariTaskRef>>().toExtend<UserAbortError>();
    expectTypeOf<TaskAbortedError<"dari", DariTaskRef>["ref"]>().toEqualTypeOf<DariTaskRef>();
    expectTypeOf<TaskAbortedError<"dari">["lastTask"]>().toEqualTypeOf<AgentTask<"dari"> | null>();
    expectTypeOf<WaitTimeoutError<"dari", DariTaskRef>["ref"]>().toEqualTypeOf<DariTaskRef>();
    expectTypeOf<WaitTimeoutError["stop"]>().toEqualTypeOf<TaskStopOutcome>();
    expectTypeOf<WaitTimeoutError["stopRequested"]>().toEqualTypeOf<boolean>();
  });
});
