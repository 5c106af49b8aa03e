import type { BrowserActTask } from "@agent-tasks/browseract";

/** Running: `live_url_info` has the live view, and the deprecated `live_url` still repeats it. */
export const taskRunning = {
  id: "78412563098214498",
  status: "running",
  steps: [
    {
      id: "78412563098214501",
      step: 1,
      status: "succeed",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.zillow.com/austin-tx/rentals/",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214498/step-1.png",
    },
    {
      id: "78412563098214502",
      step: 2,
      status: "running",
      evaluation_previous_goal: "Success: the rentals list for Austin is open",
      step_goal: "Read address, rent and size of the first 5 listings",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098214498/step-2.png",
    },
  ],
  live_url_info: {
    width: 1280,
    height: 720,
    live_url: "https://live.browseract.com/task/78412563098214498?token=6f1c2a9e4b7d4e38",
  },
  live_url: "https://live.browseract.com/task/78412563098214498?token=6f1c2a9e4b7d4e38",
  profile_id: "p_20250612_austin",
  created_at: "2025-06-12T09:41:07Z",
  workflow_id: "71035368231436288",
  input_parameters: "city=Austin, TX;max_results=5",
  log_detail_url: "https://www.browseract.com/workflow/71035368231436288/task/78412563098214498/log",
} satisfies BrowserActTask;
