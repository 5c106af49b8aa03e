import { AgentTasksError, NotFoundError, ServerError, type TaskFetchOptions, UserAbortError } from "@agent-tasks/core";
import type { DariTaskRef } from "@agent-tasks/dari";
import { createHyperbrowserClient, createHyperbrowserTaskFetcher } from "@agent-tasks/hyperbrowser";
import { rejectionOf, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { getTask } from "./get-task.js";
import { agentTaskSources } from "./model/agent-task.js";
import { NormalizeError } from "./normalize-error.js";
import { normalizeTask } from "./normalize-task.js";
import { taskRunning as dariTaskRunning } from "./providers/__fixtures__/dari/index.js";
import { taskRunning } from "./providers/__fixtures__/hyperbrowser/index.js";
import { fixturesBySource } from "./providers/__fixtures__/index.js";

const JOB_ID = "b7e2c9d4-31f0-4a8e-a6d5-2c8f1e907a44";
const TASK_URL = `https://api.hyperbrowser.ai/api/task/hyper-agent/${JOB_ID}`;
const TASK_ROUTE = "GET https://api.hyperbrowser.ai/api/task/hyper-agent/:id";

const api = useMockApi();

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
        "with source one of hyperbrowser, browser-use, browser-use-v1, dari, browseract",
    );
    expect(api.calls).toEqual([]);
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

  describe("with a real client", () => {
    const fetcher = createHyperbrowserTaskFetcher(createHyperbrowserClient({ apiKey: "hb-test-key", maxRetries: 0 }));

    it("GETs the task with the client's key and resolves it normalized", async () => {
      api.routes({ [TASK_ROUTE]: () => HttpResponse.json(taskRunning) });

      const task = await getTask(fetcher, JOB_ID);

      expect(api.calls.map((call) => [call.url.href, call.headers.get("x-api-key")])).toEqual([
        [TASK_URL, "hb-test-key"],
      ]);
      expect(task).toEqual(normalizeTask("hyperbrowser", taskRunning));
      expect(task).toMatchObject({ source: "hyperbrowser", id: JOB_ID, status: "running", raw: taskRunning });
    });

    it("rejects a 404 with the client's NotFoundError", async () => {
      api.routes({
        [TASK_ROUTE]: () => HttpResponse.json({ message: `HyperAgent task ${JOB_ID} not found` }, { status: 404 }),
      });

      const error = await rejectionOf(getTask(fetcher, JOB_ID));

      expect(error).toBeInstanceOf(NotFoundError);
      expect(error).toMatchObject({ provider: "hyperbrowser", status: 404, url: TASK_URL });
      expect((error as Error).message).toContain(`HyperAgent task ${JOB_ID} not found`);
    });

    it("aborts the request in flight when the signal fires, rejecting with UserAbortError", async () => {
      let arrived!: () => void;
      const requestArrived = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      api.routes({
        [TASK_ROUTE]: async () => {
          arrived();
          await new Promise(() => {}); // held until the client aborts it
          return HttpResponse.json(taskRunning);
        },
      });
      const controller = new AbortController();
      const reason = new Error("the user closed the page");

      const pending = rejectionOf(getTask(fetcher, JOB_ID, { signal: controller.signal }));
      await requestArrived;
      controller.abort(reason);

      expect(await pending).toBeInstanceOf(UserAbortError);
      expect(await pending).toMatchObject({ provider: "hyperbrowser", cause: reason });
    });
  });
});
