import { MissingApiKeyError } from "@agent-tasks/core";
import { describeProviderClientContract, specExample, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { createDariClient, type DariClient, type DariClientOptions } from "./create-dari-client.js";

const KEY = "dari-test-key-4b90";
const JOB_ID = "550e8400-e29b-41d4-a716-446655440000";
const JOB_URL = `https://agent.usedari.com/task/my-org/contact_form/status?job_id=${JOB_ID}`;
const STATUS_ROUTE = "https://agent.usedari.com/task/:orgId/:endpointName/status";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedJob = specExample("dari", "/task/{org_id}/{endpoint_name}/status", "get", "200") as JsonBodyType;

const msw = useMswServer();
const { server, calls } = msw;

function getJobStatusWith(client: DariClient, orgId = "my-org", endpointName = "contact_form", jobId = JOB_ID) {
  return client.GET("/task/{org_id}/{endpoint_name}/status", {
    params: { path: { org_id: orgId, endpoint_name: endpointName }, query: { job_id: jobId } },
  });
}

function getJobStatus(
  orgId = "my-org",
  endpointName = "contact_form",
  jobId = JOB_ID,
  options: DariClientOptions = {},
) {
  return getJobStatusWith(createDariClient({ apiKey: KEY, ...options }), orgId, endpointName, jobId);
}

describe("createDariClient", () => {
  describeProviderClientContract({
    msw,
    createClient: createDariClient,
    factoryName: "createDariClient",
    send: (client) => getJobStatusWith(client),
    errors: { MissingApiKeyError },
    request: {
      documentedUrl: "https://agent.usedari.com/task/{org_id}/{endpoint_name}/status?job_id=...",
      route: STATUS_ROUTE,
      url: JOB_URL,
    },
    served: { body: documentedJob, called: "the documented job" },
    key: {
      value: KEY,
      header: "X-API-Key",
      envVar: "DARI_API_KEY",
      fromEnv: "dari-key-from-env",
      missingMessage:
        "Missing Dari API key: pass the `apiKey` option to createDariClient() or set the DARI_API_KEY environment variable.",
    },
    serverErrorBody: { detail: "Internal Server Error" },
  });

  it("percent-encodes the path parameters and the job_id query parameter", async () => {
    server.use(http.get(STATUS_ROUTE, () => HttpResponse.json(documentedJob)));

    await getJobStatus("acme corp", "forms&contact", "job&id=1");

    const url = calls[0]?.url;
    expect(url?.pathname).toBe("/task/acme%20corp/forms%26contact/status");
    expect(url?.search).toBe("?job_id=job%26id%3D1");
    expect(url?.searchParams.get("job_id")).toBe("job&id=1");
  });

  it("returns an undeclared 500 as error with status 500", async () => {
    // The Dari docs declare no error responses; a failure must still come back as an error value.
    const body = { detail: "Internal Server Error" };
    server.use(http.get(STATUS_ROUTE, () => HttpResponse.json(body, { status: 500 })));

    // Retries off: the default retries are covered by the contract's own test.
    const { data, error, response } = await getJobStatus("my-org", "contact_form", JOB_ID, { maxRetries: 0 });

    expect(calls).toHaveLength(1);
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(response.status).toBe(500);
  });
});
