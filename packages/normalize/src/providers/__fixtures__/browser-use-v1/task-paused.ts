import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Paused by `PUT /api/v1/pause-task`; it keeps its live view while paused. */
export const taskPaused = {
  id: "7e3d1b9c-4a6f-4c28-91e5-b0d8f2a6c473",
  task: "Fill in the contact form on example-agency.com with the details from the brief, then wait for review.",
  live_url: "https://live.browser-use.com?wss=https%3A%2F%2F7e3d1b9c.cdp3.browser-use.com",
  output: null,
  status: "paused",
  created_at: "2025-02-11T12:40:09.030517",
  finished_at: null,
  steps: [
    {
      id: "step_7e3d1b9c_1",
      step: 1,
      evaluation_previous_goal: "Unknown - the browser just started",
      next_goal: "Open the contact page",
      url: "about:blank",
    },
    {
      id: "step_7e3d1b9c_2",
      step: 2,
      evaluation_previous_goal: "Success - the contact page is open",
      next_goal: "Fill in name, email and message",
      url: "https://example-agency.com/contact",
    },
  ],
  output_files: [],
  public_share_url: null,
  metadata: null,
} satisfies BrowserUseV1Task;
