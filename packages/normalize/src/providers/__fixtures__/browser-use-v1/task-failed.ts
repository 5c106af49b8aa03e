import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Failed; v1 has no error field, so the only trace is the status and the last step. */
export const taskFailed = {
  id: "1f6a3d8c-9e2b-4b75-8c04-d7e5a1f9b236",
  task: "Download the February invoice from the supplier portal.",
  live_url: null,
  output: null,
  status: "failed",
  created_at: "2025-02-12T18:05:44.552301",
  finished_at: "2025-02-12T18:07:02.118934",
  steps: [
    {
      id: "step_1f6a3d8c_1",
      step: 1,
      evaluation_previous_goal: "Unknown - the browser just started",
      next_goal: "Open the supplier portal",
      url: "about:blank",
    },
    {
      id: "step_1f6a3d8c_2",
      step: 2,
      evaluation_previous_goal: "Failed - the portal asks for a one-time code that was not provided",
      next_goal: "Give up: login needs a one-time code",
      url: "https://portal.example-supplier.com/login",
    },
  ],
  output_files: [],
  public_share_url: null,
  metadata: null,
} satisfies BrowserUseV1Task;
