import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperAgentTask,
  type HyperbrowserClient,
  type HyperbrowserTaskFetcher,
} from "./index.js";

const fetcher = createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: "test-key" }));

describe("createHyperbrowserTaskFetcher types", () => {
  it("takes a HyperbrowserClient and returns a HyperbrowserTaskFetcher", () => {
    expectTypeOf(createHyperbrowserTaskFetcher).parameters.toEqualTypeOf<[HyperbrowserClient]>();
    expectTypeOf(fetcher).toEqualTypeOf<HyperbrowserTaskFetcher>();
    expectTypeOf<HyperbrowserTaskFetcher>().toEqualTypeOf<TaskFetcher<"hyperbrowser", string, HyperAgentTask>>();
  });

  it("has the literal source 'hyperbrowser'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"hyperbrowser">();
  });

  it("fetchTask takes a string job id and optional fetch options, and resolves HyperAgentTask", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask).returns.toEqualTypeOf<Promise<HyperAgentTask>>();
    expectTypeOf(
      fetcher.fetchTask("job-1", { signal: AbortSignal.timeout(1_000) }),
    ).resolves.toEqualTypeOf<HyperAgentTask>();
  });

  it("refuses references of the wrong shape", () => {
    // @ts-expect-error ids are strings: numbers may already have lost digits
    void fetcher.fetchTask(42);
    // @ts-expect-error a task id is required
    void fetcher.fetchTask();
    // @ts-expect-error the id itself, not an object around it
    void fetcher.fetchTask({ id: "task-1" });
  });
});
