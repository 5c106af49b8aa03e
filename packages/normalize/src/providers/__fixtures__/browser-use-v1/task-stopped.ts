import type { BrowserUseV1Task } from "@agent-tasks/browser-use/v1";

/** Stopped by `PUT /api/v1/stop-task`; `created_at` and `finished_at` carry an explicit zone. */
export const taskStopped = {
  id: "a2c4e6f8-0b1d-4f3a-95c7-e9f1a3b5c7d9",
  task: "Monitor the status page of api.example-payments.com and report any incident.",
  live_url: null,
  output: null,
  status: "stopped",
  created_at: "2025-02-13T09:00:00+01:00",
  finished_at: "2025-02-13T09:45:12+01:00",
  steps: [],
  output_files: null,
  public_share_url: null,
} satisfies BrowserUseV1Task;
