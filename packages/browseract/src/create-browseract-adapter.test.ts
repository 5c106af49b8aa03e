import { ConcurrencyLimitError, InvalidTaskRefError, optionalTaskOperations, RateLimitError } from "@agent-tasks/core";
import { onlyRequest, rejectionOf, useMswServer } from "@agent-tasks/test-support";
import {
  browserActTooManyTasksMessage,
  createManualClock,
  type ManualClock,
  simulateBrowserAct,
  type TaskPlan,
} from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { type BrowserActTaskListItem, createBrowserActAdapter } from "./create-browseract-adapter.js";
import { createBrowserActClient } from "./create-browseract-client.js";

const KEY = "ba-adapter-key-2d9f";
const API = "https://api.browseract.com";
// BrowserAct ids are 17-digit strings: more digits than a JavaScript number holds exactly.
const WORKFLOW_ID = "71234567890123456";

const { server, calls, settled } = useMswServer();

function createAdapter() {
  return createBrowserActAdapter(createBrowserActClient({ apiKey: KEY, maxRetries: 0 }));
}

/** A simulated BrowserAct for this test, answering at the production URL the adapter calls. */
function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
  const sim = simulateBrowserAct({ apiKey: KEY, clock: createManualClock(), ...options });
  server.use(...simulationHandlers(sim));
  return sim;
}

/** Starts `count` runs of the workflow on `sim` through the adapter, then forgets those requests; resolves their ids. */
async function startRuns(sim: ReturnType<typeof simulate>, count = 1): Promise<string[]> {
  const adapter = createAdapter();
  const ids: string[] = [];
  for (let run = 0; run < count; run++) ids.push((await adapter.start({ workflow_id: WORKFLOW_ID })).ref);
  sim.clearRequests();
  return ids;
}

function listItem(n: number): BrowserActTaskListItem {
  return {
    id: `8123456789012${String(n).padStart(4, "0")}`,
    status: "finished",
    created_at: "2025-06-01T08:00:00Z",
    workflow_id: WORKFLOW_ID,
  };
}

