import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import { type DariSimulation, dariTooManyJobsMessage, simulateDari } from "./dari.js";

const strict = { rejectUnknownFields: true };
const validateStatus = responseValidator("dari", "/task/{org_id}/{endpoint_name}/status", "get", "200", strict);
const validateStart = responseValidator("dari", "/jobs/{org_id}/{endpoint_name}/start", "post", "200", strict);
const validatePause = responseValidator("dari", "/task/{org_id}/{endpoint_name}/pause", "post", "200", strict);
const validateAnswer = responseValidator("dari", "/jobs/{org_id}/{endpoint_name}/answer", "post", "200", strict);

const fake = useFake(simulateDari);
const call = fakeCaller({ name: "X-API-Key" });

async function startJob(server: DariSimulation, body: Record<string, unknown> = { form_data: { firstName: "Jane" } }) {
  const started = await call(server, "POST", "/jobs/my-org/contact_form/start", { body });
  expect(started.status).toBe(200);
  return (started.body as { job_id: string }).job_id;
}

describe("fake Dari agent portal API", () => {
  it("starts a job at /jobs/{org}/{endpoint}/start and answers {job_id}", async () => {
    const server = await fake.start();
    const started = await call(server, "POST", "/jobs/my-org/contact_form/start", { body: { form_data: { a: "1" } } });
    expect(started.status).toBe(200);
    expect(Object.keys(started.body as object)).toEqual(["job_id"]);
    expect(validateStart(started.body)).toBeNull();
    const request = server.requestsOf("start")[0];
    expect(request?.headers["x-api-key"]).toBe("fake-dari-key");
    expect(request?.json).toEqual({ form_data: { a: "1" } });
  });

  it("reads the job at the vendored /task/{org}/{endpoint}/status?job_id= as the spec's JobStatusResponse", async () => {
    const server = await fake.start({ task: { startDelayMs: 1_000, durationMs: 2_000, steps: 2 } });
    const jobId = await startJob(server);
    const pending = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(pending.body)).toBeNull();
    expect(pending.body).toMatchObject({
      job_id: jobId,
      portal_id: "my-org/contact_form",
      status: "pending",
      events: [],
    });

    fake.clock.advance(2_000);
    const running = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "running", final_result: null });
    expect((running.body as { events: { event_type: string }[] }).events.map((event) => event.event_type)).toEqual([
      "started",
      "step_completed",
    ]);

    fake.clock.advance(1_000);
    const completed = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(completed.body)).toBeNull();
    expect(completed.body).toMatchObject({
      status: "completed",
      final_result: { submitted: true, fields: ["firstName"] },
      total_cost_usd: 0.02,
      error: null,
    });
    expect(server.requestsOf("get")[0]?.path).toBe(`/task/my-org/contact_form/status?job_id=${jobId}`);
  });

  it("also serves the status at /jobs/{org}/{endpoint}/status, where Dari's newer docs put it", async () => {
    const server = await fake.start();
    const jobId = await startJob(server);
    const status = await call(server, "GET", `/jobs/my-org/contact_form/status?job_id=${jobId}`);
    expect(status.status).toBe(200);
    expect(validateStatus(status.body)).toBeNull();
  });

  it("finds a job only under the org and endpoint that started it", async () => {
    const server = await fake.start();
    const jobId = await startJob(server);
    expect(await call(server, "GET", `/task/other-org/contact_form/status?job_id=${jobId}`)).toEqual({
      status: 404,
      body: { detail: "Job not found" },
    });
  });

  it("pauses a running job with POST /task/{org}/{endpoint}/pause?job_id=, freezing its progress", async () => {
    const server = await fake.start({ task: { durationMs: 10_000, steps: 2 } });
    const jobId = await startJob(server);
    fake.clock.advance(1_000);
    const paused = await call(server, "POST", `/task/my-org/contact_form/pause?job_id=${jobId}`);
    expect(paused).toEqual({
      status: 200,
      body: { success: true, message: "Job paused successfully", job_id: jobId, previous_status: "running" },
    });
    expect(validatePause(paused.body)).toBeNull();
    fake.clock.advance(60_000);
    const status = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(status.body)).toBeNull();
    expect(status.body).toMatchObject({ status: "paused" });
    expect((await call(server, "POST", `/task/my-org/contact_form/pause?job_id=${jobId}`)).status).toBe(409);
    server.tasks.resume(jobId);
    fake.clock.advance(9_000);
    expect(server.view(jobId).status).toBe("completed");
  });

  it("waits for input after askQuestion (a status the vendored enum lacks) and resumes on POST .../answer", async () => {
    const server = await fake.start({ task: { durationMs: 10_000, steps: 2 } });
    const jobId = await startJob(server, { form_data: {}, human_in_the_loop: true });
    fake.clock.advance(1_000);
    const questionId = server.askQuestion(jobId, "Which plan?", ["Basic", "Pro"]);
    fake.clock.advance(5_000);
    const waiting = server.view(jobId);
    expect(waiting.status).toBe("waiting_for_input");
    expect(waiting.events.at(-1)).toMatchObject({
      event_type: "question",
      data: { question_id: questionId, question: "Which plan?", options: ["Basic", "Pro"] },
    });

    const stale = await call(server, "POST", `/jobs/my-org/contact_form/answer?job_id=${jobId}`, {
      body: { question_id: "aae818ac-6f33-4a3e-8981-e6e5c303d1f1", answer: "Pro" },
    });
    expect(stale.status).toBe(409);
    const answered = await call(server, "POST", `/jobs/my-org/contact_form/answer?job_id=${jobId}`, {
      body: { question_id: questionId, answer: "Pro" },
    });
    expect(answered).toEqual({ status: 200, body: { success: true, message: "Answer submitted", job_id: jobId } });
    expect(validateAnswer(answered.body)).toBeNull();
    expect(server.view(jobId).events.at(-1)).toMatchObject({
      event_type: "answer",
      message: "Pro",
      data: { question_id: questionId, answer: "Pro" },
    });
    expect(server.view(jobId).status).toBe("running");
    expect(
      (
        await call(server, "POST", `/jobs/my-org/contact_form/answer?job_id=${jobId}`, {
          body: { question_id: questionId, answer: "Pro" },
        })
      ).status,
    ).toBe(409);
    fake.clock.advance(9_000);
    expect(server.view(jobId).status).toBe("completed");
  });

  it("reports total_cost_usd as steps complete, and a downloads_link once completed with files", async () => {
    const server = await fake.start({
      task: { durationMs: 2_000, steps: 2, costPerStepUsd: 0.035, files: ["confirmation.pdf"] },
    });
    const jobId = await startJob(server);
    fake.clock.advance(1_000);
    const running = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(running.body)).toBeNull();
    expect(running.body).toMatchObject({ status: "running", total_cost_usd: 0.035, downloads_link: null });

    fake.clock.advance(1_000);
    const completed = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(completed.body)).toBeNull();
    expect(completed.body).toMatchObject({
      status: "completed",
      total_cost_usd: 0.07,
      downloads_link: `https://files.usedari.com/jobs/${jobId}/downloads.zip`,
    });
  });

  it("has no downloads_link without files in the plan, nor for a failed job", async () => {
    const server = await fake.start({
      task: (_input, index) => ({
        durationMs: 1_000,
        files: index === 0 ? undefined : ["a.pdf"],
        outcome: index === 0 ? "completed" : "failed",
      }),
    });
    const plain = await startJob(server);
    const failed = await startJob(server);
    fake.clock.advance(1_000);
    expect(server.view(plain)).toMatchObject({ status: "completed", downloads_link: null });
    expect(server.view(failed)).toMatchObject({ status: "failed", downloads_link: null });
    expect(validateStatus(server.view(failed))).toBeNull();
  });

  const ends: [string, (server: DariSimulation, jobId: string) => unknown][] = [
    ["stopped through the controls", (server, jobId) => server.tasks.stop(jobId)],
    ["completed through the controls", (server, jobId) => server.tasks.complete(jobId)],
    ["failed through the controls", (server, jobId) => server.tasks.fail(jobId)],
    ["completed by the clock", () => fake.clock.advance(9_000)],
  ];

  it.each(ends)("answers 429 {detail} beyond maxActiveTasks, until the active job is %s", async (_how, end) => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const first = await startJob(server);
    fake.clock.advance(1_000);
    const refused = await call(server, "POST", "/jobs/my-org/contact_form/start", { body: { form_data: {} } });
    // Dari documents no 429 (nor a schema for one): the body is its other errors' {detail} shape.
    expect(refused).toEqual({ status: 429, body: { detail: dariTooManyJobsMessage } });
    expect(server.tasks.list().map((task) => task.id)).toEqual([first]);
    // Another portal of the same account counts too.
    expect((await call(server, "POST", "/jobs/my-org/other_form/start", { body: {} })).status).toBe(429);

    end(server, first);
    const second = await startJob(server);
    expect(server.tasks.get(second).index).toBe(1);
    expect((await call(server, "POST", "/jobs/my-org/contact_form/start", { body: {} })).status).toBe(429);
  });

  it("counts a job paused over HTTP or waiting for an answer as active", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const jobId = await startJob(server);
    fake.clock.advance(1_000);
    const paused = await call(server, "POST", `/task/my-org/contact_form/pause?job_id=${jobId}`);
    expect(validatePause(paused.body)).toBeNull();
    fake.clock.advance(60_000);
    expect((await call(server, "POST", "/jobs/my-org/contact_form/start", { body: {} })).status).toBe(429);

    server.tasks.resume(jobId);
    const questionId = server.askQuestion(jobId, "Which plan?");
    fake.clock.advance(60_000);
    expect((await call(server, "POST", "/jobs/my-org/contact_form/start", { body: {} })).status).toBe(429);
    const answered = await call(server, "POST", `/jobs/my-org/contact_form/answer?job_id=${jobId}`, {
      body: { question_id: questionId, answer: "Pro" },
    });
    expect(validateAnswer(answered.body)).toBeNull();
    fake.clock.advance(9_000);
    expect(server.view(jobId).status).toBe("completed");
    await startJob(server);
  });

  it("pauses a pending job over HTTP (previous_status pending) and refuses to pause a finished one", async () => {
    const server = await fake.start({ task: { startDelayMs: 5_000, durationMs: 1_000 } });
    const jobId = await startJob(server);
    const paused = await call(server, "POST", `/task/my-org/contact_form/pause?job_id=${jobId}`);
    expect(validatePause(paused.body)).toBeNull();
    expect(paused.body).toMatchObject({ previous_status: "pending" });
    expect(server.requestsOf("pause")[0]).toMatchObject({ taskId: jobId, status: 200 });
    fake.clock.advance(60_000);
    expect(server.view(jobId).status).toBe("paused");
    server.tasks.resume(jobId);
    fake.clock.advance(6_000);
    expect(server.view(jobId).status).toBe("completed");
    const refused = await call(server, "POST", `/task/my-org/contact_form/pause?job_id=${jobId}`);
    expect(refused).toEqual({ status: 409, body: { detail: "Job is completed and cannot be paused" } });
    expect((await call(server, "POST", `/task/other-org/contact_form/pause?job_id=${jobId}`)).status).toBe(404);
  });

  it("refuses an answer without question_id and answer (422), or to a job not waiting for input (409)", async () => {
    const server = await fake.start({ task: { durationMs: 10_000 } });
    const jobId = await startJob(server);
    const path = `/jobs/my-org/contact_form/answer?job_id=${jobId}`;
    expect(await call(server, "POST", path, { body: { answer: "Pro" } })).toEqual({
      status: 422,
      body: { detail: "question_id and answer are required" },
    });
    expect(
      await call(server, "POST", path, {
        body: { question_id: "aae818ac-6f33-4a3e-8981-e6e5c303d1f1", answer: "Pro" },
      }),
    ).toEqual({ status: 409, body: { detail: "Job is running, not waiting_for_input" } });
    expect(server.requestsOf("answer").map((request) => request.status)).toEqual([422, 409]);
  });

  it("reports a failed job with its error and an error event", async () => {
    const server = await fake.start({ task: { durationMs: 1_000, outcome: "failed", errorMessage: "Form rejected" } });
    const jobId = await startJob(server);
    fake.clock.advance(1_000);
    const failed = await call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`);
    expect(validateStatus(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({ status: "failed", error: "Form rejected", final_result: null });
    expect((failed.body as { events: { event_type: string }[] }).events.at(-1)?.event_type).toBe("error");
  });

  it("answers 401 without X-API-Key and 422 without job_id", async () => {
    const server = await fake.start();
    expect((await call(server, "GET", "/task/my-org/contact_form/status?job_id=x", { key: null })).status).toBe(401);
    expect((await call(server, "GET", "/task/my-org/contact_form/status")).status).toBe(422);
  });

  it("answers 500 to a start when told, and drops a status read", async () => {
    const server = await fake.start();
    server.injectFault({ operation: "start", fault: { kind: "status", status: 500 }, times: 2 });
    expect((await call(server, "POST", "/jobs/my-org/contact_form/start", { body: {} })).status).toBe(500);
    expect((await call(server, "POST", "/jobs/my-org/contact_form/start", { body: {} })).status).toBe(500);
    const jobId = await startJob(server);
    server.injectFault({ operation: "get", fault: { kind: "drop" } });
    await expect(call(server, "GET", `/task/my-org/contact_form/status?job_id=${jobId}`)).rejects.toThrow();
  });
});
