import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: an older finished task: no `isSuccess` and no `browserUseVersion`, and the timestamps have no fraction. */
export const taskFinishedWithoutIsSuccess = {
  id: "2d9c7b5a-3e1f-4b8d-9a6c-4f2e0d8b6a13",
  sessionId: "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
  session: {
    id: "5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170",
    status: "stopped",
    liveUrl: null,
    startedAt: "2024-11-18T22:47:05",
    finishedAt: "2024-11-18T22:48:40",
  },
  llm: "gpt-4o",
  task: "What is the title of the top post on reddit.com/r/typescript right now?",
  status: "finished",
  startedAt: "2024-11-18T22:47:06",
  finishedAt: "2024-11-18T22:48:39",
  metadata: {},
  isScheduled: false,
  steps: [],
  doneOutput: "The top post is 'TypeScript 5.7 is now available'.",
  userUploadedFiles: [],
  outputFiles: [],
} satisfies BrowserUseSeedEraTask;
