import type { BrowserUseV4Task } from "@agent-tasks/browser-use/v4";

const runId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c02";

/**
 * Running, with the events read so far. `browser.ready` and its `data.live_view_url` are what Browser Use documents
 * (browser-use/sdk, docs/cloud/browser/live-preview.mdx); the spec types every event's `data` as an open object,
 * so the other events' types and data are illustrative.
 */
export const runRunningWithEvents = {
  run: {
    id: runId,
    task: "Compare the price of the Kindle Paperwhite on amazon.com and bestbuy.com",
    title: "Kindle Paperwhite price check",
    model: "gpt-5.6",
    contextLimit: 400000,
    status: "running",
    result: null,
    error: null,
    sessionId: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e02",
    workspaceId: null,
    totalInputTokens: 18422,
    totalOutputTokens: 913,
    totalCostUsd: "0.0412",
    createdAt: "2026-11-30T09:20:11.002Z",
    updatedAt: "2026-11-30T09:20:48.771Z",
  },
  events: [
    { runId, id: 1, ts: "2026-11-30T09:20:12.104Z", type: "run.started", data: {} },
    {
      runId,
      id: 2,
      ts: "2026-11-30T09:20:15.530Z",
      type: "browser.ready",
      data: { live_view_url: "https://live.browser-use.com/?wss=9a8b7c6d-live-02" },
    },
    {
      runId,
      id: 3,
      ts: "2026-11-30T09:20:31.877Z",
      type: "tool.call",
      data: { tool: "navigate", url: "https://www.amazon.com/dp/B0CFPJYX7P" },
    },
  ],
} satisfies BrowserUseV4Task;
