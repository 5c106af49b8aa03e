import { responseValidator } from "@agent-tasks/test-support";
import { describe, expect, it } from "vitest";
import { fakeCaller, useFake } from "./__fixtures__/fake-api.js";
import {
  type HyperbrowserAgent,
  type HyperbrowserSimulation,
  hyperbrowserAgents,
  hyperbrowserTooManyTasksMessage,
  simulateHyperbrowser,
} from "./hyperbrowser.js";

const strict = { rejectUnknownFields: true };

/** Validators of every operation of one agent's `/api/task/<agent>` paths, from the vendored spec. */
function validatorsOf(agent: HyperbrowserAgent) {
  const path = `/api/task/${agent}`;
  return {
    start: responseValidator("hyperbrowser", path, "post", "200", strict),
    get: responseValidator("hyperbrowser", `${path}/{id}`, "get", "200", strict),
    get404: responseValidator("hyperbrowser", `${path}/{id}`, "get", "404", strict),
    status: responseValidator("hyperbrowser", `${path}/{id}/status`, "get", "200", strict),
    status404: responseValidator("hyperbrowser", `${path}/{id}/status`, "get", "404", strict),
    stop: responseValidator("hyperbrowser", `${path}/{id}/stop`, "put", "200", strict),
  };
}

const validateByAgent = Object.fromEntries(hyperbrowserAgents.map((agent) => [agent, validatorsOf(agent)])) as Record<
  HyperbrowserAgent,
  ReturnType<typeof validatorsOf>
>;
// The spec declares no 429 for agent task starts; its job starts (batch scrape) answer 429 as `ErrorResponse`,
// the schema every Hyperbrowser error has.
const validateErrorResponse = responseValidator("hyperbrowser", "/api/scrape/batch", "post", "429", strict);

const fake = useFake(simulateHyperbrowser);
const call = fakeCaller({ name: "x-api-key" });

async function startTask(
  server: HyperbrowserSimulation,
  task = "Find the price",
  agent: HyperbrowserAgent = "hyper-agent",
): Promise<string> {
  const started = await call(server, "POST", `/api/task/${agent}`, { body: { task, maxSteps: 20 } });
  expect(started.status).toBe(200);
  return (started.body as { jobId: string }).jobId;
}

/** What each agent's steps look like (the spec leaves them untyped; these follow the official SDK's types). */
const stepShape: Record<HyperbrowserAgent, (step: Record<string, unknown>) => void> = {
  "hyper-agent": (step) => expect(step).toMatchObject({ idx: expect.any(Number), agentOutput: expect.any(Object) }),
  "browser-use": (step) =>
    expect(step).toMatchObject({
      model_output: { current_state: expect.any(Object), action: expect.any(Array) },
      result: expect.any(Array),
      state: { url: "https://example.com" },
      metadata: { step_number: expect.any(Number) },
    }),
  "claude-computer-use": (step) =>
    expect(step).toMatchObject({ role: "assistant", type: "message", model: "claude-sonnet-4-5", stop_sequence: null }),
  "gemini-computer-use": (step) =>
    expect(step).toMatchObject({
      candidates: [{ content: { role: "model" } }],
      modelVersion: "gemini-3-flash-preview",
    }),
  cua: (step) => expect(step).toMatchObject({ model: "computer-use-preview", error: null, output: expect.any(Array) }),
};

