import { InvalidPathParameterError, MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  createHyperbrowserClient,
  type HyperbrowserClient,
  type HyperbrowserClientOptions,
} from "./create-hyperbrowser-client.js";
import type { HyperAgentTask, HyperbrowserErrorResponse } from "./index.js";

const KEY = "hb-test-key-0c41";
const TASK_ID = "5f2c8f3e-7a1b-4c1d-9e2f-0a1b2c3d4e5f";
const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${TASK_ID}`;
const TASK_ROUTE = "https://api.hyperbrowser.ai/api/task/hyper-agent/:id";

// The spec has no example response, so this is a realistic finished task checked against the spec's schema below.
const finishedTask = {
  jobId: TASK_ID,
  status: "completed",
  data: { steps: [], finalResult: "The cheapest flight from SFO to JFK on 2025-03-14 costs $189." },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;

const msw = useMswServer();
const { server, calls } = msw;

function getTaskWith(client: HyperbrowserClient, id = TASK_ID) {
  return client.GET("/api/task/hyper-agent/{id}", { params: { path: { id } } });
}

function getTask(id = TASK_ID, options: HyperbrowserClientOptions = {}) {
  return getTaskWith(createHyperbrowserClient({ apiKey: KEY, ...options }), id);
}

describe("createHyperbrowserClient", () => {
  describeProviderClientContract({
    msw,
    createClient: createHyperbrowserClient,
    factoryName: "createHyperbrowserClient",
    send: (client) => getTaskWith(client),
    errors: { MissingApiKeyError },
    request: {
      documentedUrl: "https://api.hyperbrowser.ai/api/task/hyper-agent/{id}",
      route: TASK_ROUTE,
      url: TASK_URL,
    },
    served: { body: finishedTask, called: "the task" },
    key: {
      value: KEY,
      header: "x-api-key",
      envVar: "HYPERBROWSER_API_KEY",
      fromEnv: "hb-key-from-env",
      missingMessage:
        "Missing Hyperbrowser API key: pass the `apiKey` option to createHyperbrowserClient() or set the HYPERBROWSER_API_KEY environment variable.",
    },
    serverErrorBody: { message: "Internal server error" } satisfies HyperbrowserErrorResponse,
  });

  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "200");

    expect(validate(finishedTask)).toBeNull();
  });

  it("percent-encodes the task id into the path", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(finishedTask)));

    await getTask("job 7&retry");

    expect(calls[0]?.url.pathname).toBe("/api/task/hyper-agent/job%207%26retry");
  });

  it("refuses a '..' task id without sending anything", async () => {
    await expect(getTask("..")).rejects.toBeInstanceOf(InvalidPathParameterError);
    expect(calls).toEqual([]);
  });

  it.each([404, 500])("returns a %i ErrorResponse as error with that status", async (status) => {
    const body = {
      message: status === 404 ? `HyperAgent task ${TASK_ID} not found` : "Internal server error",
    } satisfies HyperbrowserErrorResponse;
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json(body, { status })));

    // Retries off: the 500's default retries are covered by the contract's own test.
    const { data, error, response } = await getTask(TASK_ID, { maxRetries: 0 });

    expect(calls).toHaveLength(1);
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(response.status).toBe(status);
  });
});
