import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import {
  type BrowserUseClient,
  type BrowserUseClientOptions,
  createBrowserUseClient,
} from "./create-browser-use-client.js";

const KEY = "bu-test-key-77e2";
const TASK_ID = "3c90c3cc-0d44-4b50-8888-8dd25736052a";
const TASK_URL = `https://api.browser-use.com/api/v2/tasks/${TASK_ID}`;
const TASK_ROUTE = "GET https://api.browser-use.com/api/v2/tasks/:taskId";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedTask = specExample("browser-use", "/tasks/{task_id}", "get", "200") as JsonBodyType;
const documentedValidationError = specExample("browser-use", "/tasks/{task_id}", "get", "422") as JsonBodyType;

const api = useMockApi();

function getTaskWith(client: BrowserUseClient) {
  return client.GET("/tasks/{task_id}", { params: { path: { task_id: TASK_ID } } });
}

function getTask(options: BrowserUseClientOptions = {}) {
  return getTaskWith(createBrowserUseClient({ apiKey: KEY, ...options }));
}

describe("createBrowserUseClient (Cloud API v2)", () => {
  describeProviderClientContract({
    api,
    createClient: createBrowserUseClient,
    factoryName: "createBrowserUseClient",
    send: getTaskWith,
    errors: { MissingApiKeyError },
    request: { documentedUrl: "https://api.browser-use.com/api/v2/tasks/{task_id}", route: TASK_ROUTE, url: TASK_URL },
    served: { body: documentedTask, called: "the documented task" },
    key: {
      value: KEY,
      header: "X-Browser-Use-API-Key",
      envVar: "BROWSER_USE_API_KEY",
      fromEnv: "bu-key-from-env",
      missingMessage:
        "Missing Browser Use API key: pass the `apiKey` option to createBrowserUseClient() or set the BROWSER_USE_API_KEY environment variable.",
    },
    serverErrorBody: { detail: "Internal Server Error" },
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
});
