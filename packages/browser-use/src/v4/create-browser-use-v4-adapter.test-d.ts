import type {
  StartedTask,
  TaskAdapter,
  TaskCallOptions,
  TaskListOperation,
  TaskListPage,
  TaskStatusOperation,
  TaskStopOperation,
} from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BrowserUseV4Adapter,
  type BrowserUseV4CreateRunRequest,
  type BrowserUseV4ListQuery,
  type BrowserUseV4Run,
  type BrowserUseV4RunCreated,
  type BrowserUseV4RunEventsPage,
  type BrowserUseV4RunListPage,
  type BrowserUseV4RunStatus,
  type BrowserUseV4Task,
  createBrowserUseV4Adapter,
  createBrowserUseV4Client,
  createBrowserUseV4TaskFetcher,
} from "./index.js";

const client = createBrowserUseV4Client({ apiKey: "test-key" });
const adapter = createBrowserUseV4Adapter(client);

describe("createBrowserUseV4Adapter types", () => {
  it("takes a BrowserUseV4Client and returns a BrowserUseV4Adapter", () => {
    expectTypeOf(createBrowserUseV4Adapter).parameters.toEqualTypeOf<[typeof client]>();
    expectTypeOf(adapter).toEqualTypeOf<BrowserUseV4Adapter>();
  });

  it("is a TaskAdapter with status, stop and list, over the fetcher's ref and task ({ run, events })", () => {
    expectTypeOf(adapter).toExtend<
      TaskAdapter<"browser-use-v4", string, BrowserUseV4Task, BrowserUseV4CreateRunRequest>
    >();
    expectTypeOf(adapter).toExtend<TaskStatusOperation<string> & TaskStopOperation<string>>();
    expectTypeOf(adapter).toExtend<
      TaskListOperation<BrowserUseV4ListQuery, BrowserUseV4Run, BrowserUseV4RunListPage>
    >();
    expectTypeOf(adapter.get).toEqualTypeOf<(ref: string, options?: TaskCallOptions) => Promise<BrowserUseV4Task>>();
    expectTypeOf(createBrowserUseV4TaskFetcher(client).fetchTask).parameter(0).toEqualTypeOf<string>();
  });

  it("types start's input as the spec's RunCreateRequest and resolves its response", () => {
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<BrowserUseV4CreateRunRequest>();
    expectTypeOf(adapter.start({ task: "t" })).resolves.toEqualTypeOf<StartedTask<string, BrowserUseV4RunCreated>>();
    // @ts-expect-error `task` is required
    void adapter.start({ model: "minimax-m3" });
    // @ts-expect-error the model is one of the spec's enum
    void adapter.start({ task: "t", model: "gpt-2" });
  });

  it("status resolves the raw status; list pages carry RunSummary items; events resolves one feed page", () => {
    expectTypeOf(adapter.status("r")).resolves.toEqualTypeOf<BrowserUseV4RunStatus>();
    expectTypeOf(adapter.list({ limit: 20, sessionId: "s" })).toEqualTypeOf<
      AsyncIterable<TaskListPage<BrowserUseV4Run, BrowserUseV4RunListPage>>
    >();
    // @ts-expect-error the adapter follows the keyset cursor by itself
    void adapter.list({ cursor: "c" });
    expectTypeOf(adapter.events("r", { after: 7 })).resolves.toEqualTypeOf<BrowserUseV4RunEventsPage>();
    // @ts-expect-error `after` is an event id, a number
    void adapter.events("r", { after: "7" });
  });

  it("has no pause, resume, output schema or client key: calling them does not compile", () => {
    // @ts-expect-error API v4 cannot pause a run
    void adapter.pause("r");
    // @ts-expect-error API v4 cannot resume a run
    void adapter.resume("r");
    // @ts-expect-error RunCreateRequest has no structured-output field
    void adapter.withOutputSchema({ task: "t" }, {});
    // @ts-expect-error runs carry no metadata
    void adapter.findByClientKey("k");
  });
});
