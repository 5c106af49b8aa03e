// Shapes shared by the Node side (simulations, runner) and the page. No Node or DOM APIs here, and only types from
// @agent-tasks/testing: its simulations run in Node, the page reaches them over HTTP and through `SimulationBridge`.
import type { ProviderClientOptions } from "@agent-tasks/core";
import type { AgentTaskSource } from "@agent-tasks/normalize";
import type { FaultRule, TaskPlan } from "@agent-tasks/testing";

/** The provider APIs @agent-tasks/testing simulates; each case's client talks to one of them, over real HTTP. */
export type SimulatedApi = "hyperbrowser" | "browser-use" | "browser-use-v4" | "browseract" | "dari" | "skyvern";

/** The Dari portal (`<org>/<endpoint>`) the runner starts Dari jobs under. */
export const DARI_PORTAL = { orgId: "my-org", endpointName: "contact_form" } as const;

/** One request as a case's simulation recorded it: the part of `RecordedRequest` a case asserts on. */
export interface SeenRequest {
  /** `api-origin`: the case's simulation; `other-origin`: the second one, where cross-origin redirects lead. */
  origin: "api-origin" | "other-origin";
  /** The simulation's name for it: `get`, `start`, `preflight` (a CORS preflight), `unknown` (a path it does not serve)... */
  operation: string;
  method: string;
  /** Path and query exactly as sent, e.g. `/api/task/hyper-agent/job-1`. */
  path: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  /** When it arrived, in milliseconds on the simulation's clock. */
  receivedAt: number;
  /** `answered`, or `hung` / `dropped` by a scripted fault (`pending` while in flight). */
  outcome: string;
  /** The status answered; `null` when hung or dropped. */
  status: number | null;
}

/** A task the runner started on a case's simulation through its start route (a real POST from Node). */
export interface StartedTask {
  id: string;
  /** The task as the provider's "get task" answers it right after the start. */
  raw: unknown;
}

/**
 * What Node lends the page (with Playwright's `exposeFunction`): each call acts on the simulation(s) of the case at
 * `caseIndex`. The page cannot run a simulation itself: a simulation is a Node HTTP server.
 */
export interface SimulationBridge {
  /**
   * Starts a task through the simulation's start route, with `plan` (default: one that has already finished by the
   * time it is read, output and steps included), then clears the request log, so the case sees only its own requests.
   */
  caseStartTask(caseIndex: number, plan?: Partial<TaskPlan>): Promise<StartedTask>;
  /** `simulation.injectFault(rule)` on the case's simulation. */
  caseInjectFault(caseIndex: number, rule: FaultRule): Promise<void>;
  /** Every request the case's simulations received so far, preflights included, oldest first. */
  caseRequests(caseIndex: number): Promise<SeenRequest[]>;
}

/** Where a case's simulations listen. */
export interface CaseOrigins {
  apiOrigin: string;
  /** The second simulation's origin, for cases that ask for one (`otherOrigin: true`); else `null`. */
  otherOrigin: string | null;
}

/** What a case may use in the page. */
export interface CaseContext {
  /** The key every client in the page is given, and the only one the simulations accept. */
  apiKey: string;
  /** The case's simulation, e.g. `http://127.0.0.1:41234`. */
  apiOrigin: string;
  /** The second simulation's origin, when the case asked for one. */
  otherOrigin: string | null;
  /**
   * Options for a client of this case: the key, a `baseUrl` made of the simulation's origin and the spec server's
   * path, and an `onRequestEvent` hook that logs every event to the console (checked for the key).
   */
  clientOptions(specServerUrl: string): ProviderClientOptions;
  /** See `SimulationBridge.caseStartTask`. */
  startTask(plan?: Partial<TaskPlan>): Promise<StartedTask>;
  /** Scripts the simulation's answer to a coming request: a status with its body and headers, HTML, a hang, a drop. */
  injectFault(rule: FaultRule): Promise<void>;
  /** Every request this case's simulations received so far, on both origins, preflights included. */
  requests(): Promise<SeenRequest[]>;
  /** The reason `promise` rejects with (fails when it resolves); kept for the key-leak check at the end. */
  rejectionOf(promise: Promise<unknown>): Promise<unknown>;
}

/** One named test that runs in the page against its own simulation of a provider API. */
export interface BrowserCase {
  name: string;
  /** Whose client the case uses; its auth header is the only one the case's CORS preflights may ask for. */
  provider: AgentTaskSource;
  /** Which simulated API serves the case (the runner gives each case its own, listening on its own port). */
  simulation: SimulatedApi;
  /** Also serve a second simulation of the same API, on another origin, for a cross-origin redirect to lead to. */
  otherOrigin?: boolean;
  /**
   * How the simulation's tasks see time: `real` (the default), or `per-get`, where the clock stands still and moves
   * one second with each "get task" request, so a task moves along with the polls and not with wall time.
   */
  clock?: "real" | "per-get";
  /**
   * Console errors the browser itself prints for this case's requests, e.g. "status of 404" for every
   * HTTP error. Any other console error fails the run.
   */
  expectedConsoleErrors?: RegExp[];
  /** Asserts, throwing on failure; may return a detail line for the results table. */
  run(context: CaseContext): Promise<string | undefined>;
}

/** One row of the results table. */
export interface CaseResult {
  name: string;
  passed: boolean;
  durationMs: number;
  detail: string;
}

/** The label of the case at `index` in the case list, in console lines. */
export function casePrefix(index: number): string {
  return `case-${index + 1}`;
}
