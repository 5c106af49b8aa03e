import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseV4Client,
  type BrowserUseV4CreateRunRequest,
  type BrowserUseV4Run,
  type BrowserUseV4RunEvent,
  type BrowserUseV4RunStatus,
  type components,
  createBrowserUseV4Client,
} from "./index.js";

const client = createBrowserUseV4Client({ apiKey: "test-key" });
const runId = "5b0e7c1a-93d4-4f2e-8a61-2c7d9e4f0b13";

describe("@agent-tasks/browser-use/v4 types", () => {
  it("createBrowserUseV4Client takes the shared options and returns a BrowserUseV4Client", () => {
    expectTypeOf(createBrowserUseV4Client).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<BrowserUseV4Client>();
  });

  it("types GET /runs/{run_id} as a RunSummary and its 422 as the validation error", async () => {
    const { data, error } = await client.GET("/runs/{run_id}", { params: { path: { run_id: runId } } });

    expectTypeOf(data).toEqualTypeOf<BrowserUseV4Run | undefined>();
    expectTypeOf<Exclude<typeof error, UnexpectedErrorBody>>().toEqualTypeOf<
      components["schemas"]["HTTPValidationError"] | undefined
    >();
  });

  it("types the events feed's cursor and events", async () => {
    const { data } = await client.GET("/runs/{run_id}/events", {
      params: { path: { run_id: runId }, query: { after: 12 } },
    });

    expectTypeOf(data?.events).toEqualTypeOf<BrowserUseV4RunEvent[] | undefined>();
    expectTypeOf<BrowserUseV4RunEvent["id"]>().toEqualTypeOf<number>();
    // @ts-expect-error `after` is an event id, a number
    void client.GET("/runs/{run_id}/events", { params: { path: { run_id: runId }, query: { after: "12" } } });
  });

  it("rejects paths the spec does not have", () => {
    // @ts-expect-error v4 paths have no /api/v4 prefix: that is part of the base URL
    void client.GET("/api/v4/runs/{run_id}", { params: { path: { run_id: runId } } });
    // @ts-expect-error the v2 path belongs to createBrowserUseClient
    void client.GET("/tasks/{task_id}", { params: { path: { task_id: runId } } });
    // @ts-expect-error params.path.run_id is required
    void client.GET("/runs/{run_id}", { params: { path: {} } });
  });

  it("BrowserUseV4RunStatus is the spec's six statuses", () => {
    expectTypeOf<BrowserUseV4RunStatus>().toEqualTypeOf<
      "queued" | "dispatching" | "running" | "completed" | "failed" | "cancelled"
    >();
  });

  it("POST /runs requires exactly what the spec requires: only task", () => {
    expectTypeOf<{ task: string }>().toExtend<BrowserUseV4CreateRunRequest>();
    void client.POST("/runs", { body: { task: "Find the cheapest flight" } });
    // @ts-expect-error task is required
    void client.POST("/runs", { body: { model: "minimax-m3" } });
  });
});
