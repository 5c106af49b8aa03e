import {
  ApiError,
  ConcurrencyLimitError,
  ConflictError,
  InvalidClientOptionError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyRequest, rejectionOf, thrownBy, useMswServer } from "@agent-tasks/test-support";
import {
  createManualClock,
  dariTooManyJobsMessage,
  type ManualClock,
  simulateDari,
  type TaskPlan,
} from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createDariAdapter } from "./create-dari-adapter.js";
import { createDariClient } from "./create-dari-client.js";

const KEY = "dari-adapter-key-4b7a";
const API = "https://agent.usedari.com";
const PORTAL = { orgId: "my-org", endpointName: "contact_form" };
const JOB_ID = "550e8400-e29b-41d4-a716-446655440000";
const REF = { ...PORTAL, jobId: JOB_ID };

const { server, calls, settled } = useMswServer();

function createAdapter() {
  return createDariAdapter(createDariClient({ apiKey: KEY, maxRetries: 0 }), PORTAL);
}

/** A simulated Dari for this test, answering at the production URL the adapter calls. */
function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
  const sim = simulateDari({ apiKey: KEY, clock: createManualClock(), ...options });
  server.use(...simulationHandlers(sim));
  return sim;
}

/** Starts a job on the bound portal of `sim` through the adapter, then forgets that request; resolves its ref. */
async function startJob(sim: ReturnType<typeof simulate>) {
  const { ref } = await createAdapter().start({ form_data: { name: "Ada Lovelace" } });
  sim.clearRequests();
  return ref;
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
    const sim = simulate();
    const input = { form_data: { name: "Ada Lovelace", email: "ada@example.com" }, human_in_the_loop: true };

    const started = await createAdapter().start(input);

    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "POST", url: `${API}/jobs/my-org/contact_form/start`, status: 200 });
    expect(request.json).toEqual(input);
    expect(request.headers["x-api-key"]).toBe(KEY);
    const [created] = sim.tasks.list();
    expect(created).toMatchObject({ input, extra: { orgId: PORTAL.orgId, endpointName: PORTAL.endpointName } });
    expect(started).toEqual({ ref: { ...PORTAL, jobId: created?.id }, response: { job_id: created?.id } });
    expect(started.response).toEqual(JSON.parse(request.responseBody ?? ""));
  });

  it("get (= fetchTask): GET /task/{org_id}/{endpoint_name}/status?job_id= with the ref start resolved", async () => {
    const sim = simulate();
    const ref = await startJob(sim);
    sim.askQuestion(ref.jobId, "Which plan?", ["basic", "pro"]);
    const adapter = createAdapter();

    const read = await adapter.get(ref);

    expect(read).toEqual(sim.view(ref.jobId));
    expect(read).toMatchObject({ job_id: ref.jobId, status: "waiting_for_input" });
    expect(read.events?.at(-1)).toMatchObject({
      event_type: "question",
      message: "Which plan?",
      data: { options: ["basic", "pro"] },
    });
    expect(adapter.fetchTask).toBe(adapter.get);
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "GET", url: `${API}/task/my-org/contact_form/status?job_id=${ref.jobId}` });
    expect(request.headers["x-api-key"]).toBe(KEY);
  });

  it("pause: POST /task/{org_id}/{endpoint_name}/pause?job_id= with no body", async () => {
    const sim = simulate();
    const ref = await startJob(sim);

    await expect(createAdapter().pause(ref)).resolves.toBeUndefined();
    const request = onlyRequest(sim);
    expect(request).toMatchObject({
      method: "POST",
      url: `${API}/task/my-org/contact_form/pause?job_id=${ref.jobId}`,
      body: "",
      status: 200,
    });
    expect(request.headers["x-api-key"]).toBe(KEY);
    await settled();
    expect(calls.at(-1)?.body).toBeNull(); // no body at all, not an empty one
    expect(sim.tasks.get(ref.jobId)).toMatchObject({ phase: "paused", providerStatus: "paused" });
  });

  it("pause: a 200 with success false rejects with ApiError carrying Dari's message", async () => {
    // The simulation refuses a pause with a 409; this 200 with success false is served as it is.
    server.use(
      http.post(`${API}/task/:orgId/:endpointName/pause`, () =>
        HttpResponse.json({ success: false, message: "Job is not running", job_id: JOB_ID }),
      ),
    );

    const error = await rejectionOf(createAdapter().pause(REF));

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ provider: "dari", status: 200, method: "POST" });
    expect((error as ApiError).message).toContain("Job is not running");
  });

  it("answer: POST /jobs/{org_id}/{endpoint_name}/answer?job_id= with { question_id, answer }", async () => {
    const sim = simulate();
    const ref = await startJob(sim);
    const questionId = sim.askQuestion(ref.jobId, "Which plan?", ["basic", "pro"]);

    await expect(createAdapter().answer(ref, { questionId, answer: "pro" })).resolves.toBeUndefined();
    const request = onlyRequest(sim);
    expect(request).toMatchObject({
      method: "POST",
      url: `${API}/jobs/my-org/contact_form/answer?job_id=${ref.jobId}`,
      status: 200,
    });
    expect(request.json).toEqual({ question_id: questionId, answer: "pro" });
    expect(request.headers["x-api-key"]).toBe(KEY);
    expect(sim.view(ref.jobId)).toMatchObject({ status: "running" });
    expect(sim.view(ref.jobId).events.at(-1)).toMatchObject({ event_type: "answer", message: "pro" });
  });

  it("answer: a 409 (not waiting for input, or a stale question) rejects with ConflictError", async () => {
    const sim = simulate();
    const ref = await startJob(sim);
    const adapter = createAdapter();

    // Not waiting for input: no question asked yet.
    const notWaiting = await rejectionOf(adapter.answer(ref, { questionId: "q-0", answer: "pro" }));
    sim.askQuestion(ref.jobId, "Which plan?", ["basic", "pro"]);
    const stale = await rejectionOf(adapter.answer(ref, { questionId: "q-0", answer: "pro" }));

    expect(notWaiting).toBeInstanceOf(ConflictError);
    expect(stale).toBeInstanceOf(ConflictError);
    expect(stale).toMatchObject({ provider: "dari", status: 409, body: { detail: "Invalid or stale question_id" } });
    expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
      "answer 409",
      "answer 409",
    ]);
    expect(sim.view(ref.jobId).status).toBe("waiting_for_input");
  });

  it("answer: a 409 with no body rejects with ConflictError", async () => {
    server.use(http.post(`${API}/jobs/:orgId/:endpointName/answer`, () => new HttpResponse(null, { status: 409 })));

    expect(await rejectionOf(createAdapter().answer(REF, { questionId: "q-0", answer: "pro" }))).toBeInstanceOf(
      ConflictError,
    );
  });

  it("a 429 on start stays a RateLimitError: Dari's spec declares no concurrency 429", async () => {
    const sim = simulate({ maxActiveTasks: 1 });
    await startJob(sim);

    const error = await rejectionOf(createAdapter().start({ form_data: {} }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(error).toMatchObject({ status: 429, body: { detail: dariTooManyJobsMessage } });
    expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["start 429"]);
    expect(sim.tasks.list()).toHaveLength(1);
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
    expect(calls).toHaveLength(0);
  });

  it("refuses a bad ref before sending anything", async () => {
    expect(await rejectionOf(createAdapter().pause({ ...REF, jobId: "" }))).toBeInstanceOf(InvalidTaskRefError);
    expect(await rejectionOf(createAdapter().pause(null as never))).toBeInstanceOf(InvalidTaskRefError);
    expect(calls).toHaveLength(0);
  });
});
