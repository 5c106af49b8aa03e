import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import { createDariClient, type DariClient, type DariTask, type DariTaskEvent, type DariTaskStatus } from "./index.js";

const client = createDariClient({ apiKey: "test-key" });
const path = { org_id: "my-org", endpoint_name: "contact_form" };
const query = { job_id: "550e8400-e29b-41d4-a716-446655440000" };

describe("@agent-tasks/dari types", () => {
  it("createDariClient takes the shared options and returns a DariClient", () => {
    expectTypeOf(createDariClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<DariClient>();
  });

  it("types GET /task/{org_id}/{endpoint_name}/status as DariTask data", async () => {
    const { data } = await client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path, query } });

    expectTypeOf(data).toEqualTypeOf<DariTask | undefined>();
    expectTypeOf(data?.status).toEqualTypeOf<DariTaskStatus | undefined>();
  });

  it("types error as UnexpectedErrorBody: the spec declares no error response, but a 500 still arrives at run time", async () => {
    const { error } = await client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path, query } });

    expectTypeOf(error).toEqualTypeOf<UnexpectedErrorBody | undefined>();
    expectTypeOf(error?.message).toEqualTypeOf<string | undefined>();
  });

  it("rejects paths and methods the spec does not have", () => {
    // @ts-expect-error the spec has no such path
    void client.GET("/task/{org_id}/{endpoint_name}", { params: { path, query } });
    // @ts-expect-error the status endpoint is GET only
    void client.POST("/task/{org_id}/{endpoint_name}/status", { params: { path, query } });
  });

  it("requires both path parameters and the job_id query parameter", () => {
    // @ts-expect-error params.query.job_id is required
    void client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path } });
    // @ts-expect-error params.path is required
    void client.GET("/task/{org_id}/{endpoint_name}/status", { params: { query } });
    // @ts-expect-error params.path.endpoint_name is required
    void client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path: { org_id: "my-org" }, query } });
    // @ts-expect-error job_id is a query parameter, not a path parameter
    void client.GET("/task/{org_id}/{endpoint_name}/status", { params: { path: { ...path, ...query } } });
  });

  it("DariTaskStatus is the spec's JobStatus union", () => {
    expectTypeOf<DariTaskStatus>().toEqualTypeOf<"pending" | "running" | "paused" | "completed" | "failed">();
  });

  it("every DariTask field is optional, as the spec declares none required", () => {
    expectTypeOf<DariTask["status"]>().toEqualTypeOf<DariTaskStatus | undefined>();
    expectTypeOf<DariTask["events"]>().toEqualTypeOf<DariTaskEvent[] | undefined>();
    expectTypeOf<DariTask["error"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<DariTask["total_cost_usd"]>().toEqualTypeOf<number | undefined>();
  });
});
