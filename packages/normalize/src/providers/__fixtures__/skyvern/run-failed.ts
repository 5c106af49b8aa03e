import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Failed: `failure_reason` says why; `errors` holds the matched code of the run's `error_code_mapping`. */
export const runFailed = {
  run_id: "tsk_410927364518204404",
  status: "failed",
  output: null,
  downloaded_files: [],
  recording_url: "https://artifacts.skyvern.com/tsk_410927364518204404/recording.webm",
  screenshot_urls: [],
  failure_reason: "Reached the login page but the credentials were rejected",
  created_at: "2026-11-30T10:00:00Z",
  modified_at: "2026-11-30T10:01:30Z",
  started_at: "2026-11-30T10:00:02Z",
  finished_at: "2026-11-30T10:01:30Z",
  app_url: "https://app.skyvern.com/tasks/tsk_410927364518204404",
  run_type: "task_v1",
  run_request: {
    prompt: "Log in and download the November statement",
    url: "https://bank.example.com",
    error_code_mapping: { login_failed: "The credentials were rejected" },
  },
  errors: [
    {
      error_code: "login_failed",
      reasoning: "The page shows 'Invalid username or password' after submitting the form",
      confidence_float: 0.94,
      error_type: "USER_DEFINED_ERROR",
    },
  ],
  step_count: 4,
} satisfies SkyvernTaskRun;
