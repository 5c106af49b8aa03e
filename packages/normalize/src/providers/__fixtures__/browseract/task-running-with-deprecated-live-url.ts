import type { BrowserActTask } from "@agent-tasks/browseract";

/** An older running task that only has the deprecated `live_url`, no `live_url_info`. */
export const taskRunningWithDeprecatedLiveUrl = {
  id: "78412563098213090",
  status: "running",
  steps: [
    {
      id: "78412563098213101",
      step: 1,
      status: "running",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://www.booking.com/searchresults.html?ss=Lisbon",
      screenshots_url: "https://browseract-prod.s3.us-west-2.amazonaws.com/screenshots/78412563098213090/step-1.png",
    },
  ],
  live_url: "https://live.browseract.com/task/78412563098213090?token=0b3e5d7a9c1f4826",
  created_at: "2025-05-28T21:03:44Z",
  workflow_id: "71035368231430017",
  input_parameters: "destination=Lisbon;nights=3",
} satisfies BrowserActTask;
