import type { ProviderClientOptions, UnexpectedErrorBody } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createHyperbrowserClient,
  type HyperAgentTask,
  type HyperAgentTaskStatus,
  type HyperAgentTaskStep,
  type HyperbrowserClient,
  type HyperbrowserErrorResponse,
} from "./index.js";

const client = createHyperbrowserClient({ apiKey: "test-key" });

describe("@agent-tasks/hyperbrowser types", () => {
  it("createHyperbrowserClient takes the shared options and returns a HyperbrowserClient", () => {
    expectTypeOf(createHyperbrowserClient).parameter(0).toEqualTypeOf<ProviderClientOptions | undefined>();
    expectTypeOf(client).toEqualTypeOf<HyperbrowserClient>();
  });

  it("types GET /api/task/hyper-agent/{id} as HyperAgentTask data and HyperbrowserErrorResponse error", async () => {
    const { data, error, response } = await client.GET("/api/task/hyper-agent/{id}", {
      params: { path: { id: "task-1" } },
    });

    expectTypeOf(data).toEqualTypeOf<HyperAgentTask | undefined>();
    expectTypeOf(data?.status).toEqualTypeOf<HyperAgentTaskStatus | undefined>();
    // The declared body, or (when the body was not a JSON object: an HTML 502, a bare 401) an UnexpectedErrorBody.
    expectTypeOf(error).toEqualTypeOf<HyperbrowserErrorResponse | UnexpectedErrorBody | undefined>();
    expectTypeOf(response).toEqualTypeOf<Response>();
  });

  it("narrows data once error is ruled out", async () => {
    const result = await client.GET("/api/task/hyper-agent/{id}", { params: { path: { id: "task-1" } } });

    if (result.error === undefined) expectTypeOf(result.data).toExtend<HyperAgentTask>();
  });

  it("rejects paths and methods the spec does not have", () => {
    // @ts-expect-error the spec has no such path
    void client.GET("/api/task/hyper-agent", {});
    // @ts-expect-error the spec has no such path
    void client.GET("/api/task/{id}", { params: { path: { id: "task-1" } } });
    // @ts-expect-error the task endpoint is GET only
    void client.POST("/api/task/hyper-agent/{id}", { params: { path: { id: "task-1" } } });
  });

  it("requires the id path parameter as a string", () => {
    // @ts-expect-error params.path.id is required
    void client.GET("/api/task/hyper-agent/{id}", {});
    // @ts-expect-error params.path.id is required
    void client.GET("/api/task/hyper-agent/{id}", { params: { path: {} } });
    // @ts-expect-error the parameter is called id
    void client.GET("/api/task/hyper-agent/{id}", { params: { path: { taskId: "task-1" } } });
    // @ts-expect-error ids are strings
    void client.GET("/api/task/hyper-agent/{id}", { params: { path: { id: 42 } } });
  });

  it("HyperAgentTaskStatus is the spec's JobStatus union", () => {
    expectTypeOf<HyperAgentTaskStatus>().toEqualTypeOf<"pending" | "running" | "completed" | "failed" | "stopped">();
  });

  it("HyperAgentTask requires jobId and status and keeps the nullable fields nullable", () => {
    expectTypeOf<HyperAgentTask["jobId"]>().toEqualTypeOf<string>();
    expectTypeOf<HyperAgentTask["status"]>().toEqualTypeOf<HyperAgentTaskStatus>();
    expectTypeOf<HyperAgentTask["error"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<HyperAgentTask["liveUrl"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<NonNullable<HyperAgentTask["data"]>["finalResult"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<HyperAgentTaskStep>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("HyperbrowserErrorResponse is { message?: string }", () => {
    expectTypeOf<HyperbrowserErrorResponse>().toEqualTypeOf<{ message?: string }>();
  });
});
