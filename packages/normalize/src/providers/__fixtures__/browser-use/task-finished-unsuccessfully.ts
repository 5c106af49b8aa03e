import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: finished, but the agent reports that it did not succeed (`isSuccess: false`); that era had no failed status. */
export const taskFinishedUnsuccessfully = {
  id: "c3b8e1d6-5a2f-4c90-87e4-1d9a6f3b0c52",
  sessionId: "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f",
  session: {
    id: "f0e1d2c3-b4a5-4968-8776-5a4b3c2d1e0f",
    status: "stopped",
    liveUrl: null,
    startedAt: "2025-03-06T14:20:00.004512",
    finishedAt: "2025-03-06T14:22:31.770089",
  },
  llm: "gemini-2.5-flash",
  task: "Book the earliest available table for two at Noma for next Friday.",
  status: "finished",
  startedAt: "2025-03-06T14:20:01.382771",
  finishedAt: "2025-03-06T14:22:31.512340",
  metadata: {},
  isScheduled: false,
  steps: [
    {
      number: 1,
      memory: "Need a table for two at Noma next Friday.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the Noma reservations page",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://noma.dk/reservations","new_tab":false}}'],
    },
    {
      number: 2,
      memory: "Reservations for next Friday are sold out.",
      evaluationPreviousGoal: "Failed - no tables are available on that date",
      nextGoal: "Report that no table is available",
      url: "https://noma.dk/reservations",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/c3b8e1d6-5a2f-4c90-87e4-1d9a6f3b0c52/2.png",
      actions: ['{"done":{"success":false,"text":"No table for two is available at Noma next Friday."}}'],
    },
  ],
  doneOutput: "No table for two is available at Noma next Friday.",
  userUploadedFiles: [],
  outputFiles: [],
  browserUseVersion: "0.5.11",
  isSuccess: false,
} satisfies BrowserUseSeedEraTask;
