import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { RUN_ID, runCreated, runEvents, runSummary } from "./__fixtures__/runs.js";
import {
  type BrowserUseV4Client,
  type BrowserUseV4ClientOptions,
  createBrowserUseV4Client,
} from "./create-browser-use-v4-client.js";

const KEY = "bu-v4-test-key-3a1f";
const API = "https://api.browser-use.com/api/v4";
const RUN_URL = `${API}/runs/${RUN_ID}`;
const RUN_ROUTE = `${API}/runs/:runId`;

const msw = useMswServer();
const { server } = msw;

function getRunWith(client: BrowserUseV4Client) {
  return client.GET("/runs/{run_id}", { params: { path: { run_id: RUN_ID } } });
}

function getRun(options: BrowserUseV4ClientOptions = {}) {
  return getRunWith(createBrowserUseV4Client({ apiKey: KEY, ...options }));
}

describe("createBrowserUseV4Client (API v4)", () => {
  describeProviderClientContract({
    msw,
    createClient: createBrowserUseV4Client,
    factoryName: "createBrowserUseV4Client",
    send: getRunWith,
    errors: { MissingApiKeyError },
    request: { documentedUrl: `${API}/runs/{run_id}`, route: RUN_ROUTE, url: RUN_URL },
    served: { body: runSummary("completed"), called: "the run" },
    key: {
      value: KEY,
      header: "X-Browser-Use-API-Key",
      envVar: "BROWSER_USE_API_KEY",
      fromEnv: "bu-v4-key-from-env",
      missingMessage:
        "Missing Browser Use v4 API key: pass the `apiKey` option to createBrowserUseV4Client() or set the BROWSER_USE_API_KEY environment variable.",
    },
    serverErrorBody: { detail: "Internal Server Error" },
  });

  it("uses bodies that are valid for the spec's RunSummary, RunEventsResponse, RunListResponse and RunCreateResponse", () => {
    const strict = { rejectUnknownFields: true };
    const validRun = responseValidator("browser-use-v4", "/runs/{run_id}", "get", "200", strict);
    const validEvents = responseValidator("browser-use-v4", "/runs/{run_id}/events", "get", "200", strict);
    const validList = responseValidator("browser-use-v4", "/runs", "get", "200", strict);
    const validCreated = responseValidator("browser-use-v4", "/runs", "post", "200", strict);

    for (const status of ["queued", "dispatching", "running", "completed", "failed", "cancelled"] as const) {
      expect(validRun(runSummary(status))).toBeNull();
    }
    expect(validEvents({ events: runEvents(1, 3), nextAfter: 3, hasMore: false })).toBeNull();
    expect(validList({ runs: [runSummary("completed")], nextCursor: null, hasMore: false })).toBeNull();
    expect(validCreated(runCreated)).toBeNull();
  });

  it("sends the run id as a path segment under /api/v4 and the events cursor as a query parameter", async () => {
    server.use(http.get(`${RUN_URL}/events`, () => HttpResponse.json({ events: [], nextAfter: null, hasMore: false })));
    const client = createBrowserUseV4Client({ apiKey: KEY });

    const { data, error } = await client.GET("/runs/{run_id}/events", {
      params: { path: { run_id: RUN_ID }, query: { after: 42, limit: 10 } },
    });

    expect(error).toBeUndefined();
    expect(data).toEqual({ events: [], nextAfter: null, hasMore: false });
    expect(msw.calls.map((call) => call.url.href)).toEqual([`${RUN_URL}/events?after=42&limit=10`]);
  });

  it("returns a 422 body as error with status 422", async () => {
    const validationError = {
      detail: [{ loc: ["path", "run_id"], msg: "Input should be a valid UUID", type: "uuid_parsing" }],
    };
    server.use(http.get(RUN_ROUTE, () => HttpResponse.json(validationError, { status: 422 })));

    const { data, error, response } = await getRun();

    expect(data).toBeUndefined();
    expect(error).toEqual(validationError);
    expect(response.status).toBe(422);
  });
});
