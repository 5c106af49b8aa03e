import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, useMswServer } from "@agent-tasks/test-support";
import type { JsonBodyType } from "msw";
import { describe } from "vitest";
import { RUN_ID, taskRun, WORKFLOW_RUN_ID, workflowRun } from "./__fixtures__/runs.js";
import { createSkyvernClient } from "./create-skyvern-client.js";
import { createSkyvernTaskFetcher } from "./create-skyvern-task-fetcher.js";

const KEY = "sk-fetcher-key-7a3d";

const msw = useMswServer();

function contractServing(runId: string, run: JsonBodyType) {
  return {
    msw,
    createFetcher: () => createSkyvernTaskFetcher(createSkyvernClient({ apiKey: KEY, maxRetries: 0 })),
    source: "skyvern",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: runId,
    task: run,
    request: {
      path: "/v1/runs/{runId}",
      route: "https://api.skyvern.com/v1/runs/:runId",
      url: `https://api.skyvern.com/v1/runs/${runId}`,
      credential: { key: KEY, header: "x-api-key" },
    },
    notFound: {
      carrying: "Skyvern's detail",
      body: { detail: `Task run not found ${runId}` },
      message: `Skyvern: GET /v1/runs/${runId} failed with HTTP 404 Not Found: Task run not found ${runId}`,
    },
    // The spec declares the 404 with no body; a proxy in front may send none at all.
    emptyNotFoundMessage: `Skyvern: GET /v1/runs/${runId} failed with HTTP 404 Not Found and an empty body`,
    stringId: { field: "runId", path: { parameter: "run_id", InvalidPathParameterError } },
  } as const;
}

describe("createSkyvernTaskFetcher: a task run (tsk_)", () => {
  describeTaskFetcherContract(contractServing(RUN_ID, taskRun("completed")));
});

describe("createSkyvernTaskFetcher: a workflow run (wr_)", () => {
  describeTaskFetcherContract(contractServing(WORKFLOW_RUN_ID, workflowRun));
});
