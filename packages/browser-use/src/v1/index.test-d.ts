import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseV1Client,
  type BrowserUseV1Task,
  type BrowserUseV1TaskStatus,
  type BrowserUseV1TaskStep,
  type BrowserUseV1ValidationError,
  createBrowserUseV1Client,
} from "./index.js";

const client = createBrowserUseV1Client({ apiKey: "test-key" });
const taskId = "e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6";

describe("@agent-tasks/browser-use/v1 types", () => {
  it("createBrowserUseV1Client takes the shared options and returns a BrowserUseV1Client", () => {
    expectTypeOf(createBrowserUseV1Client).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<BrowserUseV1Client>();
  });

  it("types GET /api/v1/task/{task_id} as BrowserUseV1Task data and BrowserUseV1ValidationError error", async () => {
    const { data, error } = await client.GET("/api/v1/task/{task_id}", { params: { path: { task_id: taskId } } });

    expectTypeOf(data).toEqualTypeOf<BrowserUseV1Task | undefined>();
    expectTypeOf(data?.status).toEqualTypeOf<BrowserUseV1TaskStatus | undefined>();
    expectTypeOf(data?.steps).toEqualTypeOf<BrowserUseV1TaskStep[] | undefined>();
    expectTypeOf<Exclude<typeof error, UnexpectedErrorBody>>().toEqualTypeOf<BrowserUseV1ValidationError | undefined>();
  });

  it("rejects paths and methods the spec does not have", () => {
    // @ts-expect-error the v2 path belongs to createBrowserUseClient
    void client.GET("/tasks/{task_id}", { params: { path: { task_id: taskId } } });
    // @ts-expect-error v1 uses the singular /task
    void client.GET("/api/v1/tasks/{task_id}", { params: { path: { task_id: taskId } } });
    // @ts-expect-error the task endpoint is GET only
    void client.PUT("/api/v1/task/{task_id}", { params: { path: { task_id: taskId } } });
  });

  it("requires the task_id path parameter", () => {
    // @ts-expect-error params.path.task_id is required
    void client.GET("/api/v1/task/{task_id}", {});
    // @ts-expect-error params.path.task_id is required
    void client.GET("/api/v1/task/{task_id}", { params: { path: {} } });
  });

  it("BrowserUseV1TaskStatus is the spec's TaskStatusEnum union", () => {
    expectTypeOf<BrowserUseV1TaskStatus>().toEqualTypeOf<
      "created" | "running" | "finished" | "stopped" | "paused" | "failed"
    >();
  });

  it("BrowserUseV1Task keeps output required but nullable", () => {
    expectTypeOf<BrowserUseV1Task["output"]>().toEqualTypeOf<string | null>();
    expectTypeOf<BrowserUseV1Task["finished_at"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("BrowserUseV1ValidationError is { detail?: { loc?, msg?, type? }[] }", () => {
    expectTypeOf<BrowserUseV1ValidationError>().toEqualTypeOf<{
      detail?: { loc?: string[]; msg?: string; type?: string }[];
    }>();
  });
});
