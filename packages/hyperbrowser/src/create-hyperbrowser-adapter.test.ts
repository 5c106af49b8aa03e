import {
  ConcurrencyLimitError,
  InvalidClientOptionError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyRequest, rejectionOf, thrownBy, useMswServer } from "@agent-tasks/test-support";
import {
  createManualClock,
  hyperbrowserTooManyTasksMessage,
  type ManualClock,
  simulateHyperbrowser,
  type TaskPlan,
} from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { describe, expect, it } from "vitest";
import { createHyperbrowserAdapter, type HyperbrowserAgent } from "./create-hyperbrowser-adapter.js";
import { createHyperbrowserClient } from "./create-hyperbrowser-client.js";

const KEY = "hb-adapter-key-90d1";
const API = "https://api.hyperbrowser.ai";

const { server, calls, settled } = useMswServer();

function createAdapter(agent?: HyperbrowserAgent) {
  const client = createHyperbrowserClient({ apiKey: KEY, maxRetries: 0 });
  return agent === undefined ? createHyperbrowserAdapter(client) : createHyperbrowserAdapter(client, { agent });
}

/** A simulated Hyperbrowser (HyperAgent) for this test, answering at the production URL the adapter calls. */
function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
  const sim = simulateHyperbrowser({ apiKey: KEY, clock: createManualClock(), ...options });
  server.use(...simulationHandlers(sim));
  return sim;
}

/** Starts a HyperAgent task on `sim` through the adapter, then forgets that request; resolves its job id. */
async function startOne(sim: ReturnType<typeof simulate>): Promise<string> {
  const { ref } = await createAdapter().start({ task: "Open example.com" });
  sim.clearRequests();
  return ref;
}

describe("createHyperbrowserAdapter", () => {
  it("has source 'hyperbrowser', agent 'hyper-agent' by default, and exactly status and stop of the optional operations", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("hyperbrowser");
    expect(adapter.agent).toBe("hyper-agent");
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["status", "stop"]);
    expect("withOutputSchema" in adapter || "withClientKey" in adapter).toBe(false);
  });

  it("start: POST /api/task/hyper-agent with the body as given and x-api-key; resolves the jobId and the response", async () => {
    const sim = simulate();
    const input = { task: "Find the cheapest flight", maxSteps: 12, llm: "gpt-4o" as const };

    const started = await createAdapter().start(input);

    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "POST", url: `${API}/api/task/hyper-agent`, status: 200 });
    expect(request.json).toEqual(input);
    expect(request.headers["x-api-key"]).toBe(KEY);
    const [created] = sim.tasks.list();
    expect(created?.input).toEqual(input);
    expect(started).toEqual({ ref: created?.id, response: { jobId: created?.id, liveUrl: created?.extra.liveUrl } });
    expect(started.response).toEqual(JSON.parse(request.responseBody ?? ""));
  });

  it("get (= fetchTask): GET /api/task/hyper-agent/{id} with x-api-key", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { durationMs: 2_000, steps: 2 } });
    const jobId = await startOne(sim);
    clock.advance(1_000);
    const adapter = createAdapter();

    const read = await adapter.get(jobId);

    expect(read).toEqual(sim.view(jobId));
    expect(read).toMatchObject({ jobId, status: "running", data: { steps: [{ idx: 0 }], finalResult: null } });
    expect(adapter.fetchTask).toBe(adapter.get);
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "GET", url: `${API}/api/task/hyper-agent/${jobId}`, body: "" });
    expect(request.headers["x-api-key"]).toBe(KEY);
    await settled();
    expect(calls.at(-1)?.body).toBeNull(); // no body at all, not an empty one
  });

  it("status: GET /api/task/hyper-agent/{id}/status, resolving the raw status string", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { startDelayMs: 1_000 } });
    const jobId = await startOne(sim);
    const adapter = createAdapter();

    expect(await adapter.status(jobId)).toBe("pending");
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "GET", url: `${API}/api/task/hyper-agent/${jobId}/status` });
    expect(request.headers["x-api-key"]).toBe(KEY);
    clock.advance(1_000);
    expect(await adapter.status(jobId)).toBe("running");
  });

  it("stop: PUT /api/task/hyper-agent/{id}/stop with no body", async () => {
    const sim = simulate();
    const jobId = await startOne(sim);

    await expect(createAdapter().stop(jobId)).resolves.toBeUndefined();
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "PUT", url: `${API}/api/task/hyper-agent/${jobId}/stop`, body: "" });
    expect(request.headers["x-api-key"]).toBe(KEY);
    await settled();
    expect(calls.at(-1)?.body).toBeNull(); // no body at all, not an empty one
    expect(sim.tasks.get(jobId)).toMatchObject({ phase: "stopped", providerStatus: "stopped" });
  });

  for (const agent of ["browser-use", "claude-computer-use", "gemini-computer-use", "cua"] as const) {
    it(`agent "${agent}": start, get, status and stop use /api/task/${agent}`, async () => {
      const sim = simulate();
      const adapter = createAdapter(agent);

      expect(adapter.agent).toBe(agent);
      const { ref } = await adapter.start({ task: "Open example.com" });
      expect(sim.tasks.get(ref).extra.agent).toBe(agent);
      expect(await adapter.get(ref)).toEqual(sim.view(ref));
      expect(await adapter.status(ref)).toBe("running");
      await adapter.stop(ref);

      expect(sim.requests.map((request) => `${request.method} ${request.pathname} ${request.status}`)).toEqual([
        `POST /api/task/${agent} 200`,
        `GET /api/task/${agent}/${ref} 200`,
        `GET /api/task/${agent}/${ref}/status 200`,
        `PUT /api/task/${agent}/${ref}/stop 200`,
      ]);
      expect(sim.requests.every((request) => request.headers["x-api-key"] === KEY)).toBe(true);
      expect(sim.tasks.get(ref)).toMatchObject({ phase: "stopped", providerStatus: "stopped" });
    });
  }

  it("refuses an unknown agent when the adapter is created", () => {
    const client = createHyperbrowserClient({ apiKey: KEY });
    const error = thrownBy(
      () => createHyperbrowserAdapter(client, { agent: "operator" as HyperbrowserAgent }),
      InvalidClientOptionError,
    );

    expect(error.message).toContain("hyper-agent, browser-use, claude-computer-use, gemini-computer-use, cua");
  });

  it("refuses a bad job id before sending anything", async () => {
    const error = await rejectionOf(createAdapter().stop(""));

    expect(error).toBeInstanceOf(InvalidTaskRefError);
    expect(calls).toHaveLength(0);
  });

  it("a 429 on start stays a RateLimitError: the spec declares no concurrency 429 for tasks", async () => {
    const sim = simulate({ maxActiveTasks: 1 });
    await startOne(sim);

    const error = await rejectionOf(createAdapter().start({ task: "Open example.com" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(error).toMatchObject({ status: 429, body: { message: hyperbrowserTooManyTasksMessage } });
    expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["start 429"]);
    expect(sim.tasks.list()).toHaveLength(1);
  });
});
