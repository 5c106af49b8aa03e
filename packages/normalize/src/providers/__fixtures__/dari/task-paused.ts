import type { DariTask } from "@agent-tasks/dari";

/** Paused by `POST .../pause` while filling a form; the live view stays open. */
export const taskPaused = {
  job_id: "f47ac10b-58cc-4372-a567-0e02b2c3d479",
  portal_id: "acme-insurance/claim_intake",
  status: "paused",
  browser_url: "https://app.hyperbrowser.ai/live?token=eyJzZXNzaW9uSWQiOiJmNDdhYzEwYiJ9.dGVzdA",
  current_step: "Waiting before submitting the claim form",
  events: [
    {
      event_type: "started",
      message: "Job started",
      data: {},
      timestamp: "2025-04-02T13:10:02Z",
    },
    {
      event_type: "step_completed",
      message: "Filled policy number",
      data: { step: "policyNumber" },
      timestamp: "2025-04-02T13:10:19Z",
    },
    {
      event_type: "paused",
      message: "Job paused",
      data: {},
      timestamp: "2025-04-02T13:10:25Z",
    },
  ],
  result: { policyNumber: "POL-4471-0921" },
  final_result: null,
  error: null,
  downloads_link: null,
  video_recording_url: null,
  log_url: null,
  total_cost_usd: 0.04,
  created_at: "2025-04-02T13:10:00Z",
  updated_at: "2025-04-02T13:10:25Z",
} satisfies DariTask;
