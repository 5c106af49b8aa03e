import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { rejectionOf, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { createBrowserUseV1Client } from "./create-browser-use-v1-client.js";
import { createBrowserUseV1TaskFetcher } from "./create-browser-use-v1-task-fetcher.js";

const KEY = "bu-v1-fetcher-key-0d7e";
const TASK_ID = "e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6";
const TASK_URL = `https://api.browser-use.com/api/v1/task/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browser-use.com/api/v1/task/:taskId";

// The example exactly as the provider documented it (placeholders included); msw only needs it to be JSON.
const documentedTask = specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "200") as JsonBodyType;

const api = useMockApi();

function createFetcher() {
  return createBrowserUseV1TaskFetcher(createBrowserUseV1Client({ apiKey: KEY, maxRetries: 0 }));
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

describe("createBrowserUseV1TaskFetcher (legacy API v1)", () => {
  it("has source 'browser-use-v1'", () => {
    expect(createFetcher().source).toBe("browser-use-v1");
  });

  it("GETs /api/v1/task/{taskId} with Authorization: Bearer and resolves the documented task", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    const task = await createFetcher().fetchTask(TASK_ID);

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(TASK_URL);
    expect(api.calls[0]?.headers.get("Authorization")).toBe(`Bearer ${KEY}`);
    expect(task).toEqual(documentedTask);
  });

  it("rejects a 404 with NotFoundError carrying the provider, status, URL and Browser Use's detail", async () => {
    const body = { detail: "Task not found" };
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(body, { status: 404 }) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "browser-use-v1",
      status: 404,
      method: "GET",
      url: TASK_URL,
      body,
      message: `Browser Use (v1): GET /api/v1/task/${TASK_ID} failed with HTTP 404 Not Found: Task not found`,
    });
    expect(api.calls).toHaveLength(1);
  });

  it("rejects a 404 with no body with NotFoundError saying the body was empty", async () => {
    api.routes({ [TASK_ROUTE]: () => new HttpResponse(null, { status: 404, headers: { "Content-Length": "0" } }) });

    const error = await rejectionOf(createFetcher().fetchTask(TASK_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "browser-use-v1",
      status: 404,
      message: `Browser Use (v1): GET /api/v1/task/${TASK_ID} failed with HTTP 404 Not Found and an empty body`,
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
    expect(error).toMatchObject({ provider: "browser-use-v1", cause: reason });
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
      provider: "browser-use-v1",
      field: "taskId",
      message: `Invalid browser-use-v1 task reference: \`taskId\` ${problem}. Nothing was sent.`,
    });
    expect(api.calls).toEqual([]);
  });

  it.each(["..", ".", "%2e%2e"])(
    "rejects the task id %j with InvalidPathParameterError and sends nothing",
    async (taskId) => {
      const error = await rejectionOf(createFetcher().fetchTask(taskId));

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "browser-use-v1", parameter: "task_id" });
      expect(api.calls).toEqual([]);
    },
  );
});
