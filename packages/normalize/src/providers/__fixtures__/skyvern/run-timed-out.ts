import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Timed out (past its step or time limit), without a failure reason: the status is the reason. */
export const runTimedOut = {
  run_id: "tsk_410927364518204505",
  status: "timed_out",
  output: null,
  downloaded_files: null,
  recording_url: "https://artifacts.skyvern.com/tsk_410927364518204505/recording.webm",
  recording_archived: true,
  screenshot_urls: null,
  failure_reason: null,
  created_at: "2026-11-30T10:10:00Z",
  modified_at: "2026-11-30T10:40:00Z",
  started_at: "2026-11-30T10:10:03Z",
  finished_at: "2026-11-30T10:40:00Z",
  app_url: "https://app.skyvern.com/tasks/tsk_410927364518204505",
  run_type: "task_v1",
  run_request: { prompt: "Find every open position on the careers page and list their titles", max_steps: 10 },
  errors: [],
  step_count: 10,
} satisfies SkyvernTaskRun;
