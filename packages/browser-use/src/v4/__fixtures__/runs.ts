import type { components } from "../../generated/browser-use-v4.js";
import type { BrowserUseV4Run, BrowserUseV4RunEvent, BrowserUseV4RunStatus } from "../task-types.js";

// Run bodies for this package's v4 tests. The spec documents no examples, so they are written by hand and checked
// against the spec's schemas (RunSummary, RunEvent, RunCreateResponse) in the client test.

export const RUN_ID = "5b0e7c1a-93d4-4f2e-8a61-2c7d9e4f0b13";
export const SESSION_ID = "c4d8e2f1-6a7b-4c3d-9e0f-1a2b3c4d5e6f";
const WORKSPACE_ID = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

/** The run as `GET /runs/{run_id}` returns it, in `status`, with `result` only once it completed. */
export function runSummary(status: BrowserUseV4RunStatus = "running", id: string = RUN_ID): BrowserUseV4Run {
  const done = status === "completed";
  return {
    id,
    task: "Find the cheapest flight from Berlin to Lisbon next Friday",
    title: "Cheapest flight BER to LIS",
    model: "minimax-m3",
    contextLimit: 200_000,
    status,
    result: done ? "TAP 1127, 89 EUR" : null,
    error: status === "failed" ? "The site refused the connection" : null,
    sessionId: SESSION_ID,
    workspaceId: WORKSPACE_ID,
    attachedFileIds: null,
    judgement: null,
    totalInputTokens: done ? 48_210 : 12_004,
    totalOutputTokens: done ? 2_317 : 611,
    totalCostUsd: done ? "0.0523" : "0.0131",
    createdAt: "2026-11-30T09:14:05.120Z",
    updatedAt: done ? "2026-11-30T09:15:41.870Z" : "2026-11-30T09:14:20.004Z",
  };
}

/** Event number `id` of the run's feed (ids increase per run; the feed's cursor is the highest id seen). */
function runEvent(id: number, runId: string = RUN_ID): BrowserUseV4RunEvent {
  return {
    runId,
    id,
    ts: new Date(Date.UTC(2026, 10, 30, 9, 14, 6) + id * 1_000).toISOString(),
    type: id === 1 ? "run.started" : "agent.step",
    data: { step: id, summary: `Step ${id}` },
  };
}

/** Events `from` to `to`, both included. */
export function runEvents(from: number, to: number, runId: string = RUN_ID): BrowserUseV4RunEvent[] {
  return Array.from({ length: to - from + 1 }, (_, index) => runEvent(from + index, runId));
}

/** What `POST /runs` answers for a new run. */
export const runCreated = {
  id: RUN_ID,
  status: "queued",
  model: "minimax-m3",
  sessionId: SESSION_ID,
  workspaceId: WORKSPACE_ID,
  eventsUrl: `/api/v4/runs/${RUN_ID}/events`,
} satisfies components["schemas"]["RunCreateResponse"];
