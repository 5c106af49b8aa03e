import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, specExample, useMockApi } from "@agent-tasks/test-support";
import type { JsonBodyType } from "msw";
import { describe } from "vitest";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import { createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";

const KEY = "bu-fetcher-key-a41c";
const TASK_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

const api = useMockApi();

describe("createBrowserUseTaskFetcher (Cloud API v2)", () => {
  describeTaskFetcherContract({
    api,
    createFetcher: () => createBrowserUseTaskFetcher(createBrowserUseClient({ apiKey: KEY, maxRetries: 0 })),
    source: "browser-use",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: TASK_ID,
    // The example exactly as the provider documented it (placeholders included); msw only needs it to be JSON.
    task: specExample("browser-use", "/tasks/{task_id}", "get", "200") as JsonBodyType,
    request: {
      path: "/api/v2/tasks/{taskId}",
      route: "GET https://api.browser-use.com/api/v2/tasks/:taskId",
      url: `https://api.browser-use.com/api/v2/tasks/${TASK_ID}`,
      credential: { key: KEY, header: "X-Browser-Use-API-Key" },
    },
    notFound: {
      carrying: "Browser Use's detail",
      body: { detail: "Task not found" },
      message: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found: Task not found`,
    },
    // The spec declares no body for 404.
    emptyNotFoundMessage: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found and an empty body`,
    stringId: { field: "taskId", path: { parameter: "task_id", InvalidPathParameterError } },
  });
});
