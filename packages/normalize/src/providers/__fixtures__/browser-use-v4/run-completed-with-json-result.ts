import type { BrowserUseV4Task } from "@agent-tasks/browser-use/v4";

const runId = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a603";

/**
 * Completed: `result` is JSON text, as a task that asks for JSON gets it (v4 has no structured-output field).
 * The events arrive out of id order here, as a merge of two reads could leave them; the mapper sorts them.
 */
export const runCompletedWithJsonResult = {
  run: {
    id: runId,
    task: 'Return the top Hacker News story as JSON: {"title": string, "points": number}',
    title: "Top HN story",
    model: "claude-opus-5",
    contextLimit: 200000,
    status: "completed",
    result: '{"title":"Show HN: A tiny SQLite replication tool","points":412}',
    error: null,
    sessionId: "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f03",
    workspaceId: "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b03",
    attachedFileIds: [],
    judgement: null,
    totalInputTokens: 40210,
    totalOutputTokens: 1877,
    totalCostUsd: "0.1375",
    createdAt: "2026-11-30T10:02:00.000Z",
    updatedAt: "2026-11-30T10:03:41.250Z",
  },
  events: [
    { runId, id: 1, ts: "2026-11-30T10:02:01.120Z", type: "run.started", data: {} },
    {
      runId,
      id: 3,
      ts: "2026-11-30T10:02:20.400Z",
      type: "tool.call",
      data: { tool: "navigate", url: "https://news.ycombinator.com/" },
    },
    {
      runId,
      id: 2,
      ts: "2026-11-30T10:02:04.985Z",
      type: "browser.ready",
      data: { live_view_url: "https://live.browser-use.com/?wss=3e4f5a6b-live-03" },
    },
    {
      runId,
      id: 4,
      ts: "2026-11-30T10:03:41.250Z",
      type: "run.completed",
      data: { result: '{"title":"Show HN: A tiny SQLite replication tool","points":412}' },
    },
  ],
} satisfies BrowserUseV4Task;
