import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: paused by the caller (`PATCH /tasks/{task_id}` with `action: pause`) after one step. */
export const taskPaused = {
  id: "b6453892-473a-4e2b-9e33-1c8d7f5a2b90",
  sessionId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  session: {
    id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    status: "active",
    liveUrl: "https://live.browser-use.com?wss=https%3A%2F%2F7c9e6679.cdp2.browser-use.com",
    startedAt: "2025-03-05T08:02:11.506118",
    finishedAt: null,
  },
  llm: "gpt-4.1",
  task: "Log in to the supplier portal and download the March statement. Pause before submitting any form.",
  status: "paused",
  startedAt: "2025-03-05T08:02:12.000481",
  finishedAt: null,
  metadata: {},
  isScheduled: false,
  steps: [
    {
      number: 1,
      memory: "Must pause before submitting any form.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the supplier portal login page",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://portal.example-supplier.com/login","new_tab":false}}'],
    },
  ],
  doneOutput: null,
  userUploadedFiles: [],
  outputFiles: [],
  browserUseVersion: "0.5.11",
} satisfies BrowserUseSeedEraTask;
