import type {
  StartedTask,
  TaskAdapter,
  TaskListOperation,
  TaskListPage,
  TaskResumeOperation,
  TaskStatusOperation,
  TaskStopOperation,
} from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserActAdapter,
  type BrowserActListQuery,
  type BrowserActRunTaskRequest,
  type BrowserActTask,
  type BrowserActTaskCreated,
  type BrowserActTaskListItem,
  type BrowserActTaskListPage,
  type BrowserActTaskStatus,
  type components,
  createBrowserActAdapter,
  createBrowserActClient,
  createBrowserActTaskFetcher,
} from "./index.js";

const client = createBrowserActClient({ apiKey: "test-key" });
const adapter = createBrowserActAdapter(client);

describe("createBrowserActAdapter types", () => {
  it("takes a BrowserActClient and returns a BrowserActAdapter", () => {
    expectTypeOf(createBrowserActAdapter).parameters.toEqualTypeOf<[typeof client]>();
    expectTypeOf(adapter).toEqualTypeOf<BrowserActAdapter>();
  });

  it("is a TaskAdapter with status, stop, resume and list, over the fetcher's ref (a string id) and task", () => {
    expectTypeOf(adapter).toExtend<TaskAdapter<"browseract", string, BrowserActTask, BrowserActRunTaskRequest>>();
    expectTypeOf(adapter).toExtend<
      TaskStatusOperation<string> & TaskStopOperation<string> & TaskResumeOperation<string>
    >();
    expectTypeOf(adapter).toExtend<
      TaskListOperation<BrowserActListQuery, BrowserActTaskListItem, BrowserActTaskListPage>
    >();
    expectTypeOf(createBrowserActTaskFetcher(client).fetchTask)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof adapter.get>[0]>();
    expectTypeOf(adapter.status("t")).resolves.toEqualTypeOf<BrowserActTaskStatus>();
    expectTypeOf(adapter.list()).toEqualTypeOf<
      AsyncIterable<TaskListPage<BrowserActTaskListItem, BrowserActTaskListPage>>
    >();
  });

  it("types start's input as the spec's RunWorkflowTaskRequest", () => {
    expectTypeOf<BrowserActRunTaskRequest>().toEqualTypeOf<components["schemas"]["RunWorkflowTaskRequest"]>();
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<BrowserActRunTaskRequest>();
    expectTypeOf(adapter.start({ workflow_id: "w" })).resolves.toEqualTypeOf<
      StartedTask<string, BrowserActTaskCreated>
    >();
    // @ts-expect-error `workflow_id` is required
    void adapter.start({ save_browser_data: true });
  });

  it("has no pause, output schema or client key: calling them does not compile", () => {
    // @ts-expect-error BrowserAct has no pause request (tasks pause on their own)
    void adapter.pause("t");
    // @ts-expect-error run-task takes no output schema
    void adapter.withOutputSchema({ workflow_id: "w" }, {});
    // @ts-expect-error BrowserAct stores no caller metadata
    void adapter.withClientKey({ workflow_id: "w" }, "key");
  });
});
