import type { BrowserActTask } from "@agent-tasks/browseract";

/** Accepted by `POST /v2/workflow/run-task`, not running yet. */
export const taskCreated = {
  id: "78412563098214401",
  status: "created",
  steps: [],
  created_at: "2025-06-12T09:40:58Z",
  workflow_id: "71035368231436288",
  input_parameters: "city=Austin, TX;max_results=5",
} satisfies BrowserActTask;
