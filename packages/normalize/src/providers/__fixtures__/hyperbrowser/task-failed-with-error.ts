import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { hyperAgentStep } from "../hyper-agent-steps.js";

/** Gave up after repeated failed actions; the reason is in `error`. */
export const taskFailedWithError = {
  jobId: "9a3f6c2e-7b14-4e0d-a8c9-1d5e3b7f0a62",
  status: "failed",
  data: {
    steps: [
      hyperAgentStep({
        idx: 0,
        agentOutput: {
          thoughts: "I have to open the login page before I can download the invoice.",
          memory: "Task: download the latest invoice from the billing portal.",
          action: { type: "goToUrl", params: { url: "https://billing.example-saas.com/login" } },
        },
        actionOutput: { success: true, message: "Navigated to https://billing.example-saas.com/login" },
      }),
      hyperAgentStep({
        idx: 1,
        agentOutput: {
          thoughts: "The sign-in button should be element 17.",
          memory: "On the login page; credentials were not provided.",
          action: { type: "clickElement", params: { index: 17 } },
        },
        actionOutput: { success: false, message: "Element with index 17 not found" },
      }),
    ],
    finalResult: null,
  },
  error:
    "Agent is stuck: waited or failed 3 consecutive times without making progress. Last error: Element with index 17 not found",
  liveUrl: null,
} satisfies HyperAgentTask;
