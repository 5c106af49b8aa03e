import type { SkyvernWorkflowRun } from "@agent-tasks/skyvern";

/** A workflow run (`wr_`), completed: its output is each block's output by block label; it carries run metadata. */
export const workflowRunCompleted = {
  run_id: "wr_410927364518204808",
  status: "completed",
  output: {
    extract_listing: { address: "2100 Nueces St #1204", rent: 2450 },
    extract_listing_output: null,
  },
  downloaded_files: [],
  recording_url: "https://artifacts.skyvern.com/wr_410927364518204808/recording.webm",
  screenshot_urls: [],
  failure_reason: null,
  created_at: "2026-11-30T11:00:00Z",
  modified_at: "2026-11-30T11:04:00Z",
  queued_at: "2026-11-30T11:00:01Z",
  started_at: "2026-11-30T11:00:03Z",
  finished_at: "2026-11-30T11:04:00Z",
  app_url: "https://app.skyvern.com/runs/wr_410927364518204808",
  run_type: "workflow_run",
  run_with: "agent",
  ai_fallback: null,
  script_id: null,
  run_request: {
    workflow_id: "wpid_410927364518200001",
    parameters: { city: "Austin, TX" },
    title: "Austin rentals",
    run_metadata: { customer: "acme", batch: "2026-11-30" },
  },
  errors: [],
  step_count: 12,
} satisfies SkyvernWorkflowRun;
