import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseClient,
  type BrowserUseCreateTaskRequest,
  type BrowserUseCurrentTask,
  type BrowserUseFile,
  type BrowserUseSeedEraTask,
  type BrowserUseTask,
  type BrowserUseTaskStatus,
  type BrowserUseTaskStep,
  type BrowserUseValidationError,
  type components,
  createBrowserUseClient,
} from "./index.js";

const client = createBrowserUseClient({ apiKey: "test-key" });
const taskId = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

describe("@agent-tasks/browser-use types", () => {
  it("createBrowserUseClient takes the shared options and returns a BrowserUseClient", () => {
    expectTypeOf(createBrowserUseClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<BrowserUseClient>();
  });

  it("types GET /tasks/{task_id} as today's task (BrowserUseCurrentTask) data and BrowserUseValidationError error", async () => {
    const { data, error, response } = await client.GET("/tasks/{task_id}", { params: { path: { task_id: taskId } } });

    expectTypeOf(data).toEqualTypeOf<BrowserUseCurrentTask | undefined>();
    // Today's spec declares a body for the 404 ({detail}) next to the 422's.
    expectTypeOf<Exclude<typeof error, UnexpectedErrorBody>>().toEqualTypeOf<
      components["schemas"]["TaskNotFoundError"] | BrowserUseValidationError | undefined
    >();
    // When the body was not a JSON object (an HTML 502): an UnexpectedErrorBody, whose `detail` is absent.
    expectTypeOf<Extract<typeof error, UnexpectedErrorBody>["detail"]>().toEqualTypeOf<undefined>();
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
    // @ts-expect-error a task cannot be deleted (PATCH stops it)
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

  it("BrowserUseTaskStatus is today's TaskStatus union", () => {
    expectTypeOf<BrowserUseTaskStatus>().toEqualTypeOf<"created" | "started" | "finished" | "failed" | "stopped">();
  });

  it("BrowserUseTask is either era: today's output/cost, or the seed era's doneOutput/session/paused", () => {
    expectTypeOf<BrowserUseTask>().toEqualTypeOf<BrowserUseCurrentTask | BrowserUseSeedEraTask>();
    expectTypeOf<BrowserUseCurrentTask["status"]>().toEqualTypeOf<BrowserUseTaskStatus>();
    expectTypeOf<BrowserUseCurrentTask["output"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<BrowserUseCurrentTask["cost"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<BrowserUseSeedEraTask["status"]>().toEqualTypeOf<"started" | "paused" | "finished" | "stopped">();
    expectTypeOf<BrowserUseSeedEraTask["doneOutput"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<BrowserUseSeedEraTask["session"]["status"]>().toEqualTypeOf<"active" | "stopped">();
    expectTypeOf<BrowserUseTask["steps"]>().toEqualTypeOf<BrowserUseTaskStep[]>();
    expectTypeOf<BrowserUseTask["outputFiles"]>().toEqualTypeOf<BrowserUseFile[]>();
  });

  it("POST /tasks requires exactly what the spec requires: only task", () => {
    expectTypeOf<{ task: string }>().toExtend<BrowserUseCreateTaskRequest>();
    void client.POST("/tasks", { body: { task: "Find the cheapest flight" } });
    // @ts-expect-error task is required
    void client.POST("/tasks", { body: { maxSteps: 10 } });
  });

  it("BrowserUseValidationError is FastAPI's { detail?: { loc, msg, type }[] }", () => {
    expectTypeOf<BrowserUseValidationError>().toEqualTypeOf<{
      detail?: { loc: (string | number)[]; msg: string; type: string }[];
    }>();
  });
});
