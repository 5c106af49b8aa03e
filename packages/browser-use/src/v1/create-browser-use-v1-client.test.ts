import { MissingApiKeyError } from "@agent-tasks/core";
import { expectRetriedTwiceThenReturned, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type BrowserUseV1ClientOptions, createBrowserUseV1Client } from "./create-browser-use-v1-client.js";

const KEY = "bu-v1-test-key-19ad";
const TASK_ID = "e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6";
const TASK_URL = `https://api.browser-use.com/api/v1/task/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browser-use.com/api/v1/task/:taskId";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedTask = specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "200") as JsonBodyType;
const documentedValidationError = specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "422") as JsonBodyType;

const api = useMockApi();

afterEach(() => {
  vi.unstubAllEnvs();
});

function getTask(options: BrowserUseV1ClientOptions = {}) {
  return createBrowserUseV1Client({ apiKey: KEY, ...options }).GET("/api/v1/task/{task_id}", {
    params: { path: { task_id: TASK_ID } },
  });
}

describe("createBrowserUseV1Client (legacy API v1)", () => {
  it("GETs https://api.browser-use.com/api/v1/task/{task_id} and returns the documented task as data", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    const { data, error, response } = await getTask();

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(`https://api.browser-use.com/api/v1/task/${TASK_ID}`);
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(documentedTask);
  });

  it("sends the key as Authorization: Bearer and no other credential header", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    await getTask();

    const headers = api.calls[0]?.headers;
    expect(headers?.get("Authorization")).toBe(`Bearer ${KEY}`);
    expect([...(headers?.keys() ?? [])]).toEqual(["authorization"]);
    expect(api.calls[0]?.url.href).not.toContain(KEY);
  });

  it("returns the documented 422 body as error with status 422", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedValidationError, { status: 422 }) });

    const { data, error, response } = await getTask();

    expect(data).toBeUndefined();
    expect(error).toEqual(documentedValidationError);
    expect(response.status).toBe(422);
  });

  it("retries a 500 twice by default, 0.5 s then 1 s later, then returns it as error", async () => {
    await expectRetriedTwiceThenReturned({
      api,
      route: TASK_ROUTE,
      url: TASK_URL,
      errorBody: { detail: "Internal Server Error" },
      send: () => getTask(),
    });
  });

  it("reads BROWSER_USE_API_KEY, the same variable as v2, when no apiKey is passed", async () => {
    vi.stubEnv("BROWSER_USE_API_KEY", "bu-key-from-env");
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    await createBrowserUseV1Client().GET("/api/v1/task/{task_id}", { params: { path: { task_id: TASK_ID } } });

    expect(api.calls[0]?.headers.get("Authorization")).toBe("Bearer bu-key-from-env");
  });

  it("names createBrowserUseV1Client and BROWSER_USE_API_KEY when no key is found", () => {
    vi.stubEnv("BROWSER_USE_API_KEY", undefined);

    expect(() => createBrowserUseV1Client()).toThrow(MissingApiKeyError);
    expect(() => createBrowserUseV1Client()).toThrow(
      "Missing Browser Use (v1) API key: pass the `apiKey` option to createBrowserUseV1Client() or set the BROWSER_USE_API_KEY environment variable.",
    );
  });
});
