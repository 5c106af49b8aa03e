import type { BrowserUseCurrentTask } from "@agent-tasks/browser-use";

/** Today's API: running, two steps in (each with its `duration`), and the cost so far as a USD string. */
export const taskViewStarted = {
  id: "5a1d8e3f-2c7b-4a96-b0e4-8f3c6d1a9b27",
  sessionId: "c4e8a2d6-1f3b-4c57-9e0a-7b2d5f8c1e39",
  llm: "gemini-flash-latest",
  task: "Find the three most recent Show HN posts with more than 100 points and return their titles.",
  status: "started",
  createdAt: "2026-12-03T10:15:28.406118",
  startedAt: "2026-12-03T10:15:30.123456",
  finishedAt: null,
  metadata: { requestedBy: "nightly-digest", attempt: 1 },
  steps: [
    {
      number: 1,
      memory: "Need the three most recent Show HN posts above 100 points.",
      evaluationPreviousGoal: "Unknown - the browser just started",
      nextGoal: "Open the Show HN listing",
      url: "about:blank",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://news.ycombinator.com/shownew","new_tab":false}}'],
      duration: 3.42,
    },
    {
      number: 2,
      memory: "On /shownew. None of the first ten posts has more than 100 points yet.",
      evaluationPreviousGoal: "Success - the Show HN listing is open",
      nextGoal: "Switch to the ranked Show HN page, where older posts with more points appear",
      url: "https://news.ycombinator.com/shownew",
      screenshotUrl: "https://browser-use-screenshots.s3.amazonaws.com/5a1d8e3f-2c7b-4a96-b0e4-8f3c6d1a9b27/2.png",
      actions: ['{"click_element_by_index":{"index":12}}'],
      duration: 5.87,
    },
  ],
  output: null,
  outputFiles: [],
  browserUseVersion: "0.9.7",
  isSuccess: null,
  judgement: null,
  judgeVerdict: null,
  cost: "0.0118",
  suggestions: null,
} satisfies BrowserUseCurrentTask;
