import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/** Seed era: running, two steps in, with a live view; timestamps are naive UTC with microseconds. */
export const taskStarted = {
  id: "8f14e45f-ceea-4e67-a0b2-5d1c3b9e7a21",
  sessionId: "d2a7c3f1-5b8e-4c90-9e1a-3f6b8d2c4e75",
  session: {
    id: "d2a7c3f1-5b8e-4c90-9e1a-3f6b8d2c4e75",
    status: "active",
    liveUrl: "https://live.browser-use.com?wss=https%3A%2F%2Fd2a7c3f1.cdp1.browser-use.com",
    startedAt: "2025-03-04T10:15:28.912034",
    finishedAt: null,
  },
  llm: "gemini-2.5-flash",
  task: "Find the three most recent Show HN posts with more than 100 points and return their titles.",
  status: "started",
  startedAt: "2025-03-04T10:15:30.123456",
  finishedAt: null,
  metadata: { requestedBy: "nightly-digest", attempt: 1 },
  isScheduled: false,
  steps: [
    {
      number: 1,
      memory: "Need the three most recent Show HN posts above 100 points.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the Show HN listing",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://news.ycombinator.com/shownew","new_tab":false}}'],
    },
    {
      number: 2,
      memory: "On /shownew. None of the first ten posts has more than 100 points yet.",
      evaluationPreviousGoal: "Success - the Show HN listing is open",
      nextGoal: "Switch to the ranked Show HN page, where older posts with more points appear",
      url: "https://news.ycombinator.com/shownew",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/8f14e45f-ceea-4e67-a0b2-5d1c3b9e7a21/2.png",
      actions: ['{"click_element_by_index":{"index":12}}'],
    },
  ],
  doneOutput: null,
  userUploadedFiles: [],
  outputFiles: [],
  browserUseVersion: "0.5.11",
} satisfies BrowserUseSeedEraTask;
