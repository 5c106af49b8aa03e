import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";

/** Queued, not started: no live view, no steps yet. */
export const taskPending = {
  jobId: "5f1d3b6e-8c2a-4b7e-9d41-0a6c2e9f7b13",
  status: "pending",
  data: { steps: [], finalResult: null },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;
