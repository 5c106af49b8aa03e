import type { BrowserUseCurrentTask } from "@agent-tasks/browser-use";

/** Today's API: stopped by the caller (`PATCH /tasks/{task_id}` with `action: stop`); stopped tasks cannot resume. */
export const taskViewStopped = {
  id: "3f9b2d7e-1a5c-4e68-8d0b-6c4a9e2f7b51",
  sessionId: "a7d3f1c9-2e6b-4a80-9f4d-1b8e5c3a7d26",
  llm: "gpt-4.1-mini",
  task: "Compare the monthly price of Notion Plus and Coda Pro.",
  status: "stopped",
  createdAt: "2026-12-01T07:44:12.880416",
  startedAt: "2026-12-01T07:44:14.250003",
  finishedAt: "2026-12-01T07:44:51.918274",
  metadata: {},
  steps: [
    {
      number: 1,
      memory: "Need Notion Plus and Coda Pro monthly prices.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the Notion pricing page",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://www.notion.so/pricing","new_tab":false}}'],
    },
  ],
  output: null,
  outputFiles: [],
  browserUseVersion: "0.9.7",
  isSuccess: null,
  judgement: null,
  judgeVerdict: null,
  cost: "0.0094",
  suggestions: null,
} satisfies BrowserUseCurrentTask;
