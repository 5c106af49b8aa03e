import type { SkyvernRunListItem } from "@agent-tasks/skyvern";

/** An item of `GET /v1/runs`: the run's id, status, title and times, nothing more. */
export const runListItem = {
  task_run_id: "tr_410927364518209909",
  run_id: "tsk_410927364518204303",
  task_run_type: "task_v1",
  status: "completed",
  title: "Latest invoice",
  started_at: "2026-11-30T09:30:04Z",
  finished_at: "2026-11-30T09:32:10Z",
  created_at: "2026-11-30T09:30:00Z",
  workflow_permanent_id: null,
  workflow_deleted: false,
  script_run: false,
  trigger_type: "api",
} satisfies SkyvernRunListItem;
