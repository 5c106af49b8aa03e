import { createBrowserActAdapter, createBrowserActClient } from "@agent-tasks/browseract";
import { createDariClient, createDariTaskFetcher, type DariTask, type DariTaskRef } from "@agent-tasks/dari";
import {
  createHyperbrowserAdapter,
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
  type HyperAgentTask,
} from "@agent-tasks/hyperbrowser";
import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import * as browserUseV4Entry from "./browser-use-v4.js";
import * as browserActEntry from "./browseract.js";
import * as dariEntry from "./dari.js";
import * as hyperbrowserEntry from "./hyperbrowser.js";
import type {
  AgentTask,
  AgentTaskSource,
  GetTaskFor,
  ListTasksFor,
  RunTaskFor,
  StartTaskFor,
  StopTaskFor,
  StructuredAgentTask,
  WaitForTaskFor,
  WatchTaskFor,
} from "./index.js";
import * as main from "./index.js";
import * as skyvernEntry from "./skyvern.js";

const hyperbrowserFetcher = createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: "test-key" }));
const hyperbrowserAdapter = createHyperbrowserAdapter(createHyperbrowserClient({ apiKey: "test-key" }));
const dariFetcher = createDariTaskFetcher(createDariClient({ apiKey: "test-key" }));
const dariRef: DariTaskRef = { orgId: "o", endpointName: "e", jobId: "j" };
const browserActAdapter = createBrowserActAdapter(createBrowserActClient({ apiKey: "test-key" }));

describe("the main entry point's lifecycle functions", () => {
  it("have the types of their `…For<AgentTaskSource>`", () => {
    expectTypeOf(main.getTask).toEqualTypeOf<GetTaskFor<AgentTaskSource>>();
    expectTypeOf(main.waitForTask).toEqualTypeOf<WaitForTaskFor<AgentTaskSource>>();
    expectTypeOf(main.watchTask).toEqualTypeOf<WatchTaskFor<AgentTaskSource>>();
  });
});

describe("a provider's entry point", () => {
  it("types its functions as the main entry point's, for its own source", () => {
    expectTypeOf(hyperbrowserEntry.getTask).toEqualTypeOf<GetTaskFor<"hyperbrowser">>();
    expectTypeOf(hyperbrowserEntry.runTask).toEqualTypeOf<RunTaskFor<"hyperbrowser">>();
    expectTypeOf(hyperbrowserEntry.startTask).toEqualTypeOf<StartTaskFor<"hyperbrowser">>();
    expectTypeOf(hyperbrowserEntry.stopTask).toEqualTypeOf<StopTaskFor<"hyperbrowser">>();
    expectTypeOf(browserActEntry.listTasks).toEqualTypeOf<ListTasksFor<"browseract">>();
    expectTypeOf(browserUseV4Entry.getTask).toEqualTypeOf<GetTaskFor<"browser-use-v4">>();
    expectTypeOf(browserUseV4Entry.runTask).toEqualTypeOf<RunTaskFor<"browser-use-v4">>();
    expectTypeOf(browserUseV4Entry.stopTask).toEqualTypeOf<StopTaskFor<"browser-use-v4">>();
    expectTypeOf(browserUseV4Entry.listTasks).toEqualTypeOf<ListTasksFor<"browser-use-v4">>();
    expectTypeOf(skyvernEntry.getTask).toEqualTypeOf<GetTaskFor<"skyvern">>();
    expectTypeOf(skyvernEntry.runTask).toEqualTypeOf<RunTaskFor<"skyvern">>();
    expectTypeOf(skyvernEntry.stopTask).toEqualTypeOf<StopTaskFor<"skyvern">>();
    expectTypeOf(skyvernEntry.listTasks).toEqualTypeOf<ListTasksFor<"skyvern">>();
  });

  it("resolves the same precise types as the main entry point", async () => {
    expectTypeOf(hyperbrowserEntry.getTask(hyperbrowserFetcher, "job-1")).toEqualTypeOf(
      main.getTask(hyperbrowserFetcher, "job-1"),
    );
    expectTypeOf(hyperbrowserEntry.getTask(hyperbrowserFetcher, "job-1")).resolves.toEqualTypeOf<
      AgentTask<"hyperbrowser">
    >();
    const task = await dariEntry.waitForTask(dariFetcher, dariRef, {
      onUpdate: (update) => expectTypeOf(update).toEqualTypeOf<AgentTask<"dari">>(),
    });
    expectTypeOf(task.raw).toEqualTypeOf<DariTask>();
    expectTypeOf(hyperbrowserEntry.watchTask(hyperbrowserFetcher, "job-1")).toEqualTypeOf<
      AsyncIterable<AgentTask<"hyperbrowser">>
    >();
    const run = await hyperbrowserEntry.runTask(hyperbrowserAdapter, {
      task: "x",
      schema: z.object({ title: z.string() }),
    });
    expectTypeOf(run).toEqualTypeOf<StructuredAgentTask<"hyperbrowser", { title: string }>>();
    expectTypeOf(run.raw).toEqualTypeOf<HyperAgentTask>();
    expectTypeOf(hyperbrowserEntry.startTask(hyperbrowserAdapter, { task: "x" })).resolves.toEqualTypeOf<string>();
    expectTypeOf(browserActEntry.listTasks(browserActAdapter)).toEqualTypeOf<AsyncIterable<AgentTask<"browseract">>>();
  });

  it("does not compile with another provider's fetcher or adapter", () => {
    // @ts-expect-error a Dari fetcher is not a Hyperbrowser one
    void hyperbrowserEntry.getTask(dariFetcher, dariRef);
    // @ts-expect-error nor is it for waitForTask
    void hyperbrowserEntry.waitForTask(dariFetcher, dariRef);
    // @ts-expect-error a Hyperbrowser adapter is not a Dari one
    void dariEntry.runTask(hyperbrowserAdapter, { task: "x" });
    // @ts-expect-error nor a BrowserAct one
    void browserActEntry.stopTask(hyperbrowserAdapter, "job-1");
  });

  it("keeps the checks of the main entry point's functions", () => {
    // @ts-expect-error the start input of this adapter has no `prompt`
    void hyperbrowserEntry.startTask(hyperbrowserAdapter, { prompt: "x" });
    // @ts-expect-error this adapter cannot tag tasks with a client key
    void hyperbrowserEntry.runTask(hyperbrowserAdapter, { task: "x" }, { clientKey: "key-1" });
    // @ts-expect-error a Hyperbrowser ref is a string
    void hyperbrowserEntry.getTask(hyperbrowserFetcher, { jobId: "job-1" });
  });
});
