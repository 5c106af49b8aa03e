import type { SkyvernTaskRun } from "@agent-tasks/skyvern";

/** Terminated: the agent decided the goal cannot be reached, and says why in `failure_reason`. */
export const runTerminated = {
  run_id: "tsk_v2_410927364518204606",
  status: "terminated",
  output: null,
  downloaded_files: [],
  recording_url: null,
  screenshot_urls: ["https://artifacts.skyvern.com/tsk_v2_410927364518204606/last.png"],
  failure_reason: "The product page says the item is no longer sold, so it cannot be added to the cart",
  created_at: "2026-11-30T10:20:00Z",
  modified_at: "2026-11-30T10:21:12Z",
  started_at: "2026-11-30T10:20:05Z",
  finished_at: "2026-11-30T10:21:12Z",
  app_url: "https://app.skyvern.com/runs/wr_410927364518204606",
  run_type: "task_v2",
  run_request: { prompt: "Add the blue ceramic mug to the cart", url: "https://shop.example.com/mugs/blue" },
  errors: [],
  step_count: 2,
} satisfies SkyvernTaskRun;
