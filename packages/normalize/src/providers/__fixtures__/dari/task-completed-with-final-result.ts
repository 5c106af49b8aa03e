import type { DariTask } from "@agent-tasks/dari";

/** Completed: `final_result` is an object matching the portal's output schema, with recording, log and downloads. */
export const taskCompletedWithFinalResult = {
  job_id: "9c858901-8a57-4791-81fe-4c455b099bc9",
  portal_id: "acme-insurance/claim_intake",
  status: "completed",
  browser_url: "https://app.hyperbrowser.ai/live?token=eyJzZXNzaW9uSWQiOiI5Yzg1ODkwMSJ9.dGVzdA",
  current_step: "Done",
  events: [
    {
      event_type: "started",
      message: "Job started",
      data: {},
      timestamp: "2025-04-02T14:00:00Z",
    },
    {
      event_type: "step_completed",
      message: "Filled policy number",
      data: { step: "policyNumber" },
      timestamp: "2025-04-02T14:00:21Z",
    },
    {
      event_type: "step_completed",
      message: "Submitted the claim form",
      data: { step: "submit" },
      timestamp: "2025-04-02T14:01:03Z",
    },
    {
      event_type: "completed",
      message: "Job completed",
      data: {},
      timestamp: "2025-04-02T14:01:05Z",
    },
  ],
  result: { policyNumber: "POL-4471-0921" },
  final_result: {
    claim_number: "CLM-2025-0418833",
    submitted: true,
    estimated_response_days: 5,
    attachments: ["police-report.pdf", "photos.zip"],
  },
  error: null,
  downloads_link: "https://agent.usedari.com/downloads/9c858901-8a57-4791-81fe-4c455b099bc9.zip",
  video_recording_url: "https://recordings.usedari.com/9c858901-8a57-4791-81fe-4c455b099bc9/session.mp4",
  log_url: "https://agent.usedari.com/logs/9c858901-8a57-4791-81fe-4c455b099bc9",
  total_cost_usd: 0.37,
  created_at: "2025-04-02T14:00:00Z",
  updated_at: "2025-04-02T14:01:05Z",
} satisfies DariTask;
