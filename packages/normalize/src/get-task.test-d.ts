import { createDariClient, createDariTaskFetcher, type DariTask, type DariTaskRef } from "@agent-tasks/dari";
import { createHyperbrowserClient } from "@agent-tasks/hyperbrowser";
import { describe, expectTypeOf, it } from "vitest";
import { type AgentTask, type GetTaskOptions, getTask } from "./index.js";

const dariFetcher = createDariTaskFetcher(createDariClient({ apiKey: "test-key" }));
const ref: DariTaskRef = { orgId: "my-org", endpointName: "contact_form", jobId: "job-1" };

describe("getTask types", () => {
  it("resolves the AgentTask of the fetcher's source, with that source's raw type", () => {
    expectTypeOf(getTask(dariFetcher, ref)).resolves.toEqualTypeOf<AgentTask<"dari">>();
    expectTypeOf(getTask(dariFetcher, ref)).resolves.toHaveProperty("raw").toEqualTypeOf<DariTask>();
  });

  it("takes the fetcher's own reference type and optional GetTaskOptions", () => {
    expectTypeOf(getTask).parameter(2).toEqualTypeOf<GetTaskOptions | undefined>();
    // @ts-expect-error a Dari fetcher needs { orgId, endpointName, jobId }, not a bare id
    void getTask(dariFetcher, "job-1");
  });

  it("refuses a client where a task fetcher belongs", () => {
    // @ts-expect-error a client has no source or fetchTask: wrap it with createHyperbrowserTaskFetcher
    void getTask(createHyperbrowserClient({ apiKey: "test-key" }), "job-1");
  });
});
