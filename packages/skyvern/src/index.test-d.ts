import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createSkyvernClient,
  type SkyvernClient,
  type SkyvernRun,
  type SkyvernRunListItem,
  type SkyvernRunStatus,
  type SkyvernTaskRun,
  type SkyvernTaskRunRequest,
} from "./index.js";

const client = createSkyvernClient({ apiKey: "test-key" });
const runId = "tsk_v2_438291827364501928";

describe("@agent-tasks/skyvern types", () => {
  it("createSkyvernClient takes the shared options and returns a SkyvernClient", () => {
    expectTypeOf(createSkyvernClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<SkyvernClient>();
  });

  it("types GET /v1/runs/{run_id} as a task run or a workflow run, and its 422 as the validation error", async () => {
    const { data, error } = await client.GET("/v1/runs/{run_id}", { params: { path: { run_id: runId } } });

    expectTypeOf(data).toEqualTypeOf<SkyvernRun | undefined>();
    expectTypeOf<Exclude<typeof error, UnexpectedErrorBody>>().toEqualTypeOf<
      components["schemas"]["HTTPValidationError"] | undefined
    >();
    if (data !== undefined && data.run_type !== "workflow_run") expectTypeOf(data).toEqualTypeOf<SkyvernTaskRun>();
  });

  it("types GET /v1/runs as an array of TaskRunListItem", async () => {
    const { data } = await client.GET("/v1/runs", { params: { query: { page: 2, page_size: 50 } } });

    expectTypeOf(data).toEqualTypeOf<SkyvernRunListItem[] | undefined>();
  });

  it("has only the generated task-run operations, and no key parameter (the client sends x-api-key)", () => {
    // @ts-expect-error workflows are outside the generated scope
    void client.GET("/v1/workflows", {});
    // @ts-expect-error the key is not a per-call header parameter
    void client.GET("/v1/runs/{run_id}", { params: { path: { run_id: runId }, header: { "x-api-key": "k" } } });
    // @ts-expect-error params.path.run_id is required
    void client.GET("/v1/runs/{run_id}", { params: { path: {} } });
  });

  it("SkyvernRunStatus is the spec's nine statuses", () => {
    expectTypeOf<SkyvernRunStatus>().toEqualTypeOf<
      "created" | "queued" | "running" | "paused" | "timed_out" | "failed" | "terminated" | "completed" | "canceled"
    >();
  });

  it("POST /v1/run/tasks requires exactly what the spec requires: only prompt", () => {
    expectTypeOf<{ prompt: string }>().toExtend<SkyvernTaskRunRequest>();
    void client.POST("/v1/run/tasks", { body: { prompt: "Find the top 3 posts on Hacker News." } });
    // @ts-expect-error prompt is required
    void client.POST("/v1/run/tasks", { body: { url: "https://news.ycombinator.com" } });
  });
});