describe("createBrowserActAdapter", () => {
  it("has source 'browseract' and exactly status, stop, resume and list of the optional operations", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("browseract");
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["status", "stop", "resume", "list"]);
    expect("withOutputSchema" in adapter || "withClientKey" in adapter).toBe(false);
  });

  it("start: POST /v2/workflow/run-task with the RunWorkflowTaskRequest as given and a Bearer key; resolves the id", async () => {
    const sim = simulate();
    const input = {
      workflow_id: WORKFLOW_ID,
      input_parameters: [{ name: "keyword", value: "laptops" }],
      save_browser_data: true,
    };

    const started = await createAdapter().start(input);

    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "POST", url: `${API}/v2/workflow/run-task`, status: 200 });
    expect(request.json).toEqual(input);
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    const [created] = sim.tasks.list();
    expect(created?.input).toEqual(input);
    // A 17-digit id, more digits than a JavaScript number holds exactly: it must come back as the same string.
    expect(created?.id).toMatch(/^\d{17}$/);
    expect(started).toEqual({ ref: created?.id, response: { id: created?.id, profile_id: created?.extra.profileId } });
    expect(started.response).toEqual(JSON.parse(request.responseBody));
  });

  it("get (= fetchTask): GET /v2/workflow/get-task?task_id=", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { durationMs: 3_000, steps: 3 } });
    const [taskId = ""] = await startRuns(sim);
    clock.advance(3_000);
    const adapter = createAdapter();

    const read = await adapter.get(taskId);

    expect(read).toEqual(sim.view(taskId));
    expect(read).toMatchObject({ id: taskId, workflow_id: WORKFLOW_ID, status: "finished" });
    expect(read.steps).toHaveLength(3);
    expect(adapter.fetchTask).toBe(adapter.get);
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "GET", url: `${API}/v2/workflow/get-task?task_id=${taskId}` });
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("status: GET /v2/workflow/get-task-status?task_id=, resolving the raw status string", async () => {
    const sim = simulate();
    const [taskId = ""] = await startRuns(sim);
    sim.tasks.pause(taskId);

    expect(await createAdapter().status(taskId)).toBe("paused");
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "GET", url: `${API}/v2/workflow/get-task-status?task_id=${taskId}` });
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it.each([
    { operation: "stop", pausedFirst: false, after: { phase: "stopped", providerStatus: "canceled" } },
    { operation: "resume", pausedFirst: true, after: { phase: "running", providerStatus: "running" } },
  ] as const)(
    "$operation: PUT /v2/workflow/$operation-task?task_id= with no body, accepting the empty 200",
    async ({ operation, pausedFirst, after }) => {
      const sim = simulate();
      const [taskId = ""] = await startRuns(sim);
      if (pausedFirst) sim.tasks.pause(taskId);

      await expect(createAdapter()[operation](taskId)).resolves.toBeUndefined();
      const request = onlyRequest(sim);
      expect(request).toMatchObject({
        method: "PUT",
        url: `${API}/v2/workflow/${operation}-task?task_id=${taskId}`,
        body: "",
        status: 200,
        responseBody: "",
      });
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      await settled();
      expect(calls.at(-1)?.body).toBeNull(); // no body at all, not an empty one
      expect(sim.tasks.get(taskId)).toMatchObject(after);
    },
  );

  it("list: GET /v2/workflow/list-tasks through three pages, each fetched only when iterated", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { durationMs: 1_000 } });
    const finished = await startRuns(sim, 5);
    clock.advance(1_000); // all five finished
    const [stillRunning = ""] = await startRuns(sim);
    const pages = createAdapter().list({ limit: 2, status: "finished" })[Symbol.asyncIterator]();

    expect(sim.requests).toHaveLength(0);
    const first = await pages.next();
    expect(sim.requests).toHaveLength(1);
    const second = await pages.next();
    expect(sim.requests).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    // Newest first, as BrowserAct lists; the running sixth task is filtered out by the API.
    const [one, two, three, four, five] = finished;
    expect(
      [first, second, third].map((result) => result.value?.items.map((item: BrowserActTaskListItem) => item.id)),
    ).toEqual([[five, four], [three, two], [one]]);
    expect(sim.tasks.get(stillRunning).providerStatus).toBe("running");
    expect(third.value?.page).toEqual(JSON.parse(sim.requests[2]?.responseBody ?? ""));
    expect(third.value?.page).toMatchObject({ page: 3, total_pages: 3, total_count: 5 });
    expect(end.done).toBe(true);
    expect(sim.requests.map((request) => request.url)).toEqual([
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=1`,
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=2`,
      `${API}/v2/workflow/list-tasks?limit=2&status=finished&page=3`,
    ]);
    expect(
      sim.requests.every((request) => request.method === "GET" && request.headers.authorization === `Bearer ${KEY}`),
    ).toBe(true);
  });

  it("list: an empty list is one request and one empty page", async () => {
    const sim = simulate();

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items);

    expect(pages).toEqual([[]]);
    expect(sim.requests.map((request) => request.path)).toEqual(["/v2/workflow/list-tasks?limit=100&page=1"]);
  });

  it("list: a page shorter than the limit is the last, even when total_pages says more", async () => {
    // A page that contradicts its own totals: no simulation answers that, so it is served as it is.
    server.use(
      http.get(`${API}/v2/workflow/list-tasks`, () =>
        HttpResponse.json({ page: 1, limit: 3, items: [listItem(1), listItem(2)], total_pages: 4, total_count: 11 }),
      ),
    );

    const pages = [];
    for await (const page of createAdapter().list({ limit: 3 })) pages.push(page.items.length);

    expect(pages).toEqual([2]);
    expect(calls.map((call) => call.url.search)).toEqual(["?limit=3&page=1"]);
  });

  it("a 429 on start stays a RateLimitError: BrowserAct's spec declares no concurrency 429", async () => {
    const sim = simulate({ maxActiveTasks: 1 });
    await startRuns(sim);

    const error = await rejectionOf(createAdapter().start({ workflow_id: WORKFLOW_ID }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
    expect(error).toMatchObject({ status: 429, body: { code: 429, msg: browserActTooManyTasksMessage } });
    expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["start 429"]);
    expect(sim.tasks.list()).toHaveLength(1);
  });

  it("refuses a bad task id before sending anything", async () => {
    expect(await rejectionOf(createAdapter().resume(""))).toBeInstanceOf(InvalidTaskRefError);
    expect(calls).toHaveLength(0);
  });
});
