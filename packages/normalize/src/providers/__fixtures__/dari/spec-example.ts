import type { DariTask } from "@agent-tasks/dari";

/** The 200 example of `GET /task/{org_id}/{endpoint_name}/status` in specs/dari/openapi.yaml, verbatim (a running job). */
export const specExampleTask = {
  job_id: "550e8400-e29b-41d4-a716-446655440000",
  portal_id: "my-org/contact_form",
  status: "running",
  browser_url: "https://hyperbrowser.ai/view/abc123",
  current_step: "Filling email field",
  events: [
    {
      event_type: "started",
      message: "Job started",
      data: {},
      timestamp: "2025-01-15T10:30:00Z",
    },
    {
      event_type: "step_completed",
      message: "Filled first name",
      data: { step: "firstName" },
      timestamp: "2025-01-15T10:30:15Z",
    },
  ],
  result: null,
  final_result: null,
  error: null,
  downloads_link: null,
  video_recording_url: null,
  log_url: null,
  total_cost_usd: 0.12,
  created_at: "2025-01-15T10:30:00Z",
  updated_at: "2025-01-15T10:30:15Z",
} satisfies DariTask;
