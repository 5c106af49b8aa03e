import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Running with a live view, one step done; `created_at` is naive UTC with microseconds. */
export const taskRunning = {
  id: "5c2e9a7f-1d3b-4f60-b8e4-9a0c6d2f7e15",
  task: "Open producthunt.com and list today's top 5 launches with their upvote counts.",
  live_url: "https://live.browser-use.com?wss=https%3A%2F%2F5c2e9a7f.cdp3.browser-use.com",
  output: null,
  status: "running",
  created_at: "2025-02-10T08:00:01.617245",
  finished_at: null,
  steps: [
    {
      id: "step_5c2e9a7f_1",
      step: 1,
      evaluation_previous_goal: "Unknown - the browser just started",
      next_goal: "Open producthunt.com",
      url: "about:blank",
    },
  ],
  output_files: [],
  public_share_url: null,
  metadata: null,
} satisfies BrowserUseV1Task;
