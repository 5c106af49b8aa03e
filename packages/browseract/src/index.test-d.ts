import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserActClient,
  type BrowserActDownloadFile,
  type BrowserActErrorResponse,
  type BrowserActStepStatus,
  type BrowserActTask,
  type BrowserActTaskFailureInfo,
  type BrowserActTaskOutput,
  type BrowserActTaskStatus,
  type BrowserActTaskStep,
  createBrowserActClient,
} from "./index.js";

const client = createBrowserActClient({ apiKey: "test-key" });
const taskId = "81234567890123456";

describe("@agent-tasks/browseract types", () => {
  it("createBrowserActClient takes the shared options and returns a BrowserActClient", () => {
    expectTypeOf(createBrowserActClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<BrowserActClient>();
  });

  it("types GET /v2/workflow/get-task as BrowserActTask data and BrowserActErrorResponse error", async () => {
    const { data, error, response } = await client.GET("/v2/workflow/get-task", {
      params: { query: { task_id: taskId } },
    });

    expectTypeOf(data).toEqualTypeOf<BrowserActTask | undefined>();
    // The declared body, or (when the body was not a JSON object) an UnexpectedErrorBody without BrowserAct's fields.
    expectTypeOf<Exclude<typeof error, UnexpectedErrorBody>>().toEqualTypeOf<BrowserActErrorResponse | undefined>();
    expectTypeOf<Extract<typeof error, UnexpectedErrorBody>["message"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<typeof error, UnexpectedErrorBody>["msg"]>().toEqualTypeOf<undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
  });

  it("types the task id as a string, never a number", () => {
    expectTypeOf<BrowserActTask["id"]>().toEqualTypeOf<string>();
    // @ts-expect-error a 17-digit id does not fit a number
    void client.GET("/v2/workflow/get-task", { params: { query: { task_id: 81234567890123456 } } });
  });

  it("rejects paths and methods the spec does not have", () => {
    // @ts-expect-error the spec has no delete-task operation
    void client.GET("/v2/workflow/delete-task", { params: { query: { task_id: taskId } } });
    // @ts-expect-error the path has no /api prefix
    void client.GET("/api/v2/workflow/get-task", { params: { query: { task_id: taskId } } });
    // @ts-expect-error get-task is GET only
    void client.POST("/v2/workflow/get-task", { params: { query: { task_id: taskId } } });
  });

  it("requires the task_id query parameter", () => {
    // @ts-expect-error params.query.task_id is required
    void client.GET("/v2/workflow/get-task", {});
    // @ts-expect-error params.query.task_id is required
    void client.GET("/v2/workflow/get-task", { params: { query: {} } });
    // @ts-expect-error task_id is a query parameter, not a path parameter
    void client.GET("/v2/workflow/get-task", { params: { path: { task_id: taskId } } });
  });

  it("BrowserActTaskStatus is the spec's TaskStatus union", () => {
    expectTypeOf<BrowserActTaskStatus>().toEqualTypeOf<
      "created" | "running" | "finished" | "canceled" | "pausing" | "paused" | "failed" | "unknown"
    >();
    expectTypeOf<BrowserActStepStatus>().toEqualTypeOf<"running" | "succeed" | "failed">();
  });

  it("the aliases point at the task's parts", () => {
    expectTypeOf<BrowserActTask["status"]>().toEqualTypeOf<BrowserActTaskStatus>();
    expectTypeOf<BrowserActTask["steps"]>().toEqualTypeOf<BrowserActTaskStep[]>();
    expectTypeOf<BrowserActTask["output"]>().toEqualTypeOf<BrowserActTaskOutput | undefined>();
    expectTypeOf<BrowserActTask["download_files"]>().toEqualTypeOf<BrowserActDownloadFile[] | undefined>();
    expectTypeOf<BrowserActTask["task_failure_info"]>().toEqualTypeOf<BrowserActTaskFailureInfo | undefined>();
    expectTypeOf<BrowserActTaskStep["status"]>().toEqualTypeOf<BrowserActStepStatus>();
  });

  it("BrowserActErrorResponse is the {code, msg, data, ts, time, traceId} envelope", () => {
    expectTypeOf<BrowserActErrorResponse>().toEqualTypeOf<{
      code?: number;
      msg?: string;
      data?: { [key: string]: unknown };
      ts?: number;
      time?: string;
      traceId?: string;
    }>();
  });
});
