import type { BrowserActTask } from "@agent-tasks/browseract";

/** Told to pause, still finishing its current step (`pausing`). */
export const taskPausing = {
  id: "78412563098215002",
  status: "pausing",
  steps: [
    {
      id: "78412563098215010",
      step: 1,
      status: "running",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.linkedin.com/jobs/search/?keywords=rust",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098215002/step-1.png",
    },
  ],
  live_url_info: {
    width: 1280,
    height: 720,
    live_url: "https://live.browseract.com/task/78412563098215002?token=a7c9e1b3d5f74062",
  },
  created_at: "2025-06-13T11:20:00Z",
  workflow_id: "71035368231439944",
} satisfies BrowserActTask;
