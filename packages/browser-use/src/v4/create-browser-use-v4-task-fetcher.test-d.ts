import type { TaskFetcher, TaskFetchOptions } from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseV4Client,
  type BrowserUseV4Run,
  type BrowserUseV4RunEvent,
  type BrowserUseV4Task,
  type BrowserUseV4TaskFetcher,
  createBrowserUseV4Client,
  createBrowserUseV4TaskFetcher,
} from "./index.js";

const fetcher = createBrowserUseV4TaskFetcher(createBrowserUseV4Client({ apiKey: "test-key" }));

describe("createBrowserUseV4TaskFetcher types", () => {
  it("takes a BrowserUseV4Client and returns a BrowserUseV4TaskFetcher", () => {
    expectTypeOf(createBrowserUseV4TaskFetcher).parameters.toEqualTypeOf<[BrowserUseV4Client]>();
    expectTypeOf(fetcher).toEqualTypeOf<BrowserUseV4TaskFetcher>();
    expectTypeOf<BrowserUseV4TaskFetcher>().toEqualTypeOf<TaskFetcher<"browser-use-v4", string, BrowserUseV4Task>>();
  });

  it("has the literal source 'browser-use-v4'", () => {
    expectTypeOf(fetcher.source).toEqualTypeOf<"browser-use-v4">();
  });

  it("fetchTask takes a string run id and optional fetch options, and resolves the run with its events", () => {
    expectTypeOf(fetcher.fetchTask).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(fetcher.fetchTask).parameter(1).toEqualTypeOf<TaskFetchOptions | undefined>();
    expectTypeOf(fetcher.fetchTask("run-1")).resolves.toEqualTypeOf<BrowserUseV4Task>();
    expectTypeOf<BrowserUseV4Task["run"]>().toEqualTypeOf<BrowserUseV4Run>();
    expectTypeOf<BrowserUseV4Task["events"]>().toEqualTypeOf<readonly BrowserUseV4RunEvent[]>();
  });

  it("refuses references of the wrong shape", () => {
    // @ts-expect-error ids are strings
    void fetcher.fetchTask(42);
    // @ts-expect-error a run id is required
    void fetcher.fetchTask();
    // @ts-expect-error the id itself, not an object around it
    void fetcher.fetchTask({ id: "run-1" });
  });
});
