import { describe, expect, it } from "vitest";
import { responseValidator } from "../specs.js";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import { type FakeHyperbrowser, startFakeHyperbrowser } from "./hyperbrowser.js";

const validate = {
  start: responseValidator("hyperbrowser", "/api/task/hyper-agent", "post", "200", { rejectUnknownFields: true }),
  get: responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "200", { rejectUnknownFields: true }),
  get404: responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}", "get", "404", { rejectUnknownFields: true }),
  status: responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}/status", "get", "200", {
    rejectUnknownFields: true,
  }),
  stop: responseValidator("hyperbrowser", "/api/task/hyper-agent/{id}/stop", "put", "200", {
    rejectUnknownFields: true,
  }),
};

const fake = useFake(startFakeHyperbrowser);
const call = fakeCaller({ name: "x-api-key" });

async function startTask(server: FakeHyperbrowser, task = "Find the price"): Promise<string> {
  const started = await call(server, "POST", "/api/task/hyper-agent", { body: { task, maxSteps: 20 } });
  expect(started.status).toBe(200);
  return (started.body as { jobId: string }).jobId;
}

describe("fake Hyperbrowser HyperAgent API", () => {
  it("starts a task with {jobId, liveUrl} as the spec's StartHyperAgentTaskResponse", async () => {
    const server = await fake.start();
    const started = await call(server, "POST", "/api/task/hyper-agent", { body: { task: "Find the price" } });
    expect(started.status).toBe(200);
    expect(validate.start(started.body)).toBeNull();
    const { jobId, liveUrl } = started.body as { jobId: string; liveUrl: string };
    expect(liveUrl).toBe(`${server.origin}/live/${jobId}`);
    expect(server.tasks.get(jobId).input).toEqual({ task: "Find the price" });
  });

  it("logs method, path, the x-api-key header, the body and the response bytes of each request", async () => {
    const server = await fake.start();
    const jobId = await startTask(server, "Log me");
    await call(server, "GET", `/api/task/hyper-agent/${jobId}/status?verbose=1`);

    const [startRequest, statusRequest] = server.requests;
    expect(startRequest).toMatchObject({
      seq: 1,
      operation: "start",
      method: "POST",
      path: "/api/task/hyper-agent",
      json: { task: "Log me", maxSteps: 20 },
      status: 200,
      outcome: "answered",
    });
    expect(startRequest?.headers["x-api-key"]).toBe("fake-hyperbrowser-key");
    expect(startRequest?.body).toBe(JSON.stringify({ task: "Log me", maxSteps: 20 }));
    expect(JSON.parse(startRequest?.responseBody ?? "")).toMatchObject({ jobId });
    // Wire bytes include the request line and headers, so they exceed the bodies.
    expect(startRequest?.bytesIn).toBeGreaterThan(startRequest?.body.length ?? 0);
    expect(startRequest?.bytesOut).toBeGreaterThan(startRequest?.responseBody.length ?? 0);
    expect(statusRequest).toMatchObject({
      operation: "status",
      method: "GET",
      path: `/api/task/hyper-agent/${jobId}/status?verbose=1`,
      pathname: `/api/task/hyper-agent/${jobId}/status`,
      body: "",
      responseBody: JSON.stringify({ status: "running" }),
    });
    expect(statusRequest?.query.get("verbose")).toBe("1");
    expect(server.requestsOf("status")).toEqual([statusRequest]);
  });

  it("moves a task pending → running → completed over its duration, adding steps on the way", async () => {
    const server = await fake.start({ task: { startDelayMs: 1_000, durationMs: 9_000, steps: 3, output: "42 USD" } });
    const jobId = await startTask(server);

    const pending = await call(server, "GET", `/api/task/hyper-agent/${jobId}`);
    expect(validate.get(pending.body)).toBeNull();
    expect(pending.body).toEqual({
      jobId,
      status: "pending",
      data: { steps: [], finalResult: null },
      error: null,
      liveUrl: `${server.origin}/live/${jobId}`,
    });

    fake.clock.advance(4_000);
    const running = (await call(server, "GET", `/api/task/hyper-agent/${jobId}`)).body as {
      status: string;
      data: { steps: { idx: number }[] };
    };
    expect(validate.get(running)).toBeNull();
    expect(running.status).toBe("running");
    expect(running.data.steps.map((step) => step.idx)).toEqual([0]);
    expect(validate.status((await call(server, "GET", `/api/task/hyper-agent/${jobId}/status`)).body)).toBeNull();

    fake.clock.advance(6_000);
    const completed = await call(server, "GET", `/api/task/hyper-agent/${jobId}`);
    expect(validate.get(completed.body)).toBeNull();
    expect(completed.body).toMatchObject({ status: "completed", data: { finalResult: "42 USD" }, liveUrl: null });
    expect((completed.body as { data: { steps: unknown[] } }).data.steps).toHaveLength(3);
    expect(await call(server, "GET", `/api/task/hyper-agent/${jobId}/status`)).toEqual({
      status: 200,
      body: { status: "completed" },
    });
    // The task ended when its duration ran out, not when it was read.
    expect(server.tasks.get(jobId).finishedAt).toBe(server.tasks.get(jobId).createdAt + 10_000);
  });

  it("stops a running task with PUT .../stop, answering {success: true}", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const jobId = await startTask(server);
    fake.clock.advance(1_000);
    const stopped = await call(server, "PUT", `/api/task/hyper-agent/${jobId}/stop`);
    expect(stopped).toEqual({ status: 200, body: { success: true } });
    expect(validate.stop(stopped.body)).toBeNull();
    fake.clock.advance(120_000);
    const task = await call(server, "GET", `/api/task/hyper-agent/${jobId}`);
    expect(validate.get(task.body)).toBeNull();
    expect(task.body).toMatchObject({ status: "stopped", error: null, data: { finalResult: null } });
    expect(server.tasks.get(jobId).finishedAt).toBe(server.tasks.get(jobId).createdAt + 1_000);
  });

  it("fails a task as its plan says, with the plan's error", async () => {
    const server = await fake.start({
      task: (_input, index) =>
        index === 1 ? { outcome: "failed", errorMessage: "Captcha", durationMs: 5_000 } : { durationMs: 5_000 },
    });
    const first = await startTask(server);
    const second = await startTask(server);
    fake.clock.advance(5_000);
    expect(server.view(first)).toMatchObject({ status: "completed" });
    const failed = await call(server, "GET", `/api/task/hyper-agent/${second}`);
    expect(validate.get(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({ status: "failed", error: "Captcha", data: { finalResult: null } });
  });

  it("fails a task on demand through the controls", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const jobId = await startTask(server);
    server.tasks.fail(jobId, "Browser crashed");
    expect(await call(server, "GET", `/api/task/hyper-agent/${jobId}/status`)).toEqual({
      status: 200,
      body: { status: "failed" },
    });
    expect(server.view(jobId).error).toBe("Browser crashed");
  });

  it("answers 401 {message} without the right x-api-key, and 404 for an unknown task", async () => {
    const server = await fake.start();
    expect(await call(server, "GET", "/api/task/hyper-agent/nope", { key: null })).toEqual({
      status: 401,
      body: { message: "Invalid API key" },
    });
    expect((await call(server, "POST", "/api/task/hyper-agent", { key: "wrong", body: { task: "x" } })).status).toBe(
      401,
    );
    const missing = await call(server, "GET", "/api/task/hyper-agent/nope");
    expect(missing).toEqual({ status: 404, body: { message: "Task not found" } });
    expect(validate.get404(missing.body)).toBeNull();
    expect(server.tasks.list()).toEqual([]);
  });

  it("answers 500 to a start when told, creating no task, then starts normally", async () => {
    const server = await fake.start();
    server.injectFault({ operation: "start", fault: { kind: "status", status: 500, body: { message: "boom" } } });
    expect(await call(server, "POST", "/api/task/hyper-agent", { body: { task: "x" } })).toEqual({
      status: 500,
      body: { message: "boom" },
    });
    expect(server.tasks.list()).toHaveLength(0);
    await startTask(server);
    expect(server.tasks.list()).toHaveLength(1);
  });

  it("creates the task and then answers 500 with afterHandling (a start whose outcome the client cannot know)", async () => {
    const server = await fake.start();
    server.injectFault({ operation: "start", fault: { kind: "status", status: 500 }, afterHandling: true });
    expect((await call(server, "POST", "/api/task/hyper-agent", { body: { task: "x" } })).status).toBe(500);
    expect(server.tasks.list()).toHaveLength(1);
  });

  it("hangs a start until the client gives up", async () => {
    const server = await fake.start();
    server.injectFault({ operation: "start", fault: { kind: "hang" } });
    const controller = new AbortController();
    const pending = fetch(`${server.origin}/api/task/hyper-agent`, {
      method: "POST",
      headers: { "x-api-key": server.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ task: "x" }),
      signal: controller.signal,
    });
    const request = await server.waitForRequest("start");
    expect(request.outcome).toBe("hung");
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(server.tasks.list()).toHaveLength(0);
  });

  it("drops the connection of a get, then answers the next one", async () => {
    const server = await fake.start();
    const jobId = await startTask(server);
    server.injectFault({ operation: "get", fault: { kind: "drop" } });
    await expect(
      fetch(`${server.origin}/api/task/hyper-agent/${jobId}`, { headers: { "x-api-key": server.apiKey } }),
    ).rejects.toThrow();
    expect(server.requestsOf("get")[0]?.outcome).toBe("dropped");
    expect((await call(server, "GET", `/api/task/hyper-agent/${jobId}`)).status).toBe(200);
  });

  it("runs on the real clock by default, finishing a short task without being driven", async () => {
    const server = fake.track(await startFakeHyperbrowser({ task: { durationMs: 50, steps: 2 } }));
    const jobId = await startTask(server);
    let status = "";
    while (status !== "completed") {
      status = ((await call(server, "GET", `/api/task/hyper-agent/${jobId}/status`)).body as { status: string }).status;
      if (status !== "completed") await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.view(jobId).data.steps).toHaveLength(2);
  });
});
