import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseV1Client,
  type BrowserUseV1Task,
  type BrowserUseV1TaskFetcher,
  createBrowserUseV1Client,
  createBrowserUseV1TaskFetcher,
} from "./index.js";

const fetcher = createBrowserUseV1TaskFetcher(createBrowserUseV1Client({ apiKey: "test-key" }));

describe("createBrowserUseV1TaskFetcher types", () => {
  it("takes a BrowserUseV1Client and returns a BrowserUseV1TaskFetcher", () => {
    expectTypeOf(createBrowserUseV1TaskFetcher).parameters.toEqualTypeOf<[BrowserUseV1Client]>();
    expectTypeOf(fetcher).toEqualTypeOf<BrowserUseV1TaskFetcher>();
    expectTypeOf<BrowserUseV1TaskFetcher>().toEqualTypeOf<TaskFetcher<"browser-use-v1", string, BrowserUseV1Task>>();
  });

  it("has the literal source 'browser-use-v1'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"browser-use-v1">();
  });

  it("fetchTask takes a string task id and optional fetch options, and resolves BrowserUseV1Task", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask).returns.toEqualTypeOf<Promise<BrowserUseV1Task>>();
    expectTypeOf(
      fetcher.fetchTask("task-1", { signal: AbortSignal.timeout(1_000) }),
    ).resolves.toEqualTypeOf<BrowserUseV1Task>();
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
