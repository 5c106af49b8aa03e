import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: stopped by the caller (`PATCH /tasks/{task_id}` with `action: stop`); the session is closed. */
export const taskStopped = {
  id: "e8a1c4f7-0b3d-4e62-95f8-7a2c1d9e4b36",
  sessionId: "9b8a7c6d-5e4f-4321-a0b9-c8d7e6f5a4b3",
  session: {
    id: "9b8a7c6d-5e4f-4321-a0b9-c8d7e6f5a4b3",
    status: "stopped",
    liveUrl: null,
    startedAt: "2025-03-07T16:30:44.250003",
    finishedAt: "2025-03-07T16:31:20.918274",
  },
  llm: "gpt-4.1",
  task: "Compare the monthly price of Notion Plus and Coda Pro.",
  status: "stopped",
  startedAt: "2025-03-07T16:30:45.007112",
  finishedAt: "2025-03-07T16:31:20.690551",
  metadata: {},
  isScheduled: true,
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
  doneOutput: null,
  userUploadedFiles: [],
  outputFiles: [],
  browserUseVersion: "0.5.11",
  isSuccess: null,
} satisfies BrowserUseSeedEraTask;