describe.each(hyperbrowserAgents)("fake Hyperbrowser API, agent %s", (agent) => {
  const check = validateByAgent[agent];
  const path = `/api/task/${agent}`;

  it("starts a task at POST /api/task/<agent> with {jobId, liveUrl}, recording the agent", async () => {
    const server = await fake.start();
    const started = await call(server, "POST", path, { body: { task: "Find the price" } });
    expect(started.status).toBe(200);
    expect(check.start(started.body)).toBeNull();
    const { jobId, liveUrl } = started.body as { jobId: string; liveUrl: string };
    expect(liveUrl).toBe(`${server.origin}/live/${jobId}`);
    expect(server.tasks.get(jobId)).toMatchObject({ input: { task: "Find the price" }, extra: { agent, liveUrl } });
    expect(server.requestsOf("start")[0]).toMatchObject({ path, status: 200 });
  });

  it("moves a task pending → running → completed over its duration, adding the agent's steps on the way", async () => {
    const server = await fake.start({ task: { startDelayMs: 1_000, durationMs: 9_000, steps: 3, output: "42 USD" } });
    const jobId = await startTask(server, "Find the price", agent);

    const pending = await call(server, "GET", `${path}/${jobId}`);
    expect(check.get(pending.body)).toBeNull();
    expect(pending.body).toEqual({
      jobId,
      status: "pending",
      data: { steps: [], finalResult: null },
      error: null,
      liveUrl: `${server.origin}/live/${jobId}`,
    });

    fake.clock.advance(4_000);
    const running = (await call(server, "GET", `${path}/${jobId}`)).body as {
      status: string;
      data: { steps: Record<string, unknown>[] };
    };
    expect(check.get(running)).toBeNull();
    expect(running.status).toBe("running");
    expect(running.data.steps).toHaveLength(1);
    for (const step of running.data.steps) stepShape[agent](step);
    const status = await call(server, "GET", `${path}/${jobId}/status`);
    expect(status).toEqual({ status: 200, body: { status: "running" } });
    expect(check.status(status.body)).toBeNull();

    fake.clock.advance(6_000);
    const completed = await call(server, "GET", `${path}/${jobId}`);
    expect(check.get(completed.body)).toBeNull();
    expect(completed.body).toMatchObject({ status: "completed", data: { finalResult: "42 USD" }, liveUrl: null });
    const steps = (completed.body as { data: { steps: Record<string, unknown>[] } }).data.steps;
    expect(steps).toHaveLength(3);
    for (const step of steps) stepShape[agent](step);
    // The last step carries the agent's final answer.
    expect(JSON.stringify(steps.at(-1))).toContain("42 USD");
    expect(await call(server, "GET", `${path}/${jobId}/status`)).toEqual({
      status: 200,
      body: { status: "completed" },
    });
    expect(server.view(jobId)).toEqual(completed.body);
    // The task ended when its duration ran out, not when it was read.
    expect(server.tasks.get(jobId).finishedAt).toBe(server.tasks.get(jobId).createdAt + 10_000);
  });

  it("stops a running task with PUT .../stop, answering {success: true}", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const jobId = await startTask(server, "Find the price", agent);
    fake.clock.advance(1_000);
    const stopped = await call(server, "PUT", `${path}/${jobId}/stop`);
    expect(stopped).toEqual({ status: 200, body: { success: true } });
    expect(check.stop(stopped.body)).toBeNull();
    fake.clock.advance(120_000);
    const task = await call(server, "GET", `${path}/${jobId}`);
    expect(check.get(task.body)).toBeNull();
    expect(task.body).toMatchObject({ status: "stopped", error: null, data: { finalResult: null }, liveUrl: null });
    expect(server.tasks.get(jobId).finishedAt).toBe(server.tasks.get(jobId).createdAt + 1_000);
  });

  it("fails a task as its plan says, with the plan's error", async () => {
    const server = await fake.start({
      task: (_input, index) =>
        index === 1 ? { outcome: "failed", errorMessage: "Captcha", durationMs: 5_000 } : { durationMs: 5_000 },
    });
    const first = await startTask(server, "Find the price", agent);
    const second = await startTask(server, "Find the price", agent);
    fake.clock.advance(5_000);
    expect(server.view(first)).toMatchObject({ status: "completed" });
    const failed = await call(server, "GET", `${path}/${second}`);
    expect(check.get(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({ status: "failed", error: "Captcha", data: { finalResult: null } });
  });

  it("fails a task on demand through the controls", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const jobId = await startTask(server, "Find the price", agent);
    server.tasks.fail(jobId, "Browser crashed");
    expect(await call(server, "GET", `${path}/${jobId}/status`)).toEqual({
      status: 200,
      body: { status: "failed" },
    });
    const failed = await call(server, "GET", `${path}/${jobId}`);
    expect(check.get(failed.body)).toBeNull();
    expect(failed.body).toMatchObject({ status: "failed", error: "Browser crashed" });
  });

  it("answers 404 {message} for an unknown task and for another agent's task", async () => {
    const server = await fake.start();
    const missing = await call(server, "GET", `${path}/nope`);
    expect(missing).toEqual({ status: 404, body: { message: "Task not found" } });
    expect(check.get404(missing.body)).toBeNull();

    const other = hyperbrowserAgents.find((candidate) => candidate !== agent) ?? "hyper-agent";
    const othersTask = await startTask(server, "Not mine", other);
    const notHere = await call(server, "GET", `${path}/${othersTask}`);
    expect(notHere).toEqual({ status: 404, body: { message: "Task not found" } });
    expect(check.get404(notHere.body)).toBeNull();
    const statusNotHere = await call(server, "GET", `${path}/${othersTask}/status`);
    expect(statusNotHere.status).toBe(404);
    expect(check.status404(statusNotHere.body)).toBeNull();
    expect((await call(server, "PUT", `${path}/${othersTask}/stop`)).status).toBe(404);
    // The stop did not reach the other agent's task.
    expect(server.tasks.get(othersTask).phase).toBe("running");
    expect(server.requestsOf("get").map((request) => request.taskId)).toEqual(["nope", othersTask]);
  });

  it("answers 429 {message} (ErrorResponse) beyond maxActiveTasks, creating nothing", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 60_000 } });
    await startTask(server, "first", agent);
    const refused = await call(server, "POST", path, { body: { task: "second" } });
    expect(refused).toEqual({ status: 429, body: { message: hyperbrowserTooManyTasksMessage } });
    expect(validateErrorResponse(refused.body)).toBeNull();
    expect(server.tasks.list()).toHaveLength(1);
  });
});

