import type { DariTask } from "@agent-tasks/dari";

/** Started by `POST .../start`, waiting for a browser: no events, no cost yet. */
export const taskPending = {
  job_id: "6ba7b810-9dad-41d1-80b4-00c04fd430c8",
  portal_id: "acme-insurance/claim_intake",
  status: "pending",
  events: [],
  result: null,
  final_result: null,
  error: null,
  downloads_link: null,
  video_recording_url: null,
  log_url: null,
  total_cost_usd: 0,
  created_at: "2025-04-02T13:05:41.338Z",
  updated_at: "2025-04-02T13:05:41.338Z",
} satisfies DariTask;
