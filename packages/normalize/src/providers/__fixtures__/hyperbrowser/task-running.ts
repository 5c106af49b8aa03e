import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { hyperAgentStep } from "../hyper-agent-steps.js";

/** Two steps into the run, written by HyperAgent 1.1.0 (one action per step, no goal). */
export const taskRunning = {
  jobId: "b7e2c9d4-31f0-4a8e-a6d5-2c8f1e907a44",
  status: "running",
  data: {
    steps: [
      hyperAgentStep({
        idx: 0,
        agentOutput: {
          thoughts: "The page is blank, so I have to open the Show HN listing first.",
          memory: "Task: collect the top 3 Show HN posts. Nothing collected yet.",
          action: { type: "goToUrl", params: { url: "https://news.ycombinator.com/show" } },
        },
        actionOutput: { success: true, message: "Navigated to https://news.ycombinator.com/show" },
      }),
      hyperAgentStep({
        idx: 1,
        agentOutput: {
          thoughts: "The listing is loaded; the first three rows are the posts I need.",
          memory: "On the Show HN listing. Next: read titles and points of rows 1 to 3.",
          action: { type: "extract", params: { objective: "title, points and link of the first three posts" } },
        },
        actionOutput: { success: true, message: "Extracted 3 items" },
      }),
    ],
    finalResult: null,
  },
  error: null,
  liveUrl:
    "https://app.hyperbrowser.ai/live?token=eyJhbGciOiJIUzI1NiJ9.eyJzZXNzaW9uSWQiOiI0YzVhIn0.R2kx&keepAlive=true",
} satisfies HyperAgentTask;
