import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, responseValidator, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { artifacts, listItem, RUN_ID, taskRun, timeline, workflowRun } from "./__fixtures__/runs.js";
import { createSkyvernClient, type SkyvernClient, type SkyvernClientOptions } from "./create-skyvern-client.js";

const KEY = "sk-test-key-4c8e";
const API = "https://api.skyvern.com";
const RUN_URL = `${API}/v1/runs/${RUN_ID}`;
const RUN_ROUTE = `${API}/v1/runs/:runId`;

const msw = useMswServer();
const { server, calls } = msw;

function getRunWith(client: SkyvernClient) {
  return client.GET("/v1/runs/{run_id}", { params: { path: { run_id: RUN_ID } } });
}

function getRun(options: SkyvernClientOptions = {}) {
  return getRunWith(createSkyvernClient({ apiKey: KEY, ...options }));
}

describe("createSkyvernClient", () => {
  describeProviderClientContract({
    msw,
    createClient: createSkyvernClient,
    factoryName: "createSkyvernClient",
    send: getRunWith,
    errors: { MissingApiKeyError },
    request: { documentedUrl: `${API}/v1/runs/{run_id}`, route: RUN_ROUTE, url: RUN_URL },
    served: { body: taskRun("completed"), called: "the task run" },
    key: {
      value: KEY,
      header: "x-api-key",
      envVar: "SKYVERN_API_KEY",
      fromEnv: "sk-key-from-env",
      missingMessage:
        "Missing Skyvern API key: pass the `apiKey` option to createSkyvernClient() or set the SKYVERN_API_KEY environment variable.",
    },
    serverErrorBody: { detail: "Internal Server Error" },
  });

  it("uses bodies that are valid for the spec's run, list, timeline and artifacts schemas", () => {
    const strict = { rejectUnknownFields: true };
    const validRun = responseValidator("skyvern", "/v1/runs/{run_id}", "get", "200", strict);
    const validStarted = responseValidator("skyvern", "/v1/run/tasks", "post", "200", strict);
    const validList = responseValidator("skyvern", "/v1/runs", "get", "200", strict);
    const validTimeline = responseValidator("skyvern", "/v1/runs/{run_id}/timeline", "get", "200", strict);
    const validArtifacts = responseValidator("skyvern", "/v1/runs/{run_id}/artifacts", "get", "200", strict);

    const statuses = [
      "created",
      "queued",
      "running",
      "paused",
      "timed_out",
      "failed",
      "terminated",
      "completed",
      "canceled",
    ] as const;
    for (const status of statuses) expect(validRun(taskRun(status))).toBeNull();
    expect(validRun(workflowRun)).toBeNull();
    expect(validStarted(taskRun("created"))).toBeNull();
    expect(validList([listItem(1), listItem(2, "running")])).toBeNull();
    expect(validTimeline(timeline)).toBeNull();
    expect(validArtifacts(artifacts)).toBeNull();
  });

  it("sends the key in x-api-key on a self-hosted Skyvern (baseUrl), and never in the URL", async () => {
    server.use(http.get("http://localhost:8000/v1/runs/:runId", () => HttpResponse.json(taskRun())));

    const { error } = await getRun({ baseUrl: "http://localhost:8000" });

    expect(error).toBeUndefined();
    expect(calls.map((call) => call.url.href)).toEqual([`http://localhost:8000/v1/runs/${RUN_ID}`]);
    expect(calls[0]?.headers.get("x-api-key")).toBe(KEY);
  });

  it("returns Skyvern's 404 body as error with status 404", async () => {
    // The body Skyvern's get_run handler raises (HTTPException detail).
    const notFound = { detail: `Task run not found ${RUN_ID}` };
    server.use(http.get(RUN_ROUTE, () => HttpResponse.json(notFound, { status: 404 })));

    const { data, error, response } = await getRun();

    expect(data).toBeUndefined();
    expect(error).toEqual(notFound);
    expect(response.status).toBe(404);
  });
});
