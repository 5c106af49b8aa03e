import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, specExample, useMswServer } from "@agent-tasks/test-support";
import type { JsonBodyType } from "msw";
import { describe } from "vitest";
import { createBrowserUseV1Client } from "./create-browser-use-v1-client.js";
import { createBrowserUseV1TaskFetcher } from "./create-browser-use-v1-task-fetcher.js";

const KEY = "bu-v1-fetcher-key-0d7e";
const TASK_ID = "e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6";

const msw = useMswServer();

describe("createBrowserUseV1TaskFetcher (legacy API v1)", () => {
  describeTaskFetcherContract({
    msw,
    createFetcher: () => createBrowserUseV1TaskFetcher(createBrowserUseV1Client({ apiKey: KEY, maxRetries: 0 })),
    source: "browser-use-v1",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: TASK_ID,
    // The example exactly as the provider documented it (placeholders included); msw only needs it to be JSON.
    task: specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "200") as JsonBodyType,
    request: {
      path: "/api/v1/task/{taskId}",
      route: "https://api.browser-use.com/api/v1/task/:taskId",
      url: `https://api.browser-use.com/api/v1/task/${TASK_ID}`,
      credential: { key: KEY, header: "Authorization", scheme: "Bearer" },
    },
    notFound: {
      carrying: "Browser Use's detail",
      body: { detail: "Task not found" },
      message: `Browser Use (v1): GET /api/v1/task/${TASK_ID} failed with HTTP 404 Not Found: Task not found`,
    },
    emptyNotFoundMessage: `Browser Use (v1): GET /api/v1/task/${TASK_ID} failed with HTTP 404 Not Found and an empty body`,
    stringId: { field: "taskId", path: { parameter: "task_id", InvalidPathParameterError } },
  });
});