describe("fake Hyperbrowser API, all agents in one store", () => {
  it("keeps every agent's tasks in one store, each read under its own agent only", async () => {
    const server = await fake.start({ task: { durationMs: 60_000 } });
    const ids = new Map<HyperbrowserAgent, string>();
    for (const agent of hyperbrowserAgents) ids.set(agent, await startTask(server, `Task for ${agent}`, agent));
    expect(server.tasks.list().map((task) => task.extra.agent)).toEqual([...hyperbrowserAgents].reverse());
    expect(server.tasks.activeCount()).toBe(hyperbrowserAgents.length);
    for (const [agent, jobId] of ids) {
      for (const reader of hyperbrowserAgents) {
        const read = await call(server, "GET", `/api/task/${reader}/${jobId}`);
        expect(read.status).toBe(reader === agent ? 200 : 404);
      }
    }
  });

  it("counts every agent's tasks against maxActiveTasks", async () => {
    const server = await fake.start({ maxActiveTasks: 2, task: { durationMs: 60_000 } });
    const cua = await startTask(server, "one", "cua");
    await startTask(server, "two", "claude-computer-use");
    const refused = await call(server, "POST", "/api/task/hyper-agent", { body: { task: "three" } });
    expect(refused).toEqual({ status: 429, body: { message: hyperbrowserTooManyTasksMessage } });
    await call(server, "PUT", `/api/task/cua/${cua}/stop`);
    await startTask(server, "three", "hyper-agent");
  });

  it("renders Browser Use steps in the 0.7.10 shape when the start asks for that version", async () => {
    const server = await fake.start({ task: { durationMs: 1_000, steps: 1, output: "done" } });
    const started = await call(server, "POST", "/api/task/browser-use", { body: { task: "x", version: "0.7.10" } });
    const { jobId } = started.body as { jobId: string };
    fake.clock.advance(1_000);
    const task = await call(server, "GET", `/api/task/browser-use/${jobId}`);
    expect(validateByAgent["browser-use"].get(task.body)).toBeNull();
    const [step] = (task.body as { data: { steps: Record<string, unknown>[] } }).data.steps;
    expect(step).toMatchObject({
      model_output: {
        thinking: 'Working on "x"',
        next_goal: "Report the result",
        action: [{ done: { text: "done" } }],
      },
      result: [{ is_done: true, success: true, extracted_content: "done" }],
      metadata: { step_number: 1 },
    });
    expect(step).not.toHaveProperty("model_output.current_state");
  });

  it("has no cost or file fields in any agent's task (the spec has none), whatever the plan says", async () => {
    const server = await fake.start({ task: { durationMs: 1_000, costPerStepUsd: 0.5, files: ["report.pdf"] } });
    for (const agent of hyperbrowserAgents) {
      const jobId = await startTask(server, "x", agent);
      fake.clock.advance(1_000);
      const task = await call(server, "GET", `/api/task/${agent}/${jobId}`);
      expect(validateByAgent[agent].get(task.body)).toBeNull();
      expect(Object.keys(task.body as object).sort()).toEqual(["data", "error", "jobId", "liveUrl", "status"]);
    }
  });
});

