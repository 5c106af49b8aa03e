import type {
  StartedTask,
  TaskAdapter,
  TaskCallOptions,
  TaskListOperation,
  TaskListPage,
  TaskOutputSchemaOperation,
  TaskStopOperation,
} from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createSkyvernAdapter,
  createSkyvernClient,
  createSkyvernTaskFetcher,
  type SkyvernAdapter,
  type SkyvernArtifact,
  type SkyvernListQuery,
  type SkyvernRun,
  type SkyvernRunListItem,
  type SkyvernTaskRun,
  type SkyvernTaskRunRequest,
  type SkyvernTimelineEntry,
} from "./index.js";

const client = createSkyvernClient({ apiKey: "test-key" });
const adapter = createSkyvernAdapter(client);

describe("createSkyvernAdapter types", () => {
  it("takes a SkyvernClient and returns a SkyvernAdapter", () => {
    expectTypeOf(createSkyvernAdapter).parameters.toEqualTypeOf<[typeof client]>();
    expectTypeOf(adapter).toEqualTypeOf<SkyvernAdapter>();
  });

  it("is a TaskAdapter with stop, list and output schema, over the fetcher's ref and run", () => {
    expectTypeOf(adapter).toExtend<TaskAdapter<"skyvern", string, SkyvernRun, SkyvernTaskRunRequest>>();
    expectTypeOf(adapter).toExtend<TaskStopOperation<string>>();
    expectTypeOf(adapter).toExtend<
      TaskListOperation<SkyvernListQuery, SkyvernRunListItem, readonly SkyvernRunListItem[]>
    >();
    expectTypeOf(adapter).toExtend<TaskOutputSchemaOperation<SkyvernTaskRunRequest>>();
    expectTypeOf(adapter.get).toEqualTypeOf<(ref: string, options?: TaskCallOptions) => Promise<SkyvernRun>>();
    expectTypeOf(createSkyvernTaskFetcher(client).fetchTask).parameter(0).toEqualTypeOf<string>();
  });

  it("types start's input as the spec's TaskRunRequest and resolves the run it answers", () => {
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<SkyvernTaskRunRequest>();
    expectTypeOf(adapter.start({ prompt: "p" })).resolves.toEqualTypeOf<StartedTask<string, SkyvernTaskRun>>();
    // @ts-expect-error `prompt` is required
    void adapter.start({ url: "https://example.com" });
    // @ts-expect-error the engine is one of the spec's RunEngine
    void adapter.start({ prompt: "p", engine: "skyvern-9.0" });
  });

  it("list pages carry TaskRunListItem rows; the adapter pages by itself", () => {
    expectTypeOf(adapter.list({ page_size: 50, status: ["completed"] })).toEqualTypeOf<
      AsyncIterable<TaskListPage<SkyvernRunListItem, readonly SkyvernRunListItem[]>>
    >();
    // @ts-expect-error the adapter sets `page` itself
    void adapter.list({ page: 2 });
    // @ts-expect-error statuses are the spec's RunStatus
    void adapter.list({ status: ["done"] });
  });

  it("timeline and artifacts resolve the spec's entries", () => {
    expectTypeOf(adapter.timeline("wr_1")).resolves.toEqualTypeOf<SkyvernTimelineEntry[]>();
    expectTypeOf(adapter.artifacts("tsk_1", { artifact_type: ["recording"] })).resolves.toEqualTypeOf<
      SkyvernArtifact[]
    >();
    // @ts-expect-error artifact types are the spec's ArtifactType
    void adapter.artifacts("tsk_1", { artifact_type: ["video"] });
  });

  it("has no status, pause, resume or client key: calling them does not compile", () => {
    // @ts-expect-error GET /v1/runs/{run_id} is Skyvern's only read: use get
    void adapter.status("tsk_1");
    // @ts-expect-error Skyvern has no pause request
    void adapter.pause("tsk_1");
    // @ts-expect-error Skyvern has no resume request
    void adapter.resume("tsk_1");
    // @ts-expect-error TaskRunRequest has no metadata
    void adapter.withClientKey({ prompt: "p" }, "k");
  });
});
