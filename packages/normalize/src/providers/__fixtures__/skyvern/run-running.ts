import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Running: three steps so far, and the latest screenshots (newest first). */
export const runRunning = {
  run_id: "tsk_410927364518204202",
  status: "running",
  output: null,
  downloaded_files: [],
  recording_url: null,
  screenshot_urls: [
    "https://artifacts.skyvern.com/tsk_410927364518204202/step-3.png",
    "https://artifacts.skyvern.com/tsk_410927364518204202/step-2.png",
  ],
  failure_reason: null,
  created_at: "2026-11-30T09:10:00Z",
  modified_at: "2026-11-30T09:10:41Z",
  queued_at: "2026-11-30T09:10:01Z",
  started_at: "2026-11-30T09:10:03Z",
  finished_at: null,
  app_url: "https://app.skyvern.com/tasks/tsk_410927364518204202",
  browser_session_id: null,
  run_type: "task_v1",
  run_request: {
    prompt: "Fill out the contact form with the name Ada Lovelace and the email ada@example.com",
    url: "https://www.example.com/contact",
    engine: "skyvern-1.0",
    max_steps: 10,
  },
  errors: [],
  step_count: 3,
} satisfies SkyvernTaskRun;
