import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { hyperAgentStep } from "../hyper-agent-steps.js";

/** Finished with a plain-text answer, steps written by HyperAgent 1.1.0. */
export const taskCompletedWithTextOutput = {
  jobId: "e41b7f0a-2c9d-4d6e-8a53-6f0b2d8c1e97",
  status: "completed",
  data: {
    steps: [
      hyperAgentStep({
        idx: 0,
        agentOutput: {
          thoughts: "The weather page for Berlin answers the question directly.",
          memory: "Task: tomorrow's forecast for Berlin.",
          action: { type: "goToUrl", params: { url: "https://www.timeanddate.com/weather/germany/berlin" } },
        },
        actionOutput: { success: true, message: "Navigated to https://www.timeanddate.com/weather/germany/berlin" },
      }),
      hyperAgentStep({
        idx: 1,
        agentOutput: {
          thoughts: "Tomorrow's row shows 14 to 21 degrees and light rain in the afternoon.",
          memory: "Forecast found: 14-21 °C, light rain after 15:00.",
          action: {
            type: "complete",
            params: { success: true, text: "Tomorrow in Berlin: 14 to 21 °C, light rain after 15:00." },
          },
        },
        actionOutput: { success: true, message: "Task complete" },
      }),
    ],
    finalResult: "Tomorrow in Berlin: 14 to 21 °C, light rain after 15:00.",
  },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;
