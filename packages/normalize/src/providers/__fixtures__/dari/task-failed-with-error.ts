import type { DariTask } from "@agent-tasks/dari";

/** Failed: the reason is in `error`; the recording and log are still there. */
export const taskFailedWithError = {
  job_id: "3f333df6-90a4-4fda-8dd3-9485d27cee36",
  portal_id: "acme-insurance/claim_intake",
  status: "failed",
  browser_url: "https://app.hyperbrowser.ai/live?token=eyJzZXNzaW9uSWQiOiIzZjMzM2RmNiJ9.dGVzdA",
  current_step: "Logging in",
  events: [
    {
      event_type: "started",
      message: "Job started",
      data: {},
      timestamp: "2025-04-03T08:15:00Z",
    },
    {
      event_type: "failed",
      message: "Login rejected: invalid credentials",
      data: {},
      timestamp: "2025-04-03T08:15:37Z",
    },
  ],
  result: null,
  final_result: null,
  error: "Login rejected: invalid credentials for user claims-bot@acme-insurance.example",
  downloads_link: null,
  video_recording_url: "https://recordings.usedari.com/3f333df6-90a4-4fda-8dd3-9485d27cee36/session.mp4",
  log_url: "https://agent.usedari.com/logs/3f333df6-90a4-4fda-8dd3-9485d27cee36",
  total_cost_usd: 0.05,
  created_at: "2025-04-03T08:15:00Z",
  updated_at: "2025-04-03T08:15:37Z",
} satisfies DariTask;
