import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, useMswServer } from "@agent-tasks/test-support";
import type { JsonBodyType } from "msw";
import { describe } from "vitest";
import { currentTask, seedEraTask } from "./__fixtures__/tasks.js";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import { createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";

const KEY = "bu-fetcher-key-a41c";
const TASK_ID = currentTask.id;

const msw = useMswServer();

function contractServing(task: JsonBodyType) {
  return {
    msw,
    createFetcher: () => createBrowserUseTaskFetcher(createBrowserUseClient({ apiKey: KEY, maxRetries: 0 })),
    source: "browser-use",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: TASK_ID,
    task,
    request: {
      path: "/api/v2/tasks/{taskId}",
      route: "https://api.browser-use.com/api/v2/tasks/:taskId",
      url: `https://api.browser-use.com/api/v2/tasks/${TASK_ID}`,
      credential: { key: KEY, header: "X-Browser-Use-API-Key" },
    },
    notFound: {
      carrying: "Browser Use's detail",
      body: { detail: "Task not found" },
      message: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found: Task not found`,
    },
    // Today's spec declares a {detail} body for 404; a proxy in front may still send none.
    emptyNotFoundMessage: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found and an empty body`,
    stringId: { field: "taskId", path: { parameter: "task_id", InvalidPathParameterError } },
  } as const;
}

describe("createBrowserUseTaskFetcher (Cloud API v2): today's task", () => {
  describeTaskFetcherContract(contractServing(currentTask));
});

describe("createBrowserUseTaskFetcher (Cloud API v2): a seed-era task (regression)", () => {
  describeTaskFetcherContract(contractServing(seedEraTask));
});
