import { AgentTasksError, NotFoundError, ServerError, type TaskFetchOptions, UserAbortError } from "@agent-tasks/core";
import type { DariTaskRef } from "@agent-tasks/dari";
import {
  createHyperbrowserAdapter,
  createHyperbrowserClient,
  createHyperbrowserTaskFetcher,
} from "@agent-tasks/hyperbrowser";
import { rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { createManualClock, simulateHyperbrowser } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { describe, expect, it, vi } from "vitest";
import { getTask } from "./every-provider.js";
import { agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeTask } from "./normalize-task.js";
import { taskRunning as dariTaskRunning } from "./providers/__fixtures__/dari/index.js";
import { fixturesBySource } from "./providers/__fixtures__/index.js";

const JOB_ID = "b7e2c9d4-31f0-4a8e-a6d5-2c8f1e907a44";
const API = "https://api.hyperbrowser.ai";
const TASK_URL = `${API}/api/task/hyper-agent/${JOB_ID}`;

const { server, calls } = useMswServer();

/** A fetcher that answers every call with `answer` (a raw task, or a rejection). */
function fakeFetcher<Source extends string, Ref = string>(source: Source, answer: () => Promise<unknown>) {
  return { source, fetchTask: vi.fn((_ref: Ref, _options?: TaskFetchOptions) => answer()) };
}

describe("getTask", () => {
  it.each(agentTaskSources)(
    "normalizes a %s task read through the fetcher, keeping its source and the raw object",
    async (source) => {
      const [rawTask] = Object.values(fixturesBySource[source]);
      const fetcher = fakeFetcher(source, async () => rawTask);

      const task = await getTask(fetcher, "task-1");

      expect(task).toEqual(normalizeTask(source, rawTask));
      expect(task.source).toBe(source);
      expect(task.raw).toBe(rawTask);
      expect(fetcher.fetchTask).toHaveBeenCalledExactlyOnceWith("task-1", { signal: undefined });
    },
  );

  it("hands the reference and the caller's signal to fetchTask unchanged", async () => {
    const ref: DariTaskRef = { orgId: "my-org", endpointName: "contact_form", jobId: "job-1" };
    const controller = new AbortController();
    const fetcher = fakeFetcher<"dari", DariTaskRef>("dari", async () => dariTaskRunning);

    await getTask(fetcher, ref, { signal: controller.signal });

    expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
    expect(fetcher.fetchTask.mock.calls[0]?.[0]).toBe(ref);
    expect(fetcher.fetchTask.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
  });

  it.each([
    new NotFoundError("HTTP 404", { provider: "hyperbrowser", status: 404, method: "GET", url: TASK_URL }),
    new ServerError("HTTP 503", { provider: "hyperbrowser", status: 503, method: "GET", url: TASK_URL }),
    new UserAbortError("aborted", { provider: "hyperbrowser" }),
  ])("passes the fetcher's $name on unchanged", async (fetchError) => {
    const fetcher = fakeFetcher("hyperbrowser", () => Promise.reject(fetchError));

    const error = await rejectionOf(getTask(fetcher, JOB_ID));

    expect(error).toBe(fetchError);
    expect(fetcher.fetchTask).toHaveBeenCalledTimes(1);
  });

  it("rejects with NormalizeError naming the source when the fetcher returns something that is not a task", async () => {
    const fetcher = fakeFetcher("browseract", async () => ({ status: "running" }));

    const error = await rejectionOf(getTask(fetcher, "81234567890123456"));

    expect(error).toBeInstanceOf(NormalizeError);
    expect(error).toMatchObject({ source: "browseract", path: "id", provider: "browseract" });
  });

  it("rejects a client passed in place of a task fetcher with an AgentTasksError, sending nothing", async () => {
    const client = createHyperbrowserClient({ apiKey: "hb-test-key" });

    const error = await rejectionOf(getTask(client as never, JOB_ID));

    expect(error).toBeInstanceOf(AgentTasksError);
    expect((error as Error).message).toBe(
      "getTask: expected a task fetcher { source, fetchTask } such as createHyperbrowserTaskFetcher(client), " +
        "with source one of hyperbrowser, browser-use, browser-use-v1, dari, browseract, browser-use-v4, skyvern",
    );
    expect(calls).toEqual([]);
  });

  it.each([
    ["an unknown source", { source: "acme", fetchTask: vi.fn() }],
    ["no source", { fetchTask: vi.fn() }],
    ["no fetchTask", { source: "hyperbrowser" }],
    ["null", null],
  ])("rejects a fetcher with %s with an AgentTasksError", async (_kind, fetcher) => {
    const error = await rejectionOf(getTask(fetcher as never, JOB_ID));

    expect(error).toBeInstanceOf(AgentTasksError);
    expect((error as Error).message).toMatch(/^getTask: expected a task fetcher \{ source, fetchTask \}/);
  });

  describe("with a real client, against a simulated Hyperbrowser", () => {
    const client = createHyperbrowserClient({ apiKey: "hb-test-key", maxRetries: 0 });
    const fetcher = createHyperbrowserTaskFetcher(client);

    /** A simulated Hyperbrowser answering at its production URL, which the client calls. */
    function simulate() {
      const clock = createManualClock();
      const sim = simulateHyperbrowser({ apiKey: "hb-test-key", clock, task: { durationMs: 3_000, steps: 3 } });
      server.use(...simulationHandlers(sim));
      return { sim, clock };
    }

    it("GETs the task with the client's key and resolves it normalized", async () => {
      const { sim, clock } = simulate();
      const { ref: jobId } = await createHyperbrowserAdapter(client).start({ task: "Count the stars" });
      clock.advance(1_000);
      sim.clearRequests();

      const task = await getTask(fetcher, jobId);

      expect(sim.requests.map((request) => [request.url, request.headers["x-api-key"]])).toEqual([
        [`${API}/api/task/hyper-agent/${jobId}`, "hb-test-key"],
      ]);
      const served = sim.view(jobId);
      expect(JSON.parse(sim.requests[0]?.responseBody ?? "")).toEqual(served);
      expect(task).toEqual(normalizeTask("hyperbrowser", served));
      expect(task).toMatchObject({ source: "hyperbrowser", id: jobId, status: "running", raw: served });
      expect(task.steps).toHaveLength(1);
    });

    it("rejects a 404 with the client's NotFoundError", async () => {
      const { sim } = simulate();

      const error = await rejectionOf(getTask(fetcher, JOB_ID));

      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ provider: "hyperbrowser", status: 404, url: TASK_URL });
      expect((error as Error).message).toBe(
        `Hyperbrowser: GET /api/task/hyper-agent/${JOB_ID} failed with HTTP 404 Not Found: Task not found`,
      );
      expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["get 404"]);
    });

    it("aborts the request in flight when the signal fires, rejecting with UserAbortError", async () => {
      const { sim } = simulate();
      sim.injectFault({ operation: "get", fault: { kind: "hang" } });
      const controller = new AbortController();
      const reason = new Error("the user closed the page");

      const pending = rejectionOf(getTask(fetcher, JOB_ID, { signal: controller.signal }));
      await sim.waitForRequest("get");
      controller.abort(reason);

      expect(await pending).toBeInstanceOf(UserAbortError);
      expect(await pending).toMatchObject({ provider: "hyperbrowser", cause: reason });
      expect(sim.requests.map((request) => request.outcome)).toEqual(["hung"]);
    });
  });
});
