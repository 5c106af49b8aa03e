import type { BrowserUseV4Run } from "@agent-tasks/browser-use/v4";

/** An item of `GET /runs`: a bare `RunSummary`, without events. */
export const runItemCompleted = {
  id: "6b7c8d9e-0f1a-4b2c-9d3e-f4a5b6c7d806",
  task: "Summarize the pricing page of example.com in three bullet points",
  title: "example.com pricing",
  model: "minimax-m3",
  contextLimit: 200000,
  status: "completed",
  result: "- Free tier up to 3 projects\n- Pro at $12/month\n- Enterprise on request",
  error: null,
  sessionId: "5a6b7c8d-9e0f-4a1b-8c2d-e3f4a5b6c806",
  workspaceId: null,
  totalInputTokens: 5120,
  totalOutputTokens: 240,
  totalCostUsd: "0.0024",
  createdAt: "2026-11-29T08:00:00.000Z",
  updatedAt: "2026-11-29T08:01:05.000Z",
} satisfies BrowserUseV4Run;
