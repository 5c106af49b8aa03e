import type {
  StartedTask,
  TaskAdapter,
  TaskCallOptions,
  TaskClientKeyOperation,
  TaskListOperation,
  TaskListPage,
  TaskOutputSchemaOperation,
  TaskStatusOperation,
  TaskStopOperation,
} from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseAdapter,
  type BrowserUseCreateTaskRequest,
  type BrowserUseListQuery,
  type BrowserUseTask,
  type BrowserUseTaskCreated,
  type BrowserUseTaskItem,
  type BrowserUseTaskListPage,
  type BrowserUseTaskStatus,
  createBrowserUseAdapter,
  createBrowserUseClient,
  createBrowserUseTaskFetcher,
} from "./index.js";

const client = createBrowserUseClient({ apiKey: "test-key" });
const adapter = createBrowserUseAdapter(client);

describe("createBrowserUseAdapter types", () => {
  it("takes a BrowserUseClient and returns a BrowserUseAdapter", () => {
    expectTypeOf(createBrowserUseAdapter).parameters.toEqualTypeOf<[typeof client]>();
    expectTypeOf(adapter).toEqualTypeOf<BrowserUseAdapter>();
  });

  it("is a TaskAdapter with status, stop, list, output schema and client key, over the fetcher's ref and task", () => {
    expectTypeOf(adapter).toExtend<TaskAdapter<"browser-use", string, BrowserUseTask, BrowserUseCreateTaskRequest>>();
    expectTypeOf(adapter).toExtend<TaskStatusOperation<string> & TaskStopOperation<string>>();
    expectTypeOf(adapter).toExtend<
      TaskListOperation<BrowserUseListQuery, BrowserUseTaskItem, BrowserUseTaskListPage>
    >();
    expectTypeOf(adapter).toExtend<TaskOutputSchemaOperation<BrowserUseCreateTaskRequest>>();
    expectTypeOf(adapter).toExtend<TaskClientKeyOperation<string, BrowserUseCreateTaskRequest>>();
    expectTypeOf(adapter.get).toEqualTypeOf<(ref: string, options?: TaskCallOptions) => Promise<BrowserUseTask>>();
    expectTypeOf(createBrowserUseTaskFetcher(client).fetchTask).parameter(0).toEqualTypeOf<string>();
  });

  it("types start's input as the spec's CreateTaskRequest and resolves the 202 body", () => {
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<BrowserUseCreateTaskRequest>();
    expectTypeOf(adapter.start({ task: "t" })).resolves.toEqualTypeOf<StartedTask<string, BrowserUseTaskCreated>>();
    // @ts-expect-error `task` is required
    void adapter.start({ maxSteps: 3 });
  });

  it("status resolves the raw status; list pages carry TaskItemView summaries", () => {
    expectTypeOf(adapter.status("t")).resolves.toEqualTypeOf<BrowserUseTaskStatus>();
    expectTypeOf(adapter.list({ filterBy: "finished", pageSize: 50 })).toEqualTypeOf<
      AsyncIterable<TaskListPage<BrowserUseTaskItem, BrowserUseTaskListPage>>
    >();
    // @ts-expect-error the adapter pages by itself
    void adapter.list({ pageNumber: 2 });
  });

  it("has no pause or resume (today's PATCH actions are stop and stop_task_and_session): calling them does not compile", () => {
    // @ts-expect-error Browser Use v2 cannot pause a task today
    void adapter.pause("t");
    // @ts-expect-error Browser Use v2 cannot resume a task today
    void adapter.resume("t");
  });
});
