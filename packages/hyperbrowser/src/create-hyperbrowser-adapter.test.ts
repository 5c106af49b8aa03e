import {
  ConcurrencyLimitError,
  InvalidClientOptionError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
} from "@agent-tasks/core";
import { onlyCall, rejectionOf, thrownBy, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createHyperbrowserAdapter, type HyperbrowserAgent } from "./create-hyperbrowser-adapter.js";
import { createHyperbrowserClient } from "./create-hyperbrowser-client.js";
import type { HyperAgentTask } from "./task-types.js";

const KEY = "hb-adapter-key-90d1";
const API = "https://api.hyperbrowser.ai";
const JOB_ID = "5b0c2f7e-1d34-4c8a-9e61-0a7f3d2b9c44";

const task = {
  jobId: JOB_ID,
  status: "completed",
  data: { steps: [], finalResult: "Done" },
  error: null,
  liveUrl: null,
} satisfies HyperAgentTask;

const api = useMockApi();

function createAdapter(agent?: HyperbrowserAgent) {
  const client = createHyperbrowserClient({ apiKey: KEY, maxRetries: 0 });
  return agent === undefined ? createHyperbrowserAdapter(client) : createHyperbrowserAdapter(client, { agent });
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
    const response = { jobId: JOB_ID, liveUrl: "https://app.hyperbrowser.ai/live/5b0c" };
    api.routes({ [`POST ${API}/api/task/hyper-agent`]: () => HttpResponse.json(response) });
    const input = { task: "Find the cheapest flight", maxSteps: 12, llm: "gpt-4o" as const };

    const started = await createAdapter().start(input);

    expect(started).toEqual({ ref: JOB_ID, response });
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/api/task/hyper-agent`);
    expect(JSON.parse(call.body ?? "")).toEqual(input);
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("get (= fetchTask): GET /api/task/hyper-agent/{id} with x-api-key", async () => {
    api.routes({ [`GET ${API}/api/task/hyper-agent/:id`]: () => HttpResponse.json(task) });
    const adapter = createAdapter();

    expect(await adapter.get(JOB_ID)).toEqual(task);
    expect(adapter.fetchTask).toBe(adapter.get);
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/api/task/hyper-agent/${JOB_ID}`);
    expect(call.body).toBeNull();
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("status: GET /api/task/hyper-agent/{id}/status, resolving the raw status string", async () => {
    api.routes({ [`GET ${API}/api/task/hyper-agent/:id/status`]: () => HttpResponse.json({ status: "running" }) });

    expect(await createAdapter().status(JOB_ID)).toBe("running");
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/api/task/hyper-agent/${JOB_ID}/status`);
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  it("stop: PUT /api/task/hyper-agent/{id}/stop with no body", async () => {
    api.routes({ [`PUT ${API}/api/task/hyper-agent/:id/stop`]: () => HttpResponse.json({ message: "Stopped" }) });

    await expect(createAdapter().stop(JOB_ID)).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("PUT");
    expect(call.url.href).toBe(`${API}/api/task/hyper-agent/${JOB_ID}/stop`);
    expect(call.body).toBeNull();
    expect(call.headers.get("x-api-key")).toBe(KEY);
  });

  for (const agent of ["browser-use", "claude-computer-use", "gemini-computer-use", "cua"] as const) {
    it(`agent "${agent}": start, get, status and stop use /api/task/${agent}`, async () => {
      api.routes({
        [`POST ${API}/api/task/${agent}`]: () => HttpResponse.json({ jobId: JOB_ID }),
        [`GET ${API}/api/task/${agent}/:id`]: () => HttpResponse.json(task),
        [`GET ${API}/api/task/${agent}/:id/status`]: () => HttpResponse.json({ status: "stopped" }),
        [`PUT ${API}/api/task/${agent}/:id/stop`]: () => HttpResponse.json({ message: "ok" }),
      });
      const adapter = createAdapter(agent);

      expect(adapter.agent).toBe(agent);
      expect((await adapter.start({ task: "Open example.com" })).ref).toBe(JOB_ID);
      expect(await adapter.get(JOB_ID)).toEqual(task);
      expect(await adapter.status(JOB_ID)).toBe("stopped");
      await adapter.stop(JOB_ID);

      await api.settled();
      expect(api.calls.map((call) => `${call.method} ${call.url.pathname}`)).toEqual([
        `POST /api/task/${agent}`,
        `GET /api/task/${agent}/${JOB_ID}`,
        `GET /api/task/${agent}/${JOB_ID}/status`,
        `PUT /api/task/${agent}/${JOB_ID}/stop`,
      ]);
      expect(api.calls.every((call) => call.headers.get("x-api-key") === KEY)).toBe(true);
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
    expect(api.calls).toHaveLength(0);
  });

  it("a 429 on start stays a RateLimitError: the spec declares no concurrency 429 for tasks", async () => {
    api.routes({
      [`POST ${API}/api/task/hyper-agent`]: () => HttpResponse.json({ message: "Too many requests" }, { status: 429 }),
    });

    const error = await rejectionOf(createAdapter().start({ task: "Open example.com" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(api.calls).toHaveLength(1);
  });
});
