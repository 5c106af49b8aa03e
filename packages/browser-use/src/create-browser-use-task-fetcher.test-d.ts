import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseClient,
  type BrowserUseTask,
  type BrowserUseTaskFetcher,
  createBrowserUseClient,
  createBrowserUseTaskFetcher,
} from "./index.js";

const fetcher = createBrowserUseTaskFetcher(createBrowserUseClient({ apiKey: "test-key" }));

describe("createBrowserUseTaskFetcher types", () => {
  it("takes a BrowserUseClient and returns a BrowserUseTaskFetcher", () => {
    expectTypeOf(createBrowserUseTaskFetcher).parameters.toEqualTypeOf<[BrowserUseClient]>();
    expectTypeOf(fetcher).toEqualTypeOf<BrowserUseTaskFetcher>();
    expectTypeOf<BrowserUseTaskFetcher>().toEqualTypeOf<TaskFetcher<"browser-use", string, BrowserUseTask>>();
  });

  it("has the literal source 'browser-use'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"browser-use">();
  });

  it("fetchTask takes a string task id and optional fetch options, and resolves BrowserUseTask", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask).returns.toEqualTypeOf<Promise<BrowserUseTask>>();
    expectTypeOf(
      fetcher.fetchTask("task-1", { signal: AbortSignal.timeout(1_000) }),
    ).resolves.toEqualTypeOf<BrowserUseTask>();
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
