import type { BrowserUseSeedEraTask, BrowserUseTaskStatus } from "@agent-tasks/browser-use";
import type { BrowserUseV1TaskStatus } from "@agent-tasks/browser-use/v1";
import type { BrowserUseV4RunStatus } from "@agent-tasks/browser-use/v4";
import type { BrowserActTaskStatus } from "@agent-tasks/browseract";
import type { DariTaskStatus } from "@agent-tasks/dari";
import type { HyperAgentTaskStatus } from "@agent-tasks/hyperbrowser";
import type { SkyvernRunStatus } from "@agent-tasks/skyvern";
import type { AgentTask, AgentTaskSource, AgentTaskStatus, RawTaskBySource } from "../../model/agent-task.js";
import { mapBrowserUseTaskStatus, normalizeBrowserUseTask } from "../browser-use.js";
import { mapBrowserUseV1TaskStatus, normalizeBrowserUseV1Task } from "../browser-use-v1.js";
import { mapBrowserUseV4TaskStatus, normalizeBrowserUseV4Task } from "../browser-use-v4.js";
import { mapBrowserActTaskStatus, normalizeBrowserActTask } from "../browseract.js";
import { mapDariTaskStatus, normalizeDariTask } from "../dari.js";
import { mapHyperbrowserTaskStatus, normalizeHyperbrowserTask } from "../hyperbrowser.js";
import { mapSkyvernTaskStatus, normalizeSkyvernTask } from "../skyvern.js";
import * as browserUseFixtures from "./browser-use/index.js";
import * as browserUseV1Fixtures from "./browser-use-v1/index.js";
import * as browserUseV4Fixtures from "./browser-use-v4/index.js";
import * as browseractFixtures from "./browseract/index.js";
import * as dariFixtures from "./dari/index.js";
import * as hyperbrowserFixtures from "./hyperbrowser/index.js";
import * as skyvernFixtures from "./skyvern/index.js";

// What normalize's tests know about each source, in one place: a new source is one entry here (the compiler
// requires it) and a fixtures folder beside this file.

/** Every fixture, by source and by export name (`fixturesBySource.browseract.taskCanceled`). */
export const fixturesBySource: { [Source in AgentTaskSource]: Record<string, RawTaskBySource[Source]> } = {
  hyperbrowser: { ...hyperbrowserFixtures },
  "browser-use": { ...browserUseFixtures },
  "browser-use-v1": { ...browserUseV1Fixtures },
  dari: { ...dariFixtures },
  browseract: { ...browseractFixtures },
  "browser-use-v4": { ...browserUseV4Fixtures },
  skyvern: { ...skyvernFixtures },
};

/** Every status of a generated enum. `Record<Status, true>` fails type-checking when the enum gains or loses one. */
function allOf<Status extends string>(table: Record<Status, true>): Status[] {
  return Object.keys(table) as Status[];
}

export interface SourceCase {
  /** The field the task id is read from. */
  idField: string;
  /**
   * For a source whose raw task may wrap the task object (Browser Use v4's `{run, events}`): the field holding it.
   * The id and status are read from that object when the raw task has this field.
   */
  wrapperField?: string;
  /** The spec's "get task" operation, which the fixtures answer. */
  getTaskPath: string;
  normalize: (rawTask: unknown) => AgentTask;
  mapStatus: (status: string) => AgentTaskStatus;
  /** Every status the spec's enum lists (Browser Use v2: today's and the seed era's). */
  statuses: string[];
}

export const sourceCases: { readonly [Source in AgentTaskSource]: SourceCase } = {
  hyperbrowser: {
    idField: "jobId",
    getTaskPath: "/api/task/hyper-agent/{id}",
    normalize: normalizeHyperbrowserTask,
    mapStatus: mapHyperbrowserTaskStatus,
    statuses: allOf<HyperAgentTaskStatus>({
      pending: true,
      running: true,
      completed: true,
      failed: true,
      stopped: true,
    }),
  },
  "browser-use": {
    idField: "id",
    getTaskPath: "/tasks/{task_id}",
    normalize: normalizeBrowserUseTask,
    mapStatus: mapBrowserUseTaskStatus,
    // Both eras: today's enum, and `paused` of the seed era (docs/providers.md, "Two eras").
    statuses: allOf<BrowserUseTaskStatus | BrowserUseSeedEraTask["status"]>({
      created: true,
      started: true,
      paused: true,
      finished: true,
      failed: true,
      stopped: true,
    }),
  },
  "browser-use-v1": {
    idField: "id",
    getTaskPath: "/api/v1/task/{task_id}",
    normalize: normalizeBrowserUseV1Task,
    mapStatus: mapBrowserUseV1TaskStatus,
    statuses: allOf<BrowserUseV1TaskStatus>({
      created: true,
      running: true,
      finished: true,
      stopped: true,
      paused: true,
      failed: true,
    }),
  },
  dari: {
    idField: "job_id",
    getTaskPath: "/task/{org_id}/{endpoint_name}/status",
    normalize: normalizeDariTask,
    mapStatus: mapDariTaskStatus,
    statuses: allOf<DariTaskStatus>({ pending: true, running: true, paused: true, completed: true, failed: true }),
  },
  browseract: {
    idField: "id",
    getTaskPath: "/v2/workflow/get-task",
    normalize: normalizeBrowserActTask,
    mapStatus: mapBrowserActTaskStatus,
    statuses: allOf<BrowserActTaskStatus>({
      created: true,
      running: true,
      pausing: true,
      paused: true,
      finished: true,
      failed: true,
      canceled: true,
      unknown: true,
    }),
  },
  "browser-use-v4": {
    idField: "id",
    wrapperField: "run",
    getTaskPath: "/runs/{run_id}",
    normalize: normalizeBrowserUseV4Task,
    mapStatus: mapBrowserUseV4TaskStatus,
    statuses: allOf<BrowserUseV4RunStatus>({
      queued: true,
      dispatching: true,
      running: true,
      completed: true,
      failed: true,
      cancelled: true,
    }),
  },
  skyvern: {
    idField: "run_id",
    getTaskPath: "/v1/runs/{run_id}",
    normalize: normalizeSkyvernTask,
    mapStatus: mapSkyvernTaskStatus,
    statuses: allOf<SkyvernRunStatus>({
      created: true,
      queued: true,
      running: true,
      paused: true,
      timed_out: true,
      failed: true,
      terminated: true,
      completed: true,
      canceled: true,
    }),
  },
};

/**
 * The task object of a raw task of `source`: the raw task itself, or (a source with `wrapperField`, when the raw
 * task has that field) the object in it.
 */
export function taskObjectOf(source: AgentTaskSource, rawTask: unknown): unknown {
  const { wrapperField } = sourceCases[source];
  return wrapperField !== undefined &&
    typeof rawTask === "object" &&
    rawTask !== null &&
    Object.hasOwn(rawTask, wrapperField)
    ? (rawTask as Record<string, unknown>)[wrapperField]
    : rawTask;
}
