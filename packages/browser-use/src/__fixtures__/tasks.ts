import type {
  BrowserUseCurrentTask,
  BrowserUseSeedEraTask,
  BrowserUseTaskItem,
  BrowserUseValidationError,
} from "../task-types.js";

// Task bodies for this package's tests. Today's spec documents no examples, so `currentTask` is written by hand
// (and checked against the spec's TaskView in the tests); `seedEraTask` is the example the seed-era spec documented,
// kept as the regression case for tasks stored before the API changed.

export const TASK_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
export const SESSION_ID = "9f1d2c3b-7a6e-4d5c-8b4a-3e2f1d0c9b8a";

/** A finished task as `GET /tasks/{task_id}` returns it today. */
export const currentTask = {
  id: TASK_ID,
  sessionId: SESSION_ID,
  llm: "browser-use-2.0",
  task: "Find the cheapest flight from Berlin to Lisbon next Friday",
  status: "finished",
  createdAt: "2026-03-02T09:14:05.120Z",
  startedAt: "2026-03-02T09:14:06.004Z",
  finishedAt: "2026-03-02T09:15:41.870Z",
  metadata: {},
  steps: [
    {
      number: 1,
      memory: "Opened the flight search",
      evaluationPreviousGoal: "Success",
      nextGoal: "Enter the route",
      url: "https://www.example-flights.com/",
      screenshotUrl: null,
      actions: ['{"go_to_url":{"url":"https://www.example-flights.com/"}}'],
      duration: 2.4,
    },
  ],
  output: "TAP 1127, 89 EUR",
  outputFiles: [],
  browserUseVersion: "0.9.4",
  isSuccess: true,
  judgement: null,
  judgeVerdict: null,
  cost: "0.0412",
  suggestions: null,
} satisfies BrowserUseCurrentTask;

/** The 200 example of `GET /tasks/{task_id}` in the seed-era spec, exactly as documented (placeholders included). */
export const seedEraTask = {
  id: TASK_ID,
  sessionId: TASK_ID,
  session: {
    id: TASK_ID,
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
  userUploadedFiles: [{ id: TASK_ID, fileName: "<string>" }],
  outputFiles: [{ id: TASK_ID, fileName: "<string>" }],
  browserUseVersion: "<string>",
  isSuccess: true,
} satisfies BrowserUseSeedEraTask;

/** A FastAPI 422 body (the seed-era spec's example, placeholders included). */
export const validationError = {
  detail: [{ loc: ["<string>"], msg: "<string>", type: "<string>" }],
} satisfies BrowserUseValidationError;

/** A `GET /tasks` item, numbered `n`, with `metadata` of its own. */
export function taskItem(n: number, metadata: Record<string, unknown> = {}): BrowserUseTaskItem {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    sessionId: SESSION_ID,
    llm: "browser-use-2.0",
    task: `Task ${n}`,
    status: "finished",
    createdAt: "2026-03-02T09:14:05.120Z",
    metadata,
  };
}
