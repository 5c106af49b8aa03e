import type { BrowserUseV4Task } from "@agent-tasks/browser-use/v4";

const runId = "5a6b7c8d-9e0f-4a1b-8c2d-e3f4a5b6c705";

/** Cancelled by `POST /runs/{run_id}/cancel` while running. */
export const runCancelled = {
  run: {
    id: runId,
    task: "Book the cheapest flight from Berlin to Lisbon next Friday",
    title: null,
    model: "minimax-m3",
    contextLimit: 200000,
    status: "cancelled",
    result: null,
    error: null,
    sessionId: "4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b705",
    workspaceId: null,
    totalInputTokens: 3012,
    totalOutputTokens: 120,
    totalCostUsd: "0.0009",
    createdAt: "2026-11-30T12:00:00.000Z",
    updatedAt: "2026-11-30T12:00:40.000Z",
  },
  events: [
    { runId, id: 1, ts: "2026-11-30T12:00:01.000Z", type: "run.started", data: {} },
    { runId, id: 2, ts: "2026-11-30T12:00:40.000Z", type: "run.cancelled", data: {} },
  ],
} satisfies BrowserUseV4Task;
