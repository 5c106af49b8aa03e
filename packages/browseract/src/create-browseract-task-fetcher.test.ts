import { InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createBrowserActClient } from "./create-browseract-client.js";
import { createBrowserActTaskFetcher } from "./create-browseract-task-fetcher.js";
import type { BrowserActErrorResponse, BrowserActTask } from "./index.js";

const KEY = "ba-fetcher-key-61b0";
// BrowserAct ids are 17-digit strings: more digits than a JavaScript number holds exactly.
const TASK_ID = "81234567890123457";
const TASK_URL = `https://api.browseract.com/v2/workflow/get-task?task_id=${TASK_ID}`;
const TASK_ROUTE = "https://api.browseract.com/v2/workflow/get-task";

// The spec has no full example response, so this is a realistic running task checked against the spec's schema below.
const runningTask = {
  id: TASK_ID,
  workflow_id: "71234567890123456",
  status: "running",
  created_at: "2025-06-01T08:00:00Z",
  steps: [
    {
      id: "91234567890123457",
      step: 1,
      status: "running",
      evaluation_previous_goal: "Start",
      step_goal: "Open https://shop.example.com/products",
      screenshots_url: "https://cdn.browseract.com/screenshots/91234567890123457.png",
    },
  ],
  live_url_info: { width: 1280, height: 720, live_url: "https://live.browseract.com/task/81234567890123457" },
  input_parameters: "url=https://shop.example.com/products",
} satisfies BrowserActTask;

const msw = useMswServer();
const { server, calls } = msw;

function createFetcher() {
  return createBrowserActTaskFetcher(createBrowserActClient({ apiKey: KEY, maxRetries: 0 }));
}

describe("createBrowserActTaskFetcher", () => {
  describeTaskFetcherContract({
    msw,
    createFetcher,
    source: "browseract",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: TASK_ID,
    task: runningTask,
    request: {
      path: "/v2/workflow/get-task?task_id={taskId}",
      route: TASK_ROUTE,
      url: TASK_URL,
      credential: { key: KEY, header: "Authorization", scheme: "Bearer" },
    },
    notFound: {
      carrying: "BrowserAct's msg, code and traceId",
      body: {
        code: 404,
        msg: "Task not found",
        data: {},
        ts: 1748764802000,
        time: "2025-06-01T08:00:02Z",
        traceId: "5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d",
      } satisfies BrowserActErrorResponse,
      message: `BrowserAct: GET /v2/workflow/get-task?task_id=${TASK_ID} failed with HTTP 404 Not Found: Task not found (request id 5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d)`,
      fields: { code: "404", requestId: "5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d" },
    },
    // As a number the id has already lost its last digits (it reads back as 81234567890123460).
    stringId: { field: "taskId", asNumber: Number(TASK_ID) },
  });

  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("browseract", "/v2/workflow/get-task", "get", "200");

    expect(validate(runningTask)).toBeNull();
  });

  it("keeps the 17-digit task id exact in the query and in the task it resolves", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(runningTask)));

    const task = await createFetcher().fetchTask(TASK_ID);

    expect(calls[0]?.url.searchParams.get("task_id")).toBe("81234567890123457");
    expect(task.id).toBe("81234567890123457");
  });

  it("sends a '..' task id as a query value, where it cannot change the path", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(runningTask)));

    await createFetcher().fetchTask("..");

    expect(calls[0]?.url.pathname).toBe("/v2/workflow/get-task");
    expect(calls[0]?.url.searchParams.get("task_id")).toBe("..");
  });
});
