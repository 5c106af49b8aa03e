import type { StartedTask, TaskAdapter, TaskCallOptions, TaskPauseOperation } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createDariAdapter,
  createDariClient,
  createDariTaskFetcher,
  type DariAdapter,
  type DariAdapterOptions,
  type DariAnswer,
  type DariStartJobRequest,
  type DariStartJobResponse,
  type DariTask,
  type DariTaskRef,
} from "./index.js";

const client = createDariClient({ apiKey: "test-key" });
const adapter = createDariAdapter(client, { orgId: "my-org", endpointName: "contact_form" });
const ref: DariTaskRef = { orgId: "my-org", endpointName: "contact_form", jobId: "job-1" };

describe("createDariAdapter types", () => {
  it("takes a DariClient and the portal, and returns a DariAdapter", () => {
    expectTypeOf(createDariAdapter).parameters.toEqualTypeOf<[typeof client, DariAdapterOptions]>();
    expectTypeOf(adapter).toEqualTypeOf<DariAdapter>();
    // @ts-expect-error the portal is required: the start path names it
    createDariAdapter(client);
  });

  it("is a TaskAdapter with pause, over the fetcher's object ref", () => {
    expectTypeOf(adapter).toExtend<TaskAdapter<"dari", DariTaskRef, DariTask, DariStartJobRequest>>();
    expectTypeOf(adapter).toExtend<TaskPauseOperation<DariTaskRef>>();
    expectTypeOf(createDariTaskFetcher(client).fetchTask)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof adapter.get>[0]>();
    expectTypeOf(adapter.answer).toEqualTypeOf<
      (ref: DariTaskRef, answer: DariAnswer, options?: TaskCallOptions) => Promise<void>
    >();
  });

  it("types start's input as the StartJobRequest body alone, and resolves the full ref", () => {
    expectTypeOf<DariStartJobRequest>().toEqualTypeOf<components["schemas"]["StartJobRequest"]>();
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<DariStartJobRequest>();
    expectTypeOf(adapter.start({ form_data: {} })).resolves.toEqualTypeOf<
      StartedTask<DariTaskRef, DariStartJobResponse>
    >();
    // @ts-expect-error the portal is bound to the adapter, not part of the start input
    void adapter.start({ orgId: "my-org", form_data: {} });
    // @ts-expect-error answer takes { questionId, answer }
    void adapter.answer(ref, { question_id: "q", answer: "a" });
  });

  it("has no status, stop, resume or list: calling them does not compile", () => {
    // @ts-expect-error Dari has no separate status read
    void adapter.status(ref);
    // @ts-expect-error Dari cannot stop a job
    void adapter.stop(ref);
    // @ts-expect-error Dari has no resume request
    void adapter.resume(ref);
    // @ts-expect-error Dari has no job list
    void adapter.list();
  });
});
