import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, specExample, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { type BrowserUseV1Client, createBrowserUseV1Client } from "./create-browser-use-v1-client.js";

const KEY = "bu-v1-test-key-19ad";
const TASK_ID = "e5f6a7b8-1c2d-4e3f-9a0b-c1d2e3f4a5b6";
const TASK_URL = `https://api.browser-use.com/api/v1/task/${TASK_ID}`;
const TASK_ROUTE = "https://api.browser-use.com/api/v1/task/:taskId";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedTask = specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "200") as JsonBodyType;
const documentedValidationError = specExample("browser-use-v1", "/api/v1/task/{task_id}", "get", "422") as JsonBodyType;

const msw = useMswServer();
const { server } = msw;

function getTaskWith(client: BrowserUseV1Client) {
  return client.GET("/api/v1/task/{task_id}", { params: { path: { task_id: TASK_ID } } });
}

describe("createBrowserUseV1Client (legacy API v1)", () => {
  describeProviderClientContract({
    msw,
    createClient: createBrowserUseV1Client,
    factoryName: "createBrowserUseV1Client",
    send: getTaskWith,
    errors: { MissingApiKeyError },
    request: { documentedUrl: "https://api.browser-use.com/api/v1/task/{task_id}", route: TASK_ROUTE, url: TASK_URL },
    served: { body: documentedTask, called: "the documented task" },
    key: {
      value: KEY,
      header: "Authorization",
      scheme: "Bearer",
      // The same variable as v2: one Browser Use key serves both APIs.
      envVar: "BROWSER_USE_API_KEY",
      fromEnv: "bu-key-from-env",
      missingMessage:
        "Missing Browser Use (v1) API key: pass the `apiKey` option to createBrowserUseV1Client() or set the BROWSER_USE_API_KEY environment variable.",
    },
    serverErrorBody: { detail: "Internal Server Error" },
  });

  it("returns the documented 422 body as error with status 422", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(documentedValidationError, { status: 422 })));

    const { data, error, response } = await getTaskWith(createBrowserUseV1Client({ apiKey: KEY }));

    expect(data).toBeUndefined();
    expect(error).toEqual(documentedValidationError);
    expect(response.status).toBe(422);
  });
});
