import type { BrowserUseTaskItem } from "@agent-tasks/browser-use";

/**
 * Today's API, one item of `GET /tasks` (`TaskItemView`): a summary with no `steps` and no `outputFiles`. The agent
 * reports success; the judge does not agree (`judgeVerdict: false`).
 */
export const taskItemFinished: BrowserUseTaskItem = {
  id: "7d4a1e8c-3b9f-4c52-a6e0-9f2b5d8c1a73",
  sessionId: "1e9c5a3f-7d2b-4f86-b4a1-0c6e8d2f5b39",
  llm: "browser-use-llm",
  task: "What is the title of the top post on reddit.com/r/typescript right now?",
  status: "finished",
  createdAt: "2026-12-03T22:47:04.512980",
  startedAt: "2026-12-03T22:47:06.004512",
  finishedAt: "2026-12-03T22:48:39.770089",
  metadata: {},
  output: "The top post is 'TypeScript 6.0 is now available'.",
  browserUseVersion: "0.9.7",
  isSuccess: true,
  judgement: '{"reasoning":"The page shown is sorted by New, not Hot, so this is not the top post.","verdict":false}',
  judgeVerdict: false,
  cost: "0.0213",
  suggestions: null,
};
