import { InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf, responseValidator, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createBrowserActClient } from "./create-browseract-client.js";
import { createBrowserActTaskFetcher } from "./create-browseract-task-fetcher.js";
import type { BrowserActErrorResponse, BrowserActTask } from "./index.js";

const KEY = "ba-fetcher-key-61b0";
// BrowserAct ids are 17-digit strings: more digits than a JavaScript number holds exactly.
const TASK_ID = "81234567890123457";
const TASK_URL = `https://api.browseract.com/v2/workflow/get-task?task_id=${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browseract.com/v2/workflow/get-task";

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

const api = useMockApi();

function createFetcher() {
  return createBrowserActTaskFetcher(createBrowserActClient({ apiKey: KEY, maxRetries: 0 }));
}

/** A route that holds every request until it is aborted, and says when one has arrived. */
function holdRequests(): Promise<void> {
  return new Promise((arrived) => {
    api.routes({
      [TASK_ROUTE]: async () => {
        arrived();
        await new Promise(() => {}); // held until the client aborts it
        return HttpResponse.json(runningTask);
      },
    });
  });
}

describe("createBrowserActTaskFetcher", () => {
  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("browseract", "/v2/workflow/get-task", "get", "200");

    expect(validate(runningTask)).toBeNull();
  });

  it("has source 'browseract'", () => {
    expect(createFetcher().source).toBe("browseract");
  });

  it("GETs /v2/workflow/get-task?task_id={taskId} with Authorization: Bearer and resolves the task as served", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(runningTask) });

    const task = await createFetcher().fetchTask(TASK_ID);

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(TASK_URL);
    expect(api.calls[0]?.headers.get("Authorization")).toBe(`Bearer ${KEY}`);
    expect(task).toEqual(runningTask);
    expect(task.id).toBe("81234567890123457");
  });

  it("sends a '..' task id as a query value, where it cannot change the path", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(runningTask) });

    await createFetcher().fetchTask("..");

    expect(api.calls[0]?.url.pathname).toBe("/v2/workflow/get-task");
    expect(api.calls[0]?.url.searchParams.get("task_id")).toBe("..");
  });

  it("rejects a 404 with NotFoundError carrying the provider, status, URL, BrowserAct's msg, code and traceId", async () => {
    const body = {
      code: 404,
      msg: "Task not found",
      data: {},
      ts: 1748764802000,
      time: "2025-06-01T08:00:02Z",
      traceId: "5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d",
    } satisfies BrowserActErrorResponse;
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(body, { status: 404 }) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "browseract",
      status: 404,
      method: "GET",
      url: TASK_URL,
      code: "404",
      requestId: "5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d",
      body,
      message: `BrowserAct: GET /v2/workflow/get-task?task_id=${TASK_ID} failed with HTTP 404 Not Found: Task not found (request id 5a4b3c2d1e0f4a5b6c7d8e9f0a1b2c3d)`,
    });
    expect(api.calls).toHaveLength(1);
  });

  it("aborts the request in flight when the signal fires, rejecting with UserAbortError", async () => {
    const arrived = holdRequests();
    const controller = new AbortController();
    const reason = new Error("the user closed the page");

    const pending = createFetcher().fetchTask(TASK_ID, { signal: controller.signal });
    await arrived;
    controller.abort(reason);
    const error = await rejectionOf(pending);

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({ provider: "browseract", cause: reason });
    expect(api.calls).toHaveLength(1);
  });

  it("sends nothing when the signal has already aborted", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(runningTask) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID, { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toEqual([]);
  });

  it.each([
    // As a number the id has already lost its last digits (it reads back as 81234567890123460).
    [Number(TASK_ID), "must be a string, got number"],
    [null, "must be a string, got null"],
    [undefined, "must be a string, got undefined"],
    ["", "is empty"],
    ["   ", "is empty"],
  ])("rejects the task id %j with InvalidTaskRefError and sends nothing", async (taskId, problem) => {
    const error = await rejectionOf(createFetcher().fetchTask(taskId as string));

    expect(error).toBeInstanceOf(InvalidTaskRefError);
    expect(error).toMatchObject({
      provider: "browseract",
      field: "taskId",
      message: `Invalid browseract task reference: \`taskId\` ${problem}. Nothing was sent.`,
    });
    expect(api.calls).toEqual([]);
  });
});
