import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import { createBrowserUseTaskFetcher } from "./create-browser-use-task-fetcher.js";

const KEY = "bu-fetcher-key-a41c";
const TASK_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
const TASK_URL = `https://api.browser-use.com/api/v2/tasks/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browser-use.com/api/v2/tasks/:taskId";

// The example exactly as the provider documented it (placeholders included); msw only needs it to be JSON.
const documentedTask = specExample("browser-use", "/tasks/{task_id}", "get", "200") as JsonBodyType;

const api = useMockApi();

function createFetcher() {
  return createBrowserUseTaskFetcher(createBrowserUseClient({ apiKey: KEY, maxRetries: 0 }));
}

/** A route that holds every request until it is aborted, and says when one has arrived. */
function holdRequests(): Promise<void> {
  return new Promise((arrived) => {
    api.routes({
      [TASK_ROUTE]: async () => {
        arrived();
        await new Promise(() => {}); // held until the client aborts it
        return HttpResponse.json(documentedTask);
      },
    });
  });
}

describe("createBrowserUseTaskFetcher (Cloud API v2)", () => {
  it("has source 'browser-use'", () => {
    expect(createFetcher().source).toBe("browser-use");
  });

  it("GETs /api/v2/tasks/{taskId} with X-Browser-Use-API-Key and resolves the documented task", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    const task = await createFetcher().fetchTask(TASK_ID);

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(TASK_URL);
    expect(api.calls[0]?.headers.get("X-Browser-Use-API-Key")).toBe(KEY);
    expect(task).toEqual(documentedTask);
  });

  it("rejects a 404 with NotFoundError carrying the provider, status, URL and Browser Use's detail", async () => {
    const body = { detail: "Task not found" };
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(body, { status: 404 }) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "browser-use",
      status: 404,
      method: "GET",
      url: TASK_URL,
      body,
      message: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found: Task not found`,
    });
    expect(api.calls).toHaveLength(1);
  });

  it("rejects a 404 with no body (as the spec declares it) with NotFoundError saying the body was empty", async () => {
    api.routes({ [TASK_ROUTE]: () => new HttpResponse(null, { status: 404, headers: { "Content-Length": "0" } }) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "browser-use",
      status: 404,
      message: `Browser Use: GET /api/v2/tasks/${TASK_ID} failed with HTTP 404 Not Found and an empty body`,
    });
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
    expect(error).toMatchObject({ provider: "browser-use", cause: reason });
    expect(api.calls).toHaveLength(1);
  });

  it("sends nothing when the signal has already aborted", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID, { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toEqual([]);
  });

  it.each([
    [42, "must be a string, got number"],
    [null, "must be a string, got null"],
    [undefined, "must be a string, got undefined"],
    ["", "is empty"],
    ["   ", "is empty"],
  ])("rejects the task id %j with InvalidTaskRefError and sends nothing", async (taskId, problem) => {
    const error = await rejectionOf(createFetcher().fetchTask(taskId as string));

    expect(error).toBeInstanceOf(InvalidTaskRefError);
    expect(error).toMatchObject({
      provider: "browser-use",
      field: "taskId",
      message: `Invalid browser-use task reference: \`taskId\` ${problem}. Nothing was sent.`,
    });
    expect(api.calls).toEqual([]);
  });

  it.each(["..", ".", "%2e%2e"])(
    "rejects the task id %j with InvalidPathParameterError and sends nothing",
    async (taskId) => {
      const error = await rejectionOf(createFetcher().fetchTask(taskId));

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "browser-use", parameter: "task_id" });
      expect(api.calls).toEqual([]);
    },
  );
});
