import type { BrowserUseV4Task } from "@agent-tasks/browser-use/v4";

/** Just created by `POST /runs`: queued for a worker, no events yet. */
export const runQueued = {
  run: {
    id: "6f1d2c3b-4a59-4e87-9b1c-2d3e4f5a6b01",
    task: "Find the top Hacker News story and return its title and points",
    title: null,
    model: "minimax-m3",
    contextLimit: 200000,
    status: "queued",
    result: null,
    error: null,
    sessionId: "0b7e6c5d-4f3a-4b2c-8d1e-9f0a1b2c3d01",
    workspaceId: "7c6b5a49-3e2d-4c1b-9a0f-8e7d6c5b4a01",
    totalInputTokens: 0,
    totalOutputTokens: 0,
    totalCostUsd: "0",
    createdAt: "2026-11-30T09:12:03.418Z",
    updatedAt: "2026-11-30T09:12:03.418Z",
  },
  events: [],
} satisfies BrowserUseV4Task;
