import type { BrowserUseCurrentTask } from "@agent-tasks/browser-use";

/** Today's API: `failed` (execution failed with an error, a status the seed era lacked), after one step. */
export const taskViewFailed = {
  id: "e1c5a9f3-4b8d-4d26-97e1-0a6f2c8d4b13",
  sessionId: "8b4f0d2a-6e9c-4f13-b7a5-2d1e8c6f0a94",
  llm: "claude-sonnet-4-5",
  task: "Download last month's invoice from the billing portal.",
  status: "failed",
  createdAt: "2026-12-02T16:30:41.559207",
  startedAt: "2026-12-02T16:30:43.007112",
  finishedAt: "2026-12-02T16:31:20.690551",
  metadata: {},
  steps: [
    {
      number: 1,
      memory: "Need last month's invoice.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the billing portal",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://billing.example.com/invoices","new_tab":false}}'],
      duration: 36.71,
    },
  ],
  output: null,
  outputFiles: [],
  browserUseVersion: "0.9.7",
  isSuccess: null,
  judgement: null,
  judgeVerdict: null,
  cost: "0.0067",
  suggestions: null,
} satisfies BrowserUseCurrentTask;
