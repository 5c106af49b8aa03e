import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Canceled through `POST /v1/runs/{run_id}/cancel` while it was queued. */
export const runCanceled = {
  run_id: "tsk_410927364518204707",
  status: "canceled",
  output: null,
  downloaded_files: null,
  recording_url: null,
  screenshot_urls: null,
  failure_reason: null,
  created_at: "2026-11-30T10:30:00Z",
  modified_at: "2026-11-30T10:30:09Z",
  queued_at: "2026-11-30T10:30:01Z",
  started_at: null,
  finished_at: null,
  app_url: "https://app.skyvern.com/tasks/tsk_410927364518204707",
  run_type: "task_v1",
  run_request: { prompt: "Check whether example.com has a status page" },
  errors: null,
  step_count: 0,
} satisfies SkyvernTaskRun;
