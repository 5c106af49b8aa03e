import { MissingApiKeyError } from "@agent-tasks/core";
import { expectRetriedTwiceThenReturned, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type BrowserUseClientOptions, createBrowserUseClient } from "./create-browser-use-client.js";

const KEY = "bu-test-key-77e2";
const TASK_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
const TASK_URL = `https://api.browser-use.com/api/v2/tasks/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browser-use.com/api/v2/tasks/:taskId";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedTask = specExample("browser-use", "/tasks/{task_id}", "get", "200") as JsonBodyType;
const documentedValidationError = specExample("browser-use", "/tasks/{task_id}", "get", "422") as JsonBodyType;

const api = useMockApi();

afterEach(() => {
  vi.unstubAllEnvs();
});

function getTask(options: BrowserUseClientOptions = {}) {
  return createBrowserUseClient({ apiKey: KEY, ...options }).GET("/tasks/{task_id}", {
    params: { path: { task_id: TASK_ID } },
  });
}

describe("createBrowserUseClient (Cloud API v2)", () => {
  it("GETs https://api.browser-use.com/api/v2/tasks/{task_id} and returns the documented task as data", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    const { data, error, response } = await getTask();

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(`https://api.browser-use.com/api/v2/tasks/${TASK_ID}`);
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(documentedTask);
  });

  it("sends the key as X-Browser-Use-API-Key and no other credential header", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    await getTask();

    const headers = api.calls[0]?.headers;
    expect(headers?.get("X-Browser-Use-API-Key")).toBe(KEY);
    expect([...(headers?.keys() ?? [])]).toEqual(["x-browser-use-api-key"]);
    expect(api.calls[0]?.url.href).not.toContain(KEY);
  });

  it("returns the documented 422 body as error with status 422", async () => {
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedValidationError, { status: 422 }) });

    const { data, error, response } = await getTask();

    expect(data).toBeUndefined();
    expect(error).toEqual(documentedValidationError);
    expect(response.status).toBe(422);
  });

  it("returns a 404 with no body as an undefined error with status 404", async () => {
    // The spec declares no body for 404; a server sends that as Content-Length: 0.
    api.routes({ [TASK_ROUTE]: () => new HttpResponse(null, { status: 404, headers: { "Content-Length": "0" } }) });

    const { data, error, response } = await getTask();

    expect(data).toBeUndefined();
    expect(error).toBeUndefined();
    expect(response.ok).toBe(false);
    expect(response.status).toBe(404);
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

  it("reads BROWSER_USE_API_KEY when no apiKey is passed", async () => {
    vi.stubEnv("BROWSER_USE_API_KEY", "bu-key-from-env");
    api.routes({ [TASK_ROUTE]: () => HttpResponse.json(documentedTask) });

    await createBrowserUseClient().GET("/tasks/{task_id}", { params: { path: { task_id: TASK_ID } } });

    expect(api.calls[0]?.headers.get("X-Browser-Use-API-Key")).toBe("bu-key-from-env");
  });

  it("names createBrowserUseClient and BROWSER_USE_API_KEY when no key is found", () => {
    vi.stubEnv("BROWSER_USE_API_KEY", undefined);

    expect(() => createBrowserUseClient()).toThrow(MissingApiKeyError);
    expect(() => createBrowserUseClient()).toThrow(
      "Missing Browser Use API key: pass the `apiKey` option to createBrowserUseClient() or set the BROWSER_USE_API_KEY environment variable.",
    );
  });
});