describe("fake Hyperbrowser API, maxActiveTasks", () => {
  const ends: [string, (server: HyperbrowserSimulation, jobId: string) => Promise<unknown> | unknown][] = [
    ["stopped with PUT .../stop", (server, jobId) => call(server, "PUT", `/api/task/hyper-agent/${jobId}/stop`)],
    ["stopped through the controls", (server, jobId) => server.tasks.stop(jobId)],
    ["completed through the controls", (server, jobId) => server.tasks.complete(jobId)],
    ["failed through the controls", (server, jobId) => server.tasks.fail(jobId)],
    ["completed by the clock", () => fake.clock.advance(10_000)],
  ];

  it.each(ends)("starts again once the active task is %s", async (_how, end) => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const first = await startTask(server);
    fake.clock.advance(1_000);
    const refused = await call(server, "POST", "/api/task/hyper-agent", { body: { task: "second" } });
    expect(refused).toEqual({ status: 429, body: { message: hyperbrowserTooManyTasksMessage } });
    expect(validateErrorResponse(refused.body)).toBeNull();
    expect(server.tasks.list().map((task) => task.id)).toEqual([first]);
    expect(server.requestsOf("start").map((request) => request.status)).toEqual([200, 429]);

    await end(server, first);
    expect(server.tasks.activeCount()).toBe(0);
    const second = await startTask(server, "second");
    expect(server.tasks.list().map((task) => task.id)).toEqual([second, first]);
    // The refused start took no place: the task after it is the second one.
    expect(server.tasks.get(second).index).toBe(1);
  });

  it("still refuses while the active task is paused through the controls", async () => {
    const server = await fake.start({ maxActiveTasks: 1, task: { durationMs: 10_000 } });
    const first = await startTask(server);
    server.tasks.pause(first);
    fake.clock.advance(60_000);
    expect((await call(server, "POST", "/api/task/hyper-agent", { body: { task: "second" } })).status).toBe(429);
    server.tasks.resume(first);
    fake.clock.advance(10_000);
    await startTask(server, "second");
  });
});

describe("fake Hyperbrowser HyperAgent API", () => {
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

  it("answers 401 {message} without the right x-api-key", async () => {
    const server = await fake.start();
    expect(await call(server, "GET", "/api/task/hyper-agent/nope", { key: null })).toEqual({
      status: 401,
      body: { message: "Invalid API key" },
    });
    expect((await call(server, "POST", "/api/task/cua", { key: "wrong", body: { task: "x" } })).status).toBe(401);
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
    const server = fake.track(await simulateHyperbrowser({ task: { durationMs: 50, steps: 2 } }).listen());
    const jobId = await startTask(server);
    let status = "";
    while (status !== "completed") {
      status = ((await call(server, "GET", `/api/task/hyper-agent/${jobId}/status`)).body as { status: string }).status;
      if (status !== "completed") await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(server.view(jobId).data.steps).toHaveLength(2);
  });
});
