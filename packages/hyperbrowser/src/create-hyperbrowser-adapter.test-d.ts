import type {
  StartedTask,
  TaskAdapter,
  TaskCallOptions,
  TaskStatusOperation,
  TaskStopOperation,
} from "@agent-tasks/core";
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createHyperbrowserAdapter,
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperAgentTask,
  type HyperAgentTaskStatus,
  type HyperbrowserAdapter,
  type HyperbrowserAgent,
  type HyperbrowserCuaTask,
  type HyperbrowserTask,
  type RawTaskBySource,
} from "./index.js";

type Schemas = components["schemas"];

const client = createHyperbrowserClient({ apiKey: "test-key" });
const adapter = createHyperbrowserAdapter(client);
const cua = createHyperbrowserAdapter(client, { agent: "cua" });

describe("createHyperbrowserAdapter types", () => {
  it("defaults to the hyper-agent adapter, and infers the agent from options.agent", () => {
    expectTypeOf(adapter).toEqualTypeOf<HyperbrowserAdapter<"hyper-agent">>();
    expectTypeOf(cua).toEqualTypeOf<HyperbrowserAdapter<"cua">>();
    expectTypeOf(cua.agent).toEqualTypeOf<"cua">();
    expectTypeOf<HyperbrowserAgent>().toEqualTypeOf<
      "hyper-agent" | "browser-use" | "claude-computer-use" | "gemini-computer-use" | "cua"
    >();
    // @ts-expect-error not one of Hyperbrowser's agents
    createHyperbrowserAdapter(client, { agent: "operator" });
  });

  it("is a TaskAdapter with status and stop, whose ref is the fetcher's (a jobId string)", () => {
    expectTypeOf(adapter).toExtend<
      TaskAdapter<"hyperbrowser", string, HyperAgentTask, Schemas["StartHyperAgentTaskParams"]>
    >();
    expectTypeOf(adapter).toExtend<TaskStatusOperation<string> & TaskStopOperation<string>>();
    expectTypeOf(adapter.source).toEqualTypeOf<"hyperbrowser">();
    expectTypeOf(adapter.get).parameters.toEqualTypeOf<[string, TaskCallOptions?]>();
    expectTypeOf(createHyperbrowserTaskFetcher(client).fetchTask)
      .parameter(0)
      .toEqualTypeOf<Parameters<typeof adapter.get>[0]>();
    expectTypeOf(adapter.status).returns.toEqualTypeOf<Promise<HyperAgentTaskStatus>>();
    expectTypeOf(adapter.stop).returns.toEqualTypeOf<Promise<void>>();
  });

  it("types start's input as the agent's own start body, and resolves its start response", () => {
    expectTypeOf(adapter.start).parameter(0).toEqualTypeOf<Schemas["StartHyperAgentTaskParams"]>();
    expectTypeOf(cua.start).parameter(0).toEqualTypeOf<Schemas["StartCuaTaskParams"]>();
    expectTypeOf(createHyperbrowserAdapter(client, { agent: "browser-use" }).start)
      .parameter(0)
      .toEqualTypeOf<Schemas["StartBrowserUseTaskParams"]>();
    expectTypeOf(adapter.start({ task: "t" })).resolves.toEqualTypeOf<
      StartedTask<string, Schemas["StartHyperAgentTaskResponse"]>
    >();
    expectTypeOf(cua.get("job")).resolves.toEqualTypeOf<HyperbrowserCuaTask>();
    // @ts-expect-error a CUA body has no HyperAgent `version`
    void cua.start({ task: "t", version: "1.1.0" });
    // @ts-expect-error HyperAgent has no `useComputerAction`
    void adapter.start({ task: "t", useComputerAction: true });
    // @ts-expect-error `task` is required
    void adapter.start({ maxSteps: 3 });
  });

  it("the raw task registered for normalize covers every agent's task", () => {
    expectTypeOf<RawTaskBySource["hyperbrowser"]>().toEqualTypeOf<HyperbrowserTask>();
    expectTypeOf<HyperbrowserCuaTask>().toExtend<RawTaskBySource["hyperbrowser"]>();
  });

  it("has no pause, resume, list, output schema or client key: calling them does not compile", () => {
    // @ts-expect-error Hyperbrowser cannot pause a task
    void adapter.pause("job");
    // @ts-expect-error Hyperbrowser cannot resume a task
    void adapter.resume("job");
    // @ts-expect-error Hyperbrowser has no task list
    void adapter.list();
    // @ts-expect-error the start bodies take no output schema
    void adapter.withOutputSchema({ task: "t" }, {});
    // @ts-expect-error Hyperbrowser stores no caller metadata
    void adapter.findByClientKey("key");
  });
});
