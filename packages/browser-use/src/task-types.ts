// The task types of this package, named after the spec's schemas, and their registration with normalize.
import type { components } from "./generated/browser-use.js";

/** A task as `GET /tasks/{task_id}` (Cloud API v2) returns it today: `output`, `createdAt`, `cost`, `judgeVerdict`... */
export type BrowserUseCurrentTask = components["schemas"]["TaskView"];
/** The task's `status` enum as the API sends it today: created, started, finished, failed, stopped. */
export type BrowserUseTaskStatus = components["schemas"]["TaskStatus"];
/** One item of `steps`. */
export type BrowserUseTaskStep = components["schemas"]["TaskStepView"];
/** One item of `outputFiles`. */
export type BrowserUseFile = components["schemas"]["FileView"];
/** One item of `GET /tasks` (a summary: no steps, no output). */
export type BrowserUseTaskItem = components["schemas"]["TaskItemView"];
/** What `GET /tasks/{task_id}/status` returns: status, output, cost, without steps. */
export type BrowserUseTaskStatusView = components["schemas"]["TaskStatusView"];
/** The body of `POST /tasks`: only `task` is required. */
export type BrowserUseCreateTaskRequest = components["schemas"]["CreateTaskRequest"];
/** Body of the 422 response. */
export type BrowserUseValidationError = components["schemas"]["HTTPValidationError"];

/** The browser session a seed-era task embedded (`session`); today's API sends only `sessionId`. */
export interface BrowserUseSeedEraSession {
  id: string;
  status: "active" | "stopped";
  liveUrl?: string | null;
  startedAt: string;
  finishedAt?: string | null;
}

/**
 * A task as the API sent it before its 2026 changes (the shape this package's first spec, from the seed document,
 * described): `doneOutput` instead of `output`, an embedded `session`, `userUploadedFiles`, `isScheduled`, the
 * status `paused` and no `failed`. Tasks stored from that time still look like this; `@agent-tasks/normalize`
 * reads both shapes. Written by hand from that spec (docs/providers.md, "Browser Use v2"): the vendored spec now
 * describes today's API only.
 */
export interface BrowserUseSeedEraTask {
  id: string;
  sessionId: string;
  session: BrowserUseSeedEraSession;
  llm: string;
  task: string;
  status: "started" | "paused" | "finished" | "stopped";
  startedAt: string;
  finishedAt?: string | null;
  metadata: { [key: string]: unknown };
  isScheduled: boolean;
  steps: BrowserUseTaskStep[];
  doneOutput?: string | null;
  userUploadedFiles: BrowserUseFile[];
  outputFiles: BrowserUseFile[];
  browserUseVersion?: string | null;
  isSuccess?: boolean | null;
}

/** A Browser Use v2 task of either era: today's `TaskView`, or the seed-era shape stored before the API changed. */
export type BrowserUseTask = BrowserUseCurrentTask | BrowserUseSeedEraTask;

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"browser-use">#raw` is typed wherever this package is installed, and normalize needs no provider.
/**
 * What `AgentTask<"browser-use">#raw` holds: a task of either era, or a list item (`listTasks` normalizes the items
 * of `GET /tasks`, which are summaries of the same task without steps).
 */
export type BrowserUseRawTask = BrowserUseTask | BrowserUseTaskItem;

declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    "browser-use": BrowserUseRawTask;
  }
}
