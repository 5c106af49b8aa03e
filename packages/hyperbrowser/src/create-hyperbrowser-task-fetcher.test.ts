import {
  InvalidPathParameterError,
  InvalidTaskRefError,
  NotFoundError,
  ServerError,
  UserAbortError,
} from "@agent-tasks/core";
import { rejectionOf, responseValidator, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createHyperbrowserClient } from "./create-hyperbrowser-client.js";
import { createHyperbrowserTaskFetcher } from "./create-hyperbrowser-task-fetcher.js";
import type { HyperAgentTask, HyperbrowserErrorResponse } from "./index.js";

const KEY = "hb-fetcher-key-5e19";
const JOB_ID = "7d3e9a10-4b2c-4f6e-8a1d-2c9b0e5f7a63";
const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${JOB_ID}`;
const TASK_ROUTE = "GET https://api.hyperbrowser.ai/api/task/hyper-agent/:id";

// The spec has no example response, so this is a realistic running task checked against the spec's schema below.
const runningTask = {
  jobId: JOB_ID,
  status: "running",
  data: {
    steps: [{ agentOutput: { thoughts: "Open the search page first" }, actionOutputs: [] }],
    finalResult: null,
  },
  error: null,
  liveUrl: "https://app.hyperbrowser.ai/live/7d3e9a10",
} satisfies HyperAgentTask;

const api = useMockApi();

function createFetcher() {
  return createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: KEY, maxRetries: 0 }));
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

describe("createHyperbrowserTaskFetcher", () => {
  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "200");

    expect(validate(runningTask)).toBeNull();
  });

  it("has source 'hyperbrowser'", () => {
    expect(createFetcher().source).toBe("hyperbrowser");
  });

  it("GETs /api/task/hyper-agent/{jobId} with x-api-key and resolves the task exactly as served", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(runningTask) });

    const task = await createFetcher().fetchTask(JOB_ID);

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(TASK_URL);
    expect(api.calls[0]?.headers.get("x-api-key")).toBe(KEY);
    expect(task).toEqual(runningTask);
  });

  it("rejects a 404 with NotFoundError carrying the provider, status, URL and Hyperbrowser's message", async () => {
    const body = { message: `HyperAgent task ${JOB_ID} not found` } satisfies HyperbrowserErrorResponse;
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(body, { status: 404 }) });

    const error = await rejectionOf(createFetcher().fetchTask(JOB_ID));

    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      provider: "hyperbrowser",
      status: 404,
      method: "GET",
      url: TASK_URL,
      body,
      message: `Hyperbrowser: GET /api/task/hyper-agent/${JOB_ID} failed with HTTP 404 Not Found: HyperAgent task ${JOB_ID} not found`,
    });
    expect(api.calls).toHaveLength(1);
  });

  it("rejects a 500 with ServerError rather than resolving the error body", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json({ message: "Internal server error" }, { status: 500 }) });

    const error = await rejectionOf(createFetcher().fetchTask(JOB_ID));

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ provider: "hyperbrowser", status: 500 });
  });

  it("aborts the request in flight when the signal fires, rejecting with UserAbortError", async () => {
    const arrived = holdRequests();
    const controller = new AbortController();
    const reason = new Error("the user closed the page");

    const pending = createFetcher().fetchTask(JOB_ID, { signal: controller.signal });
    await arrived;
    controller.abort(reason);
    const error = await rejectionOf(pending);

    expect(error).toBeInstanceOf(UserAbortError);
    expect(error).toMatchObject({ provider: "hyperbrowser", cause: reason });
    expect(api.calls).toHaveLength(1);
  });

  it("sends nothing when the signal has already aborted", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(runningTask) });

    const error = await rejectionOf(createFetcher().fetchTask(JOB_ID, { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(UserAbortError);
    expect(api.calls).toEqual([]);
  });

  it.each([
    [42, "must be a string, got number"],
    [null, "must be a string, got null"],
    [undefined, "must be a string, got undefined"],
    ["", "is empty"],
    ["   ", "is empty"],
  ])("rejects the job id %j with InvalidTaskRefError and sends nothing", async (jobId, problem) => {
    const error = await rejectionOf(createFetcher().fetchTask(jobId as string));

    expect(error).toBeInstanceOf(InvalidTaskRefError);
    expect(error).toMatchObject({
      provider: "hyperbrowser",
      field: "jobId",
      message: `Invalid hyperbrowser task reference: \`jobId\` ${problem}. Nothing was sent.`,
    });
    expect(api.calls).toEqual([]);
  });

  it.each(["..", ".", "%2e%2e"])(
    "rejects the job id %j with InvalidPathParameterError and sends nothing",
    async (jobId) => {
      const error = await rejectionOf(createFetcher().fetchTask(jobId));

      expect(error).toBeInstanceOf(InvalidPathParameterError);
      expect(error).toMatchObject({ provider: "hyperbrowser", parameter: "id" });
      expect(api.calls).toEqual([]);
    },
  );
});
