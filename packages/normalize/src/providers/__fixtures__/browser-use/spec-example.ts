import type { BrowserUseSeedEraTask } from "@agent-tasks/browser-use";

/**
 * Seed era: the 200 example of `GET /tasks/{task_id}` in the seed-era spec (specs/browser-use/openapi.yaml before
 * 2026-12, kept as scripts/__fixtures__/browser-use-v2-current/seed.yaml), verbatim. Today's spec has no example.
 */
export const specExampleTask = {
  id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
  sessionId: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
  session: {
    id: "3c90c3cc-0d44-4b50-8888-8dd25736052a",
    status: "active",
    liveUrl: "<string>",
    startedAt: "2023-11-07T05:31:56Z",
    finishedAt: "2023-11-07T05:31:56Z",
  },
  llm: "<string>",
  task: "<string>",
  status: "started",
  startedAt: "2023-11-07T05:31:56Z",
  finishedAt: "2023-11-07T05:31:56Z",
  metadata: {},
  isScheduled: true,
  steps: [
    {
      number: 123,
      memory: "<string>",
      evaluationPreviousGoal: "<string>",
      nextGoal: "<string>",
      url: "<string>",
      screenshotUrl: "<string>",
      actions: ["<string>"],
    },
  ],
  doneOutput: "<string>",
  userUploadedFiles: [{ id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", fileName: "<string>" }],
  outputFiles: [{ id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", fileName: "<string>" }],
  browserUseVersion: "<string>",
  isSuccess: true,
} satisfies BrowserUseSeedEraTask;
