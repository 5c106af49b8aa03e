import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserActClient,
  type BrowserActTask,
  type BrowserActTaskFetcher,
  createBrowserActClient,
  createBrowserActTaskFetcher,
} from "./index.js";

const fetcher = createBrowserActTaskFetcher(createBrowserActClient({ apiKey: "test-key" }));

describe("createBrowserActTaskFetcher types", () => {
  it("takes a BrowserActClient and returns a BrowserActTaskFetcher", () => {
    expectTypeOf(createBrowserActTaskFetcher).parameters.toEqualTypeOf<[BrowserActClient]>();
    expectTypeOf(fetcher).toEqualTypeOf<BrowserActTaskFetcher>();
    expectTypeOf<BrowserActTaskFetcher>().toEqualTypeOf<TaskFetcher<"browseract", string, BrowserActTask>>();
  });

  it("has the literal source 'browseract'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"browseract">();
  });

  it("fetchTask takes a string task id and optional fetch options, and resolves BrowserActTask", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask).returns.toEqualTypeOf<Promise<BrowserActTask>>();
    expectTypeOf(
      fetcher.fetchTask("81234567890123456", { signal: AbortSignal.timeout(1_000) }),
    ).resolves.toEqualTypeOf<BrowserActTask>();
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
