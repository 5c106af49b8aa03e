import type { BrowserUseV4Task } from "@agent-tasks/browser-use/v4";

const runId = "4f5a6b7c-8d9e-4f0a-b1c2-d3e4f5a6b704";

/** Failed: `error` says why; the cost so far is still billed. */
export const runFailed = {
  run: {
    id: runId,
    task: "Log in to the supplier portal and download last month's invoice",
    title: "Supplier invoice",
    model: "gemini-3.5-flash",
    contextLimit: 1000000,
    status: "failed",
    result: null,
    error: "Login failed: the portal asked for a one-time code the agent does not have",
    sessionId: "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a604",
    workspaceId: null,
    totalInputTokens: 9120,
    totalOutputTokens: 402,
    totalCostUsd: "0.0061",
    createdAt: "2026-11-30T11:15:00.000Z",
    updatedAt: "2026-11-30T11:16:12.000Z",
  },
  events: [
    { runId, id: 1, ts: "2026-11-30T11:15:01.000Z", type: "run.started", data: {} },
    {
      runId,
      id: 2,
      ts: "2026-11-30T11:16:12.000Z",
      type: "run.failed",
      data: { error: "Login failed: the portal asked for a one-time code the agent does not have" },
    },
  ],
} satisfies BrowserUseV4Task;
