import type { DariTask } from "@agent-tasks/dari";

/** Running, one step done, with a live view and the intermediate `result` so far. */
export const taskRunning = {
  job_id: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
  portal_id: "acme-insurance/claim_intake",
  status: "running",
  browser_url: "https://app.hyperbrowser.ai/live?token=eyJzZXNzaW9uSWQiOiIxYjlkNmJjZCJ9.dGVzdA",
  current_step: "Uploading the police report",
  events: [
    {
      event_type: "started",
      message: "Job started",
      data: {},
      timestamp: "2025-04-02T15:30:00Z",
    },
    {
      event_type: "step_completed",
      message: "Filled policy number",
      data: { step: "policyNumber" },
      timestamp: "2025-04-02T15:30:18Z",
    },
  ],
  result: { policyNumber: "POL-5520-1174" },
  final_result: null,
  error: null,
  downloads_link: null,
  video_recording_url: null,
  log_url: null,
  total_cost_usd: 0.09,
  created_at: "2025-04-02T15:30:00Z",
  updated_at: "2025-04-02T15:30:18Z",
} satisfies DariTask;
