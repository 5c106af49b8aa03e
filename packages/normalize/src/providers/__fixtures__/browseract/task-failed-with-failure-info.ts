import type { BrowserActTask } from "@agent-tasks/browseract";

/** Failed: `task_failure_info` has a numeric code and a message. */
export const taskFailedWithFailureInfo = {
  id: "78412563098216930",
  status: "failed",
  steps: [
    {
      id: "78412563098216941",
      step: 1,
      status: "failed",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.zillow.com/austin-tx/rentals/",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098216930/step-1.png",
    },
  ],
  created_at: "2025-06-14T03:12:09Z",
  finished_at: "2025-06-14T03:12:49Z",
  task_failure_info: { code: 10001, message: "Navigation timeout" },
  credit: 3,
  workflow_id: "71035368231436288",
  input_parameters: "city=Austin, TX;max_results=5",
  log_detail_url: "https://www.browseract.com/workflow/71035368231436288/task/78412563098216930/log",
} satisfies BrowserActTask;
