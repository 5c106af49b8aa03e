import {
  InvalidPathParameterError,
  InvalidTaskRefError,
  NotFoundError,
  ServerError,
  UserAbortError,
} from "@agent-tasks/core";
import { describeTaskFetcherContract, rejectionOf, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createHyperbrowserClient } from "./create-hyperbrowser-client.js";
import { createHyperbrowserTaskFetcher } from "./create-hyperbrowser-task-fetcher.js";
import type { HyperAgentTask, HyperbrowserErrorResponse } from "./index.js";

const KEY = "hb-fetcher-key-5e19";
const JOB_ID = "7d3e9a10-4b2c-4f6e-8a1d-2c9b0e5f7a63";
const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${JOB_ID}`;
const TASK_ROUTE = "https://api.hyperbrowser.ai/api/task/hyper-agent/:id";

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

const msw = useMswServer();
const { server } = msw;

function createFetcher() {
  return createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: KEY, maxRetries: 0 }));
}

describe("createHyperbrowserTaskFetcher", () => {
  describeTaskFetcherContract({
    msw,
    createFetcher,
    source: "hyperbrowser",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: JOB_ID,
    task: runningTask,
    request: {
      path: "/api/task/hyper-agent/{jobId}",
      route: TASK_ROUTE,
      url: TASK_URL,
      credential: { key: KEY, header: "x-api-key" },
    },
    notFound: {
      carrying: "Hyperbrowser's message",
      body: { message: `HyperAgent task ${JOB_ID} not found` } satisfies HyperbrowserErrorResponse,
      message: `Hyperbrowser: GET /api/task/hyper-agent/${JOB_ID} failed with HTTP 404 Not Found: HyperAgent task ${JOB_ID} not found`,
    },
    stringId: { field: "jobId", path: { parameter: "id", InvalidPathParameterError } },
  });

  it("uses a task body that is valid for the spec's 200 schema", () => {
    const validate = responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "200");

    expect(validate(runningTask)).toBeNull();
  });

  it("rejects a 500 with ServerError rather than resolving the error body", async () => {
    server.use(http.get(TASK_ROUTE, () => HttpResponse.json({ message: "Internal server error" }, { status: 500 })));

    const error = await rejectionOf(createFetcher().fetchTask(JOB_ID));

    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ provider: "hyperbrowser", status: 500 });
  });
});
