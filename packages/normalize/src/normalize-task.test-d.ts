import type {
  BrowserUseCurrentTask,
  BrowserUseSeedEraTask,
  BrowserUseTask,
  BrowserUseTaskItem,
} from "@agent-tasks/browser-use";
import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";
import type { BrowserUseV4Run, BrowserUseV4Task } from "@agent-tasks/browser-use/v4";
import type { BrowserActTask } from "@agent-tasks/browseract";
import type { DariTask } from "@agent-tasks/dari";
import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import type { SkyvernRun, SkyvernRunListItem } from "@agent-tasks/skyvern";
import { describe, expectTypeOf, it } from "vitest";
import type { AgentTask, AgentTaskSource, AgentTaskStatus, AgentTaskStep, RawTaskBySource } from "./index.js";
import {
  mapBrowserActTaskStatus,
  mapBrowserUseTaskStatus,
  mapBrowserUseV1TaskStatus,
  mapBrowserUseV4TaskStatus,
  mapDariTaskStatus,
  mapHyperbrowserTaskStatus,
  mapSkyvernTaskStatus,
  normalizeBrowserActTask,
  normalizeBrowserUseTask,
  normalizeBrowserUseV1Task,
  normalizeBrowserUseV4Task,
  normalizeDariTask,
  normalizeHyperbrowserTask,
  normalizeSkyvernTask,
  normalizeTask,
} from "./index.js";
import { fixturesBySource } from "./providers/__fixtures__/index.js";
import { mapBrowserActStepStatus } from "./providers/browseract.js";
import { mapDariFinalResult } from "./providers/dari.js";
import { mapHyperbrowserTaskStep } from "./providers/hyperbrowser.js";

declare const rawTask: unknown;

describe("normalizeTask types", () => {
  it("returns the AgentTask of the source it is given, with that source's raw type", () => {
    const task = normalizeTask("dari", rawTask);
    expectTypeOf(task).toEqualTypeOf<AgentTask<"dari">>();
    expectTypeOf(task.raw).toEqualTypeOf<DariTask>();
    expectTypeOf(task.source).toEqualTypeOf<"dari">();
  });

  it("types raw per source", () => {
    expectTypeOf(normalizeTask("hyperbrowser", rawTask).raw).toEqualTypeOf<HyperAgentTask>();
    expectTypeOf(normalizeTask("browser-use", rawTask).raw).toEqualTypeOf<BrowserUseTask | BrowserUseTaskItem>();
    // Browser Use v2: either era, today's TaskView or a task stored in the seed era.
    expectTypeOf<BrowserUseTask>().toEqualTypeOf<BrowserUseCurrentTask | BrowserUseSeedEraTask>();
    expectTypeOf(normalizeTask("browser-use-v1", rawTask).raw).toEqualTypeOf<BrowserUseV1Task>();
    expectTypeOf(normalizeTask("browseract", rawTask).raw).toEqualTypeOf<BrowserActTask>();
    // Browser Use v4: a run with its events (what the fetcher reads), or a bare run (a list item).
    expectTypeOf(normalizeTask("browser-use-v4", rawTask).raw).toEqualTypeOf<BrowserUseV4Task | BrowserUseV4Run>();
    expectTypeOf(normalizeTask("skyvern", rawTask).raw).toEqualTypeOf<SkyvernRun | SkyvernRunListItem>();
  });

  it("rejects a source it does not know", () => {
    // @ts-expect-error "nope" is not an AgentTaskSource
    normalizeTask("nope", rawTask);
    // @ts-expect-error sources are spelled one way only
    normalizeTask("browseruse", rawTask);
  });

  it("gives a union of sources when the source is only known at run time", () => {
    const source = "dari" as AgentTaskSource;
    expectTypeOf(normalizeTask(source, rawTask)).toEqualTypeOf<AgentTask<AgentTaskSource>>();
    expectTypeOf<AgentTask>().toEqualTypeOf<AgentTask<AgentTaskSource>>();
  });

  it("accepts any value as the raw task, since it comes from untyped JSON", () => {
    expectTypeOf(normalizeTask).parameter(1).toEqualTypeOf<unknown>();
  });
});

describe("model types", () => {
  it("has exactly seven statuses", () => {
    expectTypeOf<AgentTaskStatus>().toEqualTypeOf<
      "pending" | "running" | "paused" | "completed" | "failed" | "stopped" | "unknown"
    >();
  });

  it("has exactly seven sources", () => {
    expectTypeOf<AgentTaskSource>().toEqualTypeOf<
      "hyperbrowser" | "browser-use" | "browser-use-v1" | "dari" | "browseract" | "browser-use-v4" | "skyvern"
    >();
  });

  it("keeps ids as strings and the provider status as a plain string", () => {
    expectTypeOf<AgentTask["id"]>().toEqualTypeOf<string>();
    expectTypeOf<AgentTask["providerStatus"]>().toEqualTypeOf<string>();
  });
});

describe("mapper types", () => {
  it("returns the AgentTask of each mapper's own source", () => {
    expectTypeOf(normalizeHyperbrowserTask).returns.toEqualTypeOf<AgentTask<"hyperbrowser">>();
    expectTypeOf(normalizeBrowserUseTask).returns.toEqualTypeOf<AgentTask<"browser-use">>();
    expectTypeOf(normalizeBrowserUseV1Task).returns.toEqualTypeOf<AgentTask<"browser-use-v1">>();
    expectTypeOf(normalizeDariTask).returns.toEqualTypeOf<AgentTask<"dari">>();
    expectTypeOf(normalizeBrowserActTask).returns.toEqualTypeOf<AgentTask<"browseract">>();
    expectTypeOf(normalizeBrowserUseV4Task).returns.toEqualTypeOf<AgentTask<"browser-use-v4">>();
    expectTypeOf(normalizeSkyvernTask).returns.toEqualTypeOf<AgentTask<"skyvern">>();
  });

  it("returns an AgentTaskStatus from every status mapper, which takes any string", () => {
    for (const mapStatus of [
      mapHyperbrowserTaskStatus,
      mapBrowserUseTaskStatus,
      mapBrowserUseV1TaskStatus,
      mapDariTaskStatus,
      mapBrowserActTaskStatus,
      mapBrowserUseV4TaskStatus,
      mapSkyvernTaskStatus,
    ]) {
      expectTypeOf(mapStatus).returns.toEqualTypeOf<AgentTaskStatus>();
      expectTypeOf(mapStatus).parameter(0).toEqualTypeOf<string>();
    }
  });

  it("returns a step status or null from the BrowserAct step status mapper", () => {
    expectTypeOf(mapBrowserActStepStatus).returns.toEqualTypeOf<"running" | "succeeded" | "failed" | null>();
  });

  it("returns an AgentTaskStep from a step mapper", () => {
    expectTypeOf(mapHyperbrowserTaskStep).returns.toEqualTypeOf<AgentTaskStep>();
  });

  it("returns Dari's output text and structured output", () => {
    expectTypeOf(mapDariFinalResult).returns.toEqualTypeOf<{ output: string | null; structuredOutput: unknown }>();
  });
});

describe("fixture types", () => {
  it("types each source's fixtures as that source's raw task", () => {
    expectTypeOf(fixturesBySource.browseract).toEqualTypeOf<Record<string, BrowserActTask>>();
    expectTypeOf(fixturesBySource).toEqualTypeOf<{
      [Source in AgentTaskSource]: Record<string, RawTaskBySource[Source]>;
    }>();
  });
});
