import type { BrowserActTask } from "@agent-tasks/browseract";

/** Canceled by `PUT /v2/workflow/stop-task` during its first step. */
export const taskCanceled = {
  id: "78412563098217755",
  status: "canceled",
  steps: [
    {
      id: "78412563098217760",
      step: 1,
      status: "running",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.indeed.com/jobs?q=data+engineer&l=Remote",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098217755/step-1.png",
    },
  ],
  created_at: "2025-06-15T18:00:00Z",
  finished_at: "2025-06-15T18:00:41Z",
  credit: 1,
  workflow_id: "71035368231441203",
  log_detail_url: "https://www.browseract.com/workflow/71035368231441203/task/78412563098217755/log",
} satisfies BrowserActTask;
