import type { HyperAgentTask } from "@agent-tasks/hyperbrowser";
import { hyperAgentStep } from "../hyper-agent-steps.js";

/** Finished with structured output (JSON text in `finalResult`), steps written by HyperAgent 0.8.0. */
export const taskCompletedWithJsonOutput = {
  jobId: "0c8e4a1f-6d2b-4f93-b5e7-93a1d4c6e258",
  status: "completed",
  data: {
    steps: [
      hyperAgentStep({
        idx: 0,
        agentOutput: {
          thoughts: "I need to search Amazon for the Anker 737 power bank.",
          memory: "Task: price and rating of the Anker 737 power bank on amazon.com.",
          nextGoal: "Open amazon.com and search for 'Anker 737 power bank'",
          actions: [
            { type: "goToUrl", params: { url: "https://www.amazon.com" } },
            { type: "inputText", params: { index: 4, text: "Anker 737 power bank" } },
            { type: "keyPress", params: { key: "Enter" } },
          ],
        },
        actionOutputs: [
          { success: true, message: "Navigated to https://www.amazon.com" },
          { success: true, message: "Typed 'Anker 737 power bank' into element 4" },
          { success: true, message: "Pressed Enter" },
        ],
      }),
      hyperAgentStep({
        idx: 1,
        agentOutput: {
          thoughts: "The first result is the product; its price and rating are visible.",
          memory: "Search results loaded. First result: Anker 737 Power Bank (PowerCore 24K).",
          nextGoal: "Read the price, rating and review count of the first result and finish",
          actions: [
            {
              type: "complete",
              params: {
                success: true,
                text: '{"product":"Anker 737 Power Bank (PowerCore 24K)","price":"$89.99","rating":4.6,"reviews":12873}',
              },
            },
          ],
        },
        actionOutputs: [{ success: true, message: "Task complete" }],
      }),
    ],
    finalResult: '{"product":"Anker 737 Power Bank (PowerCore 24K)","price":"$89.99","rating":4.6,"reviews":12873}',
  },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;
