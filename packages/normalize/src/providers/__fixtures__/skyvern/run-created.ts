import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Just accepted by `POST /v1/run/tasks`: created, nothing run yet. */
export const runCreated = {
  run_id: "tsk_v2_410927364518204101",
  status: "created",
  output: null,
  downloaded_files: null,
  recording_url: null,
  screenshot_urls: null,
  failure_reason: null,
  created_at: "2026-11-30T09:00:00.120000Z",
  modified_at: "2026-11-30T09:00:00.120000Z",
  queued_at: null,
  started_at: null,
  finished_at: null,
  app_url: "https://app.skyvern.com/runs/wr_410927364518204101",
  run_type: "task_v2",
  run_request: {
    prompt: "Find the top 3 posts on Hacker News.",
    url: "https://news.ycombinator.com",
    engine: "skyvern-2.0",
    title: null,
  },
  errors: [],
  step_count: null,
} satisfies SkyvernTaskRun;
