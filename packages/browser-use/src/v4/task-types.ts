// The run types of Browser Use API v4, named after the spec's schemas, and their registration with normalize.
import type { components } from "../generated/browser-use-v4.js";

/** A run as `GET /runs/{run_id}` (and each item of `GET /runs`) returns it: `RunSummary`. */
export type BrowserUseV4Run = components["schemas"]["RunSummary"];
/** The run's `status` enum: `queued`, `dispatching`, `running`, `completed`, `failed`, `cancelled`. */
export type BrowserUseV4RunStatus = BrowserUseV4Run["status"];
/** One item of `GET /runs/{run_id}/events`: `runId`, a per-run increasing `id` (the cursor), `ts`, `type`, `data`. */
export type BrowserUseV4RunEvent = components["schemas"]["RunEvent"];
/** The start request body of `POST /runs` (`RunCreateRequest`): `task` is required. */
export type BrowserUseV4CreateRunRequest = components["schemas"]["RunCreateRequest"];

/**
 * What the v4 task fetcher and adapter read for one run: the run as `GET /runs/{run_id}` returned it, and every
 * event of `GET /runs/{run_id}/events` so far, in id order. Both are the provider's objects, untouched; the events
 * are read with the `after` cursor, so each poll downloads only the events that are new.
 */
export interface BrowserUseV4Task {
  readonly run: BrowserUseV4Run;
  readonly events: readonly BrowserUseV4RunEvent[];
}

/**
 * What `AgentTask<"browser-use-v4">#raw` holds: a run with its events (what the task fetcher and adapter read), or a
 * bare run (`listTasks` normalizes the items of `GET /runs`, which carry no events).
 */
export type BrowserUseV4RawTask = BrowserUseV4Task | BrowserUseV4Run;

// Registers the raw task type with @agent-tasks/normalize (through core, which every provider package depends
// on), so `AgentTask<"browser-use-v4">#raw` is typed wherever this package is installed. A run with its events is
// what the fetcher reads; a bare `RunSummary` is what `GET /runs` lists.
declare module "@agent-tasks/core" {
  interface RawTaskBySource {
    "browser-use-v4": BrowserUseV4RawTask;
  }
}
