import {
  ApiError,
  ConcurrencyLimitError,
  ConflictError,
  InvalidClientOptionError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyCall, rejectionOf, thrownBy, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createDariAdapter } from "./create-dari-adapter.js";
import { createDariClient } from "./create-dari-client.js";
import type { DariTask } from "./task-types.js";

const KEY = "dari-adapter-key-4b7a";
const API = "https://agent.usedari.com";
const PORTAL = { orgId: "my-org", endpointName: "contact_form" };
const JOB_ID = "550e8400-e29b-41d4-a716-446655440000";
const REF = { ...PORTAL, jobId: JOB_ID };

const job = {
  job_id: JOB_ID,
  status: "running",
  events: [{ event_type: "question", message: "Which plan?", data: { question_id: "q-1", options: ["basic", "pro"] } }],
} satisfies DariTask;

const api = useMockApi();

function createAdapter() {
  return createDariAdapter(createDariClient({ apiKey: KEY, maxRetries: 0 }), PORTAL);
}

describe("createDariAdapter", () => {
  it("has source 'dari', its portal, pause as its only optional operation, and answer", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("dari");
    expect({ orgId: adapter.orgId, endpointName: adapter.endpointName }).toEqual(PORTAL);
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["pause"]);
    expect(typeof adapter.answer).toBe("function");
  });

  it("start: POST /jobs/{org_id}/{endpoint_name}/start on the bound portal with the StartJobRequest as given", async () => {
    api.routes({ [`POST ${API}/jobs/:orgId/:endpointName/start`]: () => HttpResponse.json({ job_id: JOB_ID }) });
    const input = { form_data: { name: "Ada Lovelace", email: "ada@example.com" }, human_in_the_loop: true };

    const started = await createAdapter().start(input);

    expect(started).toEqual({ ref: REF, response: { job_id: JOB_ID } });
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/jobs/my-org/contact_form/start`);
    expect(JSON.parse(call.body ?? "")).toEqual(input);
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("get (= fetchTask): GET /task/{org_id}/{endpoint_name}/status?job_id= with the ref start resolved", async () => {
    api.routes({ [`GET ${API}/task/:orgId/:endpointName/status`]: () => HttpResponse.json(job) });
    const adapter = createAdapter();

    expect(await adapter.get(REF)).toEqual(job);
    expect(adapter.fetchTask).toBe(adapter.get);
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/task/my-org/contact_form/status?job_id=${JOB_ID}`);
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("pause: POST /task/{org_id}/{endpoint_name}/pause?job_id= with no body", async () => {
    api.routes({
      [`POST ${API}/task/:orgId/:endpointName/pause`]: () =>
        HttpResponse.json({ success: true, message: "Job paused", job_id: JOB_ID, previous_status: "running" }),
    });

    await expect(createAdapter().pause(REF)).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/task/my-org/contact_form/pause?job_id=${JOB_ID}`);
    expect(call.body).toBeNull();
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("pause: a 200 with success false rejects with ApiError carrying Dari's message", async () => {
    api.routes({
      [`POST ${API}/task/:orgId/:endpointName/pause`]: () =>
        HttpResponse.json({ success: false, message: "Job is not running", job_id: JOB_ID }),
    });

    const error = await rejectionOf(createAdapter().pause(REF));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ provider: "dari", status: 200, method: "POST" });
    expect((error as ApiError).message).toContain("Job is not running");
  });

  it("answer: POST /jobs/{org_id}/{endpoint_name}/answer?job_id= with { question_id, answer }", async () => {
    api.routes({
      [`POST ${API}/jobs/:orgId/:endpointName/answer`]: () =>
        HttpResponse.json({ success: true, message: "Answer submitted", job_id: JOB_ID }),
    });

    await expect(createAdapter().answer(REF, { questionId: "q-1", answer: "pro" })).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/jobs/my-org/contact_form/answer?job_id=${JOB_ID}`);
    expect(JSON.parse(call.body ?? "")).toEqual({ question_id: "q-1", answer: "pro" });
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("answer: a 409 (not waiting for input, or a stale question) rejects with ConflictError", async () => {
    api.routes({ [`POST ${API}/jobs/:orgId/:endpointName/answer`]: () => new HttpResponse(null, { status: 409 }) });

    expect(await rejectionOf(createAdapter().answer(REF, { questionId: "q-0", answer: "pro" }))).toBeInstanceOf(
      ConflictError,
    );
  });

  it("a 429 on start stays a RateLimitError: Dari's spec declares no concurrency 429", async () => {
    api.routes({
      [`POST ${API}/jobs/:orgId/:endpointName/start`]: () =>
        HttpResponse.json({ detail: "Too many requests" }, { status: 429 }),
    });

    const error = await rejectionOf(createAdapter().start({ form_data: {} }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(api.calls).toHaveLength(1);
  });

  it("refuses a portal without orgId or endpointName when the adapter is created", () => {
    const client = createDariClient({ apiKey: KEY });

    expect(
      thrownBy(() => createDariAdapter(client, { orgId: "", endpointName: "x" }), InvalidClientOptionError).option,
    ).toBe("orgId");
    expect(thrownBy(() => createDariAdapter(client, { orgId: "o" } as never), InvalidClientOptionError).option).toBe(
      "endpointName",
    );
  });

  it("answer: refuses a missing answer, a missing or empty question id, or a non-string answer before sending anything", async () => {
    const adapter = createAdapter();

    for (const bad of [undefined, null, { answer: "pro" }, { questionId: " ", answer: "pro" }, { questionId: 5 }]) {
      expect(await rejectionOf(adapter.answer(REF, bad as never))).toBeInstanceOf(InvalidTaskRefError);
    }
    expect(await rejectionOf(adapter.answer(REF, { questionId: "q-1" } as never))).toMatchObject({ field: "answer" });
    expect(api.calls).toHaveLength(0);
  });

  it("refuses a bad ref before sending anything", async () => {
    expect(await rejectionOf(createAdapter().pause({ ...REF, jobId: "" }))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(createAdapter().pause(null as never))).toBeInstanceOf(InvalidTaskRefError);
    expect(api.calls).toHaveLength(0);
  });
});
