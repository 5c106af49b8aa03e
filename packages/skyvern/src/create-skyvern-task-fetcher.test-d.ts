import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createSkyvernClient,
  createSkyvernTaskFetcher,
  type SkyvernClient,
  type SkyvernRun,
  type SkyvernTaskFetcher,
  type SkyvernTaskRun,
  type SkyvernWorkflowRun,
} from "./index.js";

const fetcher = createSkyvernTaskFetcher(createSkyvernClient({ apiKey: "test-key" }));

describe("createSkyvernTaskFetcher types", () => {
  it("takes a SkyvernClient and returns a SkyvernTaskFetcher", () => {
    expectTypeOf(createSkyvernTaskFetcher).parameters.toEqualTypeOf<[SkyvernClient]>();
    expectTypeOf(fetcher).toEqualTypeOf<SkyvernTaskFetcher>();
    expectTypeOf<SkyvernTaskFetcher>().toEqualTypeOf<TaskFetcher<"skyvern", string, SkyvernRun>>();
  });

  it("has the literal source 'skyvern'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"skyvern">();
  });

  it("fetchTask takes a string run id and optional fetch options, and resolves a task run or a workflow run", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask("tsk_1")).resolves.toEqualTypeOf<SkyvernRun>();
    expectTypeOf<SkyvernRun>().toEqualTypeOf<SkyvernTaskRun | SkyvernWorkflowRun>();
  });

  it("refuses references of the wrong shape", () => {
    // @ts-expect-error ids are strings
    void fetcher.fetchTask(42);
    // @ts-expect-error a run id is required
    void fetcher.fetchTask();
    // @ts-expect-error the id itself, not an object around it
    void fetcher.fetchTask({ run_id: "tsk_1" });
  });
});
