import { MissingApiKeyError } from "@agent-tasks/core";
import { expectRetriedTwiceThenReturned, specExample, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse, type JsonBodyType } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createDariClient, type DariClientOptions } from "./create-dari-client.js";

const KEY = "dari-test-key-4b90";
const JOB_ID = "550e8400-e29b-41d4-a716-446655440000";
const JOB_URL = `https://agent.usedari.com/task/my-org/contact_form/status?job_id=${JOB_ID}`;
const STATUS_ROUTE = "GET https://agent.usedari.com/task/:orgId/:endpointName/status";

// The examples exactly as the provider documented them (placeholders included); msw only needs them to be JSON.
const documentedJob = specExample("dari", "/task/{org_id}/{endpoint_name}/status", "get", "200") as JsonBodyType;

const api = useMockApi();

afterEach(() => {
  vi.unstubAllEnvs();
});

function getJobStatus(
  orgId = "my-org",
  endpointName = "contact_form",
  jobId = JOB_ID,
  options: DariClientOptions = {},
) {
  return createDariClient({ apiKey: KEY, ...options }).GET("/task/{org_id}/{endpoint_name}/status", {
    params: { path: { org_id: orgId, endpoint_name: endpointName }, query: { job_id: jobId } },
  });
}

describe("createDariClient", () => {
  it("GETs https://agent.usedari.com/task/{org_id}/{endpoint_name}/status?job_id=... and returns the documented job", async () => {
    api.routes({ [STATUS_ROUTE]: () => HttpResponse.json(documentedJob) });

    const { data, error, response } = await getJobStatus();

    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.method).toBe("GET");
    expect(api.calls[0]?.url.href).toBe(`https://agent.usedari.com/task/my-org/contact_form/status?job_id=${JOB_ID}`);
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(documentedJob);
  });

  it("percent-encodes the path parameters and the job_id query parameter", async () => {
    api.routes({ [STATUS_ROUTE]: () => HttpResponse.json(documentedJob) });

    await getJobStatus("acme corp", "forms/contact", "job&id=1");

    const url = api.calls[0]?.url;
    expect(url?.pathname).toBe("/task/acme%20corp/forms%2Fcontact/status");
    expect(url?.search).toBe("?job_id=job%26id%3D1");
    expect(url?.searchParams.get("job_id")).toBe("job&id=1");
  });

  it("sends the key as X-API-Key and no other credential header", async () => {
    api.routes({ [STATUS_ROUTE]: () => HttpResponse.json(documentedJob) });

    await getJobStatus();

    const headers = api.calls[0]?.headers;
    expect(headers?.get("X-API-Key")).toBe(KEY);
    expect([...(headers?.keys() ?? [])]).toEqual(["x-api-key"]);
    expect(api.calls[0]?.url.href).not.toContain(KEY);
  });

  it("returns an undeclared 500 as error with status 500", async () => {
    // The Dari docs declare no error responses; a failure must still come back as an error value.
    const body = { detail: "Internal Server Error" };
    api.routes({ [STATUS_ROUTE]: () => HttpResponse.json(body, { status: 500 }) });

    // Retries off: the default retries are covered on their own below.
    const { data, error, response } = await getJobStatus("my-org", "contact_form", JOB_ID, { maxRetries: 0 });

    expect(api.calls).toHaveLength(1);
    expect(data).toBeUndefined();
    expect(error).toEqual(body);
    expect(response.status).toBe(500);
  });

  it("retries a 500 twice by default, 0.5 s then 1 s later, then returns it as error", async () => {
    await expectRetriedTwiceThenReturned({
      api,
      route: STATUS_ROUTE,
      url: JOB_URL,
      errorBody: { detail: "Internal Server Error" },
      send: () => getJobStatus(),
    });
  });

  it("reads DARI_API_KEY when no apiKey is passed", async () => {
    vi.stubEnv("DARI_API_KEY", "dari-key-from-env");
    api.routes({ [STATUS_ROUTE]: () => HttpResponse.json(documentedJob) });

    await createDariClient().GET("/task/{org_id}/{endpoint_name}/status", {
      params: { path: { org_id: "my-org", endpoint_name: "contact_form" }, query: { job_id: JOB_ID } },
    });

    expect(api.calls[0]?.headers.get("X-API-Key")).toBe("dari-key-from-env");
  });

  it("names createDariClient and DARI_API_KEY when no key is found", () => {
    vi.stubEnv("DARI_API_KEY", undefined);

    expect(() => createDariClient()).toThrow(MissingApiKeyError);
    expect(() => createDariClient()).toThrow(
      "Missing Dari API key: pass the `apiKey` option to createDariClient() or set the DARI_API_KEY environment variable.",
    );
  });
});
