import type { BrowserUseCurrentTask } from "@agent-tasks/browser-use";

/** Today's API: just created (`POST /tasks`), not started yet: no `startedAt`, no steps, no cost so far. */
export const taskViewCreated = {
  id: "0b6f4e2a-8d1c-4f7b-9a3e-5c2d7f1b8e64",
  sessionId: "6e3a9c1f-4b7d-4e28-a5f0-9d1c3b7e2a58",
  llm: "browser-use-llm",
  task: "List the opening hours of the Louvre for next Monday.",
  status: "created",
  createdAt: "2026-12-03T09:14:07.318204",
  startedAt: null,
  finishedAt: null,
  metadata: { requestedBy: "concierge-bot" },
  steps: [],
  output: null,
  outputFiles: [],
  browserUseVersion: null,
  isSuccess: null,
  judgement: null,
  judgeVerdict: null,
  cost: null,
  suggestions: null,
} satisfies BrowserUseCurrentTask;
