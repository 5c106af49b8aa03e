import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { hyperAgentStep } from "../hyper-agent-steps.js";

/** Stopped by the caller (`PUT /api/task/hyper-agent/{id}/stop`) after one step. */
export const taskStopped = {
  jobId: "3d7a0e5b-c2f8-4a16-9e4d-b8f2a6c0d315",
  status: "stopped",
  data: {
    steps: [
      hyperAgentStep({
        idx: 0,
        agentOutput: {
          thoughts: "Start on the careers page.",
          memory: "Task: list open engineering roles at Hyperbrowser.",
          nextGoal: "Open the careers page",
          actions: [{ type: "goToUrl", params: { url: "https://www.hyperbrowser.ai/careers" } }],
        },
        actionOutputs: [{ success: true, message: "Navigated to https://www.hyperbrowser.ai/careers" }],
      }),
    ],
    finalResult: null,
  },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;
