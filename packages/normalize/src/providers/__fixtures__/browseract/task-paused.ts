import type { BrowserActTask } from "@agent-tasks/browseract";

/** Paused, waiting for `PUT /v2/workflow/resume-task`; `live_url_info` only has the viewport. */
export const taskPaused = {
  id: "78412563098215319",
  status: "paused",
  steps: [
    {
      id: "78412563098215327",
      step: 1,
      status: "succeed",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.linkedin.com/jobs/search/?keywords=rust",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098215319/step-1.png",
    },
  ],
  live_url_info: { width: 1280, height: 720 },
  created_at: "2025-06-13T11:20:00Z",
  workflow_id: "71035368231439944",
} satisfies BrowserActTask;
