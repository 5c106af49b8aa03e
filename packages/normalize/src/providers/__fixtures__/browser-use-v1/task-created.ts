import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Accepted by `POST /api/v1/run-task`, not started yet. */
export const taskCreated = {
  id: "0a4f8c2e-6b1d-4e93-a7c5-2d9f1b3e8a60",
  task: "Open producthunt.com and list today's top 5 launches with their upvote counts.",
  live_url: null,
  output: null,
  status: "created",
  created_at: "2025-02-10T07:59:58.204113",
  finished_at: null,
  steps: [],
  output_files: [],
  public_share_url: null,
  metadata: null,
} satisfies BrowserUseV1Task;
