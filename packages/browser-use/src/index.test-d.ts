import type { ProviderClientOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseClient,
  type BrowserUseFile,
  type BrowserUseTask,
  type BrowserUseTaskSession,
  type BrowserUseTaskStatus,
  type BrowserUseTaskStep,
  type BrowserUseValidationError,
  createBrowserUseClient,
} from "./index.js";

const client = createBrowserUseClient({ apiKey: "test-key" });
const taskId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("@agent-tasks/browser-use types", () => {
  it("createBrowserUseClient takes the shared options and returns a BrowserUseClient", () => {
    expectTypeOf(createBrowserUseClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<BrowserUseClient>();
  });

  it("types GET /tasks/{task_id} as BrowserUseTask data and BrowserUseValidationError error", async () => {
    const { data, error, response } = await client.GET("/tasks/{task_id}", { params: { path: { task_id: taskId } } });

    expectTypeOf(data).toEqualTypeOf<BrowserUseTask | undefined>();
    // The 404 declares no body, so an error may also be undefined.
    expectTypeOf(error).toEqualTypeOf<BrowserUseValidationError | undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
  });

  it("narrows data once error is ruled out", async () => {
    const result = await client.GET("/tasks/{task_id}", { params: { path: { task_id: taskId } } });

    if (result.data !== undefined) expectTypeOf(result.data.status).toEqualTypeOf<BrowserUseTaskStatus>();
  });

  it("rejects paths and methods the spec does not have", () => {
    // @ts-expect-error v2 paths have no /api/v2 prefix: that is part of the base URL
    void client.GET("/api/v2/tasks/{task_id}", { params: { path: { task_id: taskId } } });
    // @ts-expect-error the v1 path belongs to createBrowserUseV1Client
    void client.GET("/api/v1/task/{task_id}", { params: { path: { task_id: taskId } } });
    // @ts-expect-error the task endpoint is GET only
    void client.DELETE("/tasks/{task_id}", { params: { path: { task_id: taskId } } });
  });

  it("requires the task_id path parameter", () => {
    // @ts-expect-error params.path.task_id is required
    void client.GET("/tasks/{task_id}", {});
    // @ts-expect-error params.path.task_id is required
    void client.GET("/tasks/{task_id}", { params: { path: {} } });
    // @ts-expect-error the parameter is called task_id
    void client.GET("/tasks/{task_id}", { params: { path: { taskId } } });
  });

  it("BrowserUseTaskStatus is the spec's TaskStatus union", () => {
    expectTypeOf<BrowserUseTaskStatus>().toEqualTypeOf<"started" | "paused" | "finished" | "stopped">();
  });

  it("the aliases point at the task's parts", () => {
    expectTypeOf<BrowserUseTask["status"]>().toEqualTypeOf<BrowserUseTaskStatus>();
    expectTypeOf<BrowserUseTask["steps"]>().toEqualTypeOf<BrowserUseTaskStep[]>();
    expectTypeOf<BrowserUseTask["outputFiles"]>().toEqualTypeOf<BrowserUseFile[]>();
    expectTypeOf<BrowserUseTask["session"]>().toEqualTypeOf<BrowserUseTaskSession>();
    expectTypeOf<BrowserUseTask["doneOutput"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<BrowserUseTaskSession["status"]>().toEqualTypeOf<"active" | "stopped">();
  });

  it("BrowserUseValidationError is FastAPI's { detail?: { loc, msg, type }[] }", () => {
    expectTypeOf<BrowserUseValidationError>().toEqualTypeOf<{
      detail?: { loc: (string | number)[]; msg: string; type: string }[];
    }>();
  });
});
