import { InvalidPathParameterError, InvalidTaskRefError, NotFoundError, UserAbortError } from "@agent-tasks/core";
import { describeTaskFetcherContract, rejectionOf, specExample, useMswServer } from "@agent-tasks/test-support";
import { HttpResponse, http, type JsonBodyType } from "msw";
import { describe, expect, it } from "vitest";
import { createDariClient } from "./create-dari-client.js";
import { createDariTaskFetcher, type DariTaskRef } from "./create-dari-task-fetcher.js";

const KEY = "dari-fetcher-key-93f2";
const REF = { orgId: "my-org", endpointName: "contact_form", jobId: "550e8400-e29b-41d4-a716-446655440000" };
const JOB_URL = `https://agent.usedari.com/task/my-org/contact_form/status?job_id=${REF.jobId}`;
const STATUS_ROUTE = "https://agent.usedari.com/task/:orgId/:endpointName/status";

// The example exactly as the provider documented it; msw only needs it to be JSON.
const documentedJob = specExample("dari", "/task/{org_id}/{endpoint_name}/status", "get", "200") as JsonBodyType;

const msw = useMswServer();
const { server, calls } = msw;

function createFetcher() {
  return createDariTaskFetcher(createDariClient({ apiKey: KEY, maxRetries: 0 }));
}

describe("createDariTaskFetcher", () => {
  describeTaskFetcherContract({
    msw,
    createFetcher,
    source: "dari",
    errors: { NotFoundError, UserAbortError, InvalidTaskRefError },
    ref: REF,
    task: documentedJob,
    request: {
      path: "/task/{orgId}/{endpointName}/status?job_id={jobId}",
      route: STATUS_ROUTE,
      url: JOB_URL,
      credential: { key: KEY, header: "X-API-Key" },
    },
    notFound: {
      carrying: "Dari's detail",
      body: { detail: "Job not found" },
      message: `Dari: GET /task/my-org/contact_form/status?job_id=${REF.jobId} failed with HTTP 404 Not Found: Job not found`,
    },
  });

  it("percent-encodes each part of the reference into its own place in the URL", async () => {
    server.use(http.get(STATUS_ROUTE, () => HttpResponse.json(documentedJob)));

    await createFetcher().fetchTask({ orgId: "acme corp", endpointName: "forms&contact", jobId: "job&id=1" });

    const url = calls[0]?.url;
    expect(url?.pathname).toBe("/task/acme%20corp/forms%26contact/status");
    expect(url?.searchParams.get("job_id")).toBe("job&id=1");
    expect([...(url?.searchParams.keys() ?? [])]).toEqual(["job_id"]);
  });

  it("sends a '..' job id as a query value, where it cannot change the path", async () => {
    server.use(http.get(STATUS_ROUTE, () => HttpResponse.json(documentedJob)));

    await createFetcher().fetchTask({ ...REF, jobId: ".." });

    expect(calls[0]?.url.pathname).toBe("/task/my-org/contact_form/status");
    expect(calls[0]?.url.searchParams.get("job_id")).toBe("..");
  });

  it.each([
    ["a bare job id", REF.jobId],
    ["a number", 42],
    ["null", null],
    ["undefined", undefined],
  ])("rejects %s as the reference with InvalidTaskRefError on `ref` and sends nothing", async (_kind, ref) => {
    const error = await rejectionOf(createFetcher().fetchTask(ref as unknown as DariTaskRef));

    expect(error).toBeInstanceOf(InvalidTaskRefError);
    expect(error).toMatchObject({
      provider: "dari",
      field: "ref",
      message: "Invalid dari task reference: `ref` must be an object { orgId, endpointName, jobId }. Nothing was sent.",
    });
    expect(calls).toEqual([]);
  });

  it.each([
    ["orgId", { endpointName: REF.endpointName, jobId: REF.jobId }, "must be a string, got undefined"],
    ["endpointName", { orgId: REF.orgId, jobId: REF.jobId }, "must be a string, got undefined"],
    ["jobId", { orgId: REF.orgId, endpointName: REF.endpointName }, "must be a string, got undefined"],
    ["jobId", { ...REF, jobId: 550 }, "must be a string, got number"],
    ["orgId", { ...REF, orgId: "" }, "is empty"],
    ["endpointName", { ...REF, endpointName: " " }, "is empty"],
    ["jobId", { ...REF, jobId: "" }, "is empty"],
  ])(
    "rejects a reference with a bad %s (%j) with InvalidTaskRefError and sends nothing",
    async (field, ref, problem) => {
      const error = await rejectionOf(createFetcher().fetchTask(ref as unknown as DariTaskRef));

      expect(error).toBeInstanceOf(InvalidTaskRefError);
      expect(error).toMatchObject({
        provider: "dari",
        field,
        message: `Invalid dari task reference: \`${field}\` ${problem}. Nothing was sent.`,
      });
      expect(calls).toEqual([]);
    },
  );

  it.each([
    ["orgId", "org_id", ".."],
    ["endpointName", "endpoint_name", ".."],
    ["endpointName", "endpoint_name", "%2E%2E"],
  ])("rejects %s %j with InvalidPathParameterError on %s and sends nothing", async (field, parameter, value) => {
    const error = await rejectionOf(createFetcher().fetchTask({ ...REF, [field]: value }));

    expect(error).toBeInstanceOf(InvalidPathParameterError);
    expect(error).toMatchObject({ provider: "dari", parameter });
    expect(calls).toEqual([]);
  });
});
