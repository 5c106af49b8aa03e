import { InvalidPathParameterError, MissingApiKeyError } from "@agent-tasks/core";
import { expectRetriedTwiceThenReturned, responseValidator, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHyperbrowserClient, type HyperbrowserClientOptions } from "./create-hyperbrowser-client.js";
import type { HyperAgentTask, HyperbrowserErrorResponse } from "./index.js";

const KEY = "hb-test-key-0c41";
const TASK_ID = "5f2c8f3e-7a1b-4c1d-9e2f-0a1b2c3d4e5f";
const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.hyperbrowser.ai/api/task/hyper-agent/:id";

// The spec has no example response, so this is a realistic finished task checked against the spec's schema below.
const finishedTask = {
  jobId: TASK_ID,
  status: "completed",
  data: { steps: [], finalResult: "The cheapest flight from SFO to JFK on 2025-03-14 costs $189." },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;

const api = useMockApi();

afterEach(() => {
  vi.unstubAllEnvs();
});

function getTask(id = TASK_ID, options: HyperbrowserClientOptions = {}) {
  return createHyperbrowserClient({ apiKey: KEY, ...options }).GET("/api/task/hyper-agent/{id}", {
    params: { path: { id } },
  });
}

describe("createHyperbrowserClient", () => {
  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "200");

    expect(validate(finishedTask)).toBeNull();
  });

  it("GETs https://api.hyperbrowser.ai/api/task/hyper-agent/{id} and returns the task as data", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(finishedTask) });

    const { data, error, response } = await getTask();

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(TASK_URL);
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(finishedTask);
  });

  it("sends the key as x-api-key and no other credential header", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(finishedTask) });

    await getTask();

    const headers = api.calls[0]?.headers;
    expect(headers?.get("x-api-key")).toBe(KEY);
    expect([...(headers?.keys() ?? [])]).toEqual(["x-api-key"]);
    expect(api.calls[0]?.url.href).not.toContain(KEY);
  });

  it("percent-encodes the task id into the path", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(finishedTask) });

    await getTask("job 7/retry");

    expect(api.calls[0]?.url.pathname).toBe("/api/task/hyper-agent/job%207%2Fretry");
  });

  it("refuses a '..' task id without sending anything", async () => {
    await expect(getTask("..")).rejects.toBeInstanceOf(InvalidPathParameterError);
    expect(api.calls).toEqual([]);
  });

  it.each([404, 500])("returns a %i ErrorResponse as error with that status", async (status) => {
    const body = {
      message: status === 404 ? `HyperAgent task ${TASK_ID} not found` : "Internal server error",
    } satisfies HyperbrowserErrorResponse;
    api.routes({
      [TASK_ROUTE]: () => HttpResponse.json(body, { status }),
    });

    // Retries off: the 500's default retries are covered on their own below.
    const { data, error, response } = await getTask(TASK_ID, { maxRetries: 0 });

    expect(api.calls).toHaveLength(1);
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(response.status).toBe(status);
  });

  it("retries a 500 twice by default, 0.5 s then 1 s later, then returns it as error", async () => {
    await expectRetriedTwiceThenReturned({
      api,
      route: TASK_ROUTE,
      url: TASK_URL,
      errorBody: { message: "Internal server error" } satisfies HyperbrowserErrorResponse,
      send: () => getTask(),
    });
  });

  it("reads HYPERBROWSER_API_KEY when no apiKey is passed", async () => {
    vi.stubEnv("HYPERBROWSER_API_KEY", "hb-key-from-env");
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(finishedTask) });

    await createHyperbrowserClient().GET("/api/task/hyper-agent/{id}", { params: { path: { id: TASK_ID } } });

    expect(api.calls[0]?.headers.get("x-api-key")).toBe("hb-key-from-env");
  });

  it("names createHyperbrowserClient and HYPERBROWSER_API_KEY when no key is found", () => {
    vi.stubEnv("HYPERBROWSER_API_KEY", undefined);

    expect(() => createHyperbrowserClient()).toThrow(MissingApiKeyError);
    expect(() => createHyperbrowserClient()).toThrow(
      "Missing Hyperbrowser API key: pass the `apiKey` option to createHyperbrowserClient() or set the HYPERBROWSER_API_KEY environment variable.",
    );
  });
});
