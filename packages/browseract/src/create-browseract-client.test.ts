import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  type BrowserActClient,
  type BrowserActClientOptions,
  createBrowserActClient,
} from "./create-browseract-client.js";
import type { BrowserActErrorResponse, BrowserActTask } from "./index.js";

const KEY = "ba-test-key-d3c8";
// BrowserAct ids are 17-digit strings: more digits than a JavaScript number holds exactly.
const TASK_ID = "81234567890123456";
const TASK_URL = `https://api.browseract.com/v2/workflow/get-task?task_id=${TASK_ID}`;
const TASK_ROUTE = "https://api.browseract.com/v2/workflow/get-task";

// The spec has no full example response, so this is a realistic finished task checked against the spec's schema below.
const finishedTask = {
  id: TASK_ID,
  workflow_id: "71234567890123456",
  status: "finished",
  created_at: "2025-06-01T08:00:00Z",
  finished_at: "2025-06-01T08:02:31Z",
  steps: [
    {
      id: "91234567890123456",
      step: 1,
      status: "succeed",
      evaluation_previous_goal: "Opened https://shop.example.com/products",
      step_goal: "Extract the product names and prices",
      screenshots_url: "https://cdn.browseract.com/screenshots/91234567890123456.png",
    },
  ],
  output: { string: '{"items":[{"name":"Widget","price":"9.99"}]}', files: [] },
  credit: 12,
  download_files: [],
  input_parameters: "url=https://shop.example.com/products",
  log_detail_url: "https://www.browseract.com/logs/81234567890123456",
} satisfies BrowserActTask;

// BrowserAct's ResponseData envelope for a 500: answered once with retries off, and on every attempt with them on.
const serverErrorEnvelope = {
  code: 500,
  msg: "Internal server error",
  data: {},
  ts: 1748764801000,
  time: "2025-06-01T08:00:01Z",
  traceId: "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
} satisfies BrowserActErrorResponse;

const msw = useMswServer();
const { server, calls } = msw;

function getTaskWith(client: BrowserActClient) {
  return client.GET("/v2/workflow/get-task", { params: { query: { task_id: TASK_ID } } });
}

function getTask(options: BrowserActClientOptions = {}) {
  return getTaskWith(createBrowserActClient({ apiKey: KEY, ...options }));
}

describe("createBrowserActClient", () => {
  describeProviderClientContract({
    msw,
    createClient: createBrowserActClient,
    factoryName: "createBrowserActClient",
    send: getTaskWith,
    errors: { MissingApiKeyError },
    request: {
      documentedUrl: "https://api.browseract.com/v2/workflow/get-task?task_id=...",
      route: TASK_ROUTE,
      url: TASK_URL,
    },
    served: { body: finishedTask, called: "the task" },
    key: {
      value: KEY,
      header: "Authorization",
      scheme: "Bearer",
      envVar: "BROWSERACT_API_KEY",
      fromEnv: "ba-key-from-env",
      missingMessage:
        "Missing BrowserAct API key: pass the `apiKey` option to createBrowserActClient() or set the BROWSERACT_API_KEY environment variable.",
    },
    serverErrorBody: serverErrorEnvelope,
  });

  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("browseract", "/v2/workflow/get-task", "get", "200");

    expect(validate(finishedTask)).toBeNull();
  });

  it("keeps the 17-digit task id exact in the query and in data", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(finishedTask)));

    const { data } = await getTask();

    expect(calls[0]?.url.searchParams.get("task_id")).toBe("81234567890123456");
    expect(data?.id).toBe("81234567890123456");
  });

  it.each([
    [
      400,
      {
        code: 400,
        msg: "Invalid task_id",
        data: {},
        ts: 1748764800000,
        time: "2025-06-01T08:00:00Z",
        traceId: "b4bb01c1b2b14f11a6a2d7c1c8b0e3a1",
      },
    ],
    [500, serverErrorEnvelope],
  ] satisfies [number, BrowserActErrorResponse][])(
    "returns a %i ResponseData envelope as error with that status",
    async (status, body) => {
      server.use(http.get(TASK_ROUTE, () => HttpResponse.json(body, { status })));

      // Retries off: the 500's default retries are covered by the contract's own test.
      const { data, error, response } = await getTask({ maxRetries: 0 });

      expect(calls).toHaveLength(1);
      expect(data).toBeUndefined();
      expect(error).toEqual(body);
      expect(response.status).toBe(status);
    },
  );
});
