import {
  ConcurrencyLimitError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
  UnprocessableEntityError,
} from "@agent-tasks/core";
import { onlyRequest, rejectionOf, useMswServer } from "@agent-tasks/test-support";
import { createManualClock, type ManualClock, simulateBrowserUse, type TaskPlan } from "@agent-tasks/testing";
import { simulationHandlers } from "@agent-tasks/testing/msw";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { SESSION_ID, seedEraTask, TASK_ID, taskItem } from "./__fixtures__/tasks.js";
import { BROWSER_USE_CLIENT_KEY_FIELD, createBrowserUseAdapter } from "./create-browser-use-adapter.js";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import type { BrowserUseCreateTaskRequest, BrowserUseTaskItem } from "./task-types.js";

const KEY = "bu-adapter-key-6c2e";
const API = "https://api.browser-use.com/api/v2";
const HEADER = "X-Browser-Use-API-Key";
const CONCURRENCY_DETAIL =
  "Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.";

const { server, calls } = useMswServer();

function createAdapter() {
  return createBrowserUseAdapter(createBrowserUseClient({ apiKey: KEY, maxRetries: 0 }));
}

/**
 * A simulated Browser Use for this test, answering at the production URL the adapter calls. Its clock moves only
 * when the test says (it starts at the real time, so `findByClientKey`'s 15-minute window holds its tasks).
 */
function simulate(options: { clock?: ManualClock; task?: Partial<TaskPlan>; maxActiveTasks?: number } = {}) {
  const sim = simulateBrowserUse({ apiKey: KEY, clock: createManualClock(Date.now()), ...options });
  server.use(...simulationHandlers(sim));
  return sim;
}

/** Starts `inputs` one after the other through the adapter, then forgets those requests; resolves their ids. */
async function startAll(sim: ReturnType<typeof simulate>, inputs: BrowserUseCreateTaskRequest[]): Promise<string[]> {
  const adapter = createAdapter();
  const ids: string[] = [];
  for (const input of inputs) ids.push((await adapter.start(input)).ref);
  sim.clearRequests();
  return ids;
}

/** Serves `GET /tasks` from `all`, paged by the request's pageNumber/pageSize as Browser Use pages. */
function serveTaskList(all: BrowserUseTaskItem[]) {
  server.use(
    http.get(`${API}/tasks`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      const pageSize = Number(query.get("pageSize") ?? 10);
      const pageNumber = Number(query.get("pageNumber") ?? 1);
      const items = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return HttpResponse.json({ items, totalItems: all.length, pageNumber, pageSize });
    }),
  );
}

/** `count` tasks named "Task 1"... in start order; a simulation lists them newest first. */
function tasksNamed(count: number, metadata?: (n: number) => Record<string, string>): BrowserUseCreateTaskRequest[] {
  return Array.from({ length: count }, (_, index) => ({
    task: `Task ${index + 1}`,
    ...(metadata === undefined ? {} : { metadata: metadata(index + 1) }),
  }));
}

describe("createBrowserUseAdapter", () => {
  it("has source 'browser-use' and exactly status, stop and list of the optional operations, plus output schema and client key", () => {
    const adapter = createAdapter();

    expect(adapter.source).toBe("browser-use");
    expect(optionalTaskOperations.filter((name) => name in adapter)).toEqual(["status", "stop", "list"]);
    expect(typeof adapter.withOutputSchema).toBe("function");
    expect(typeof adapter.withClientKey).toBe("function");
    expect(typeof adapter.findByClientKey).toBe("function");
  });

  it("start: POST /tasks with the CreateTaskRequest as given and the key header; resolves the id and the 202 body", async () => {
    const sim = simulate();
    const input = {
      task: "Find the cheapest flight",
      maxSteps: 25,
      startUrl: "https://www.example-flights.com/",
      sessionId: SESSION_ID,
    };

    const started = await createAdapter().start(input);

    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "POST", url: `${API}/tasks`, status: 202 });
    expect(request.json).toEqual(input);
    expect(request.headers[HEADER.toLowerCase()]).toBe(KEY);
    const [task] = sim.tasks.list();
    expect(task?.input).toEqual(input);
    expect(started).toEqual({ ref: task?.id, response: { id: task?.id, sessionId: SESSION_ID } });
    expect(started.response).toEqual(JSON.parse(request.responseBody ?? ""));
  });

  it("get (= fetchTask): GET /tasks/{task_id}, today's task and a seed-era one alike", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { durationMs: 3_000, steps: 3 } });
    const [taskId = ""] = await startAll(sim, [{ task: "Find the cheapest flight" }]);
    clock.advance(2_000);
    const adapter = createAdapter();

    const today = await adapter.get(taskId);

    expect(today).toEqual(sim.view(taskId));
    expect(today).toMatchObject({ id: taskId, status: "started", steps: [{ number: 1 }, { number: 2 }] });
    expect(
      sim.requests.map((request) => `${request.method} ${request.url} ${request.headers[HEADER.toLowerCase()]}`),
    ).toEqual([`GET ${API}/tasks/${taskId} ${KEY}`]);

    // No simulation serves a task stored before the API changed: the seed-era body, exactly as documented.
    server.use(http.get(`${API}/tasks/:taskId`, () => HttpResponse.json(seedEraTask)));
    expect(adapter.fetchTask).toBe(adapter.get);
    expect(await adapter.fetchTask(TASK_ID)).toEqual(seedEraTask);
    const seedEraCall = calls.at(-1);
    expect(`${seedEraCall?.method} ${seedEraCall?.url.href}`).toBe(`GET ${API}/tasks/${TASK_ID}`);
    expect(seedEraCall?.headers.get(HEADER)).toBe(KEY);
    expect(sim.requests).toHaveLength(1);
  });

  it("status: GET /tasks/{task_id}/status, resolving the raw status string", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { startDelayMs: 5_000 } });
    const [taskId = ""] = await startAll(sim, [{ task: "Open example.com" }]);
    const adapter = createAdapter();

    expect(await adapter.status(taskId)).toBe("created");
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]).toMatchObject({
      method: "GET",
      url: `${API}/tasks/${taskId}/status`,
      headers: { [HEADER.toLowerCase()]: KEY },
    });
    clock.advance(5_000);
    expect(await adapter.status(taskId)).toBe("started");
  });

  it('stop: PATCH /tasks/{task_id} with {"action":"stop"}', async () => {
    const sim = simulate();
    const [taskId = ""] = await startAll(sim, [{ task: "Open example.com" }]);

    await expect(createAdapter().stop(taskId)).resolves.toBeUndefined();
    const request = onlyRequest(sim);
    expect(request).toMatchObject({ method: "PATCH", url: `${API}/tasks/${taskId}`, status: 200 });
    expect(request.json).toEqual({ action: "stop" });
    expect(request.headers[HEADER.toLowerCase()]).toBe(KEY);
    expect(sim.tasks.get(taskId)).toMatchObject({ phase: "stopped", providerStatus: "stopped" });
  });

  it("stop: a 422 (task already finished) rejects with UnprocessableEntityError", async () => {
    // The simulation accepts a stop of a finished task (200); a 422 with this body is served as it is.
    server.use(
      http.patch(`${API}/tasks/:taskId`, () => HttpResponse.json({ detail: "Task is not running" }, { status: 422 })),
    );

    expect(await rejectionOf(createAdapter().stop(TASK_ID))).toBeInstanceOf(UnprocessableEntityError);
  });

  it("list: GET /tasks through three pages, each fetched only when iterated, with the query's filters", async () => {
    const clock = createManualClock();
    const sim = simulate({ clock, task: { durationMs: 1_000 } });
    await startAll(sim, tasksNamed(5));
    clock.advance(1_000); // all five finished
    const [stillRunning = ""] = await startAll(sim, [{ task: "Task 6" }]);
    const pages = createAdapter().list({ pageSize: 2, filterBy: "finished" })[Symbol.asyncIterator]();

    expect(sim.requests).toHaveLength(0);
    const first = await pages.next();
    expect(sim.requests).toHaveLength(1);
    const second = await pages.next();
    expect(sim.requests).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    // Newest first, as Browser Use lists; the running sixth task is filtered out by the API.
    expect(
      [first, second, third].map((result) => result.value?.items.map((item: BrowserUseTaskItem) => item.task)),
    ).toEqual([["Task 5", "Task 4"], ["Task 3", "Task 2"], ["Task 1"]]);
    expect(sim.tasks.get(stillRunning).providerStatus).toBe("started");
    expect(third.value?.page).toEqual(JSON.parse(sim.requests[2]?.responseBody ?? ""));
    expect(third.value?.page).toMatchObject({ totalItems: 5, pageNumber: 3, pageSize: 2 });
    expect(end.done).toBe(true);
    expect(sim.requests.map((request) => request.url)).toEqual([
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=1`,
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=2`,
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=3`,
    ]);
    expect(
      sim.requests.every((request) => request.method === "GET" && request.headers[HEADER.toLowerCase()] === KEY),
    ).toBe(true);
  });

  it("list: stops after a page that reaches totalItems exactly (no empty extra request), 100 per page by default", async () => {
    const sim = simulate();
    await startAll(sim, tasksNamed(3));

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items.length);

    expect(pages).toEqual([3]);
    expect(sim.requests.map((request) => request.query.get("pageSize"))).toEqual(["100"]);
  });

  it("list: breaking out of the loop fetches no further page", async () => {
    const sim = simulate();
    await startAll(sim, tasksNamed(5));

    for await (const page of createAdapter().list({ pageSize: 2 })) {
      expect(page.items).toHaveLength(2);
      break;
    }

    expect(sim.requests).toHaveLength(1);
  });

  it("withOutputSchema puts the JSON Schema, stringified, in structuredOutput and leaves the input unchanged", () => {
    const input = { task: "Read the title" };
    const schema = { type: "object", properties: { title: { type: "string" } }, required: ["title"] };

    expect(createAdapter().withOutputSchema(input, schema)).toEqual({
      task: "Read the title",
      structuredOutput: JSON.stringify(schema),
    });
    expect(input).toEqual({ task: "Read the title" });
  });

  it("withClientKey tags metadata with agentTasksClientKey, keeping the caller's metadata; start sends it", async () => {
    const sim = simulate();
    const adapter = createAdapter();
    const tagged = adapter.withClientKey({ task: "t", metadata: { team: "growth" } }, "key-1");

    expect(BROWSER_USE_CLIENT_KEY_FIELD).toBe("agentTasksClientKey");
    expect(tagged).toEqual({ task: "t", metadata: { team: "growth", agentTasksClientKey: "key-1" } });
    expect(adapter.withClientKey({ task: "t", metadata: null }, "key-2").metadata).toEqual({
      agentTasksClientKey: "key-2",
    });
    const { ref } = await adapter.start(tagged);
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]?.json).toEqual({ task: "t", metadata: { team: "growth", agentTasksClientKey: "key-1" } });
    expect(sim.tasks.get(ref).extra.metadata).toEqual({ team: "growth", agentTasksClientKey: "key-1" });
  });

  it("findByClientKey reads the tasks of the last 15 minutes 100 at a time and stops at the page holding the key", async () => {
    const sim = simulate();
    // Listed newest first, the 120th task started is the 131st listed: on the second page of 100.
    const ids = await startAll(
      sim,
      tasksNamed(
        250,
        (n): Record<string, string> => (n === 120 ? { agentTasksClientKey: "wanted", team: "growth" } : {}),
      ),
    );
    const before = Date.now();

    expect(await createAdapter().findByClientKey("wanted")).toBe(ids[119]);
    const queries = sim.requests.map((request) => request.query);
    expect(queries.map((query) => [query.get("pageSize"), query.get("pageNumber")])).toEqual([
      ["100", "1"],
      ["100", "2"],
    ]);
    const afterCall = Date.now();
    for (const query of queries) {
      // `after` is the lookup's own "now" minus 15 minutes.
      const after = Date.parse(query.get("after") ?? "");
      expect(after).toBeGreaterThanOrEqual(before - 15 * 60_000);
      expect(after).toBeLessThanOrEqual(afterCall - 15 * 60_000);
    }
  });

  it("findByClientKey resolves null after the recent tasks, when none carries the key", async () => {
    const sim = simulate();
    await startAll(
      sim,
      tasksNamed(150, () => ({ agentTasksClientKey: "other" })),
    );

    expect(await createAdapter().findByClientKey("wanted")).toBeNull();
    expect(sim.requests.map((request) => request.query.get("pageNumber"))).toEqual(["1", "2"]);
  });

  it("findByClientKey reads at most 10 pages, however many tasks the window holds", async () => {
    // 5,000 tasks in 15 minutes: a listing served as it is, rather than 5,000 starts on a simulation.
    serveTaskList(Array.from({ length: 5_000 }, (_, index) => taskItem(index + 1)));

    expect(await createAdapter().findByClientKey("wanted")).toBeNull();
    expect(calls).toHaveLength(10);
  });

  it("start: a 429 'Too many concurrent active sessions' rejects with ConcurrencyLimitError, not RateLimitError", async () => {
    const sim = simulate({ maxActiveTasks: 1 });
    await startAll(sim, [{ task: "the one running" }]);

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(ConcurrencyLimitError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      provider: "browser-use",
      status: 429,
      method: "POST",
      url: `${API}/tasks`,
      body: { detail: CONCURRENCY_DETAIL },
    });
    expect((error as ConcurrencyLimitError).cause).toBeInstanceOf(RateLimitError);
    expect(sim.requests.map((request) => `${request.operation} ${request.status}`)).toEqual(["start 429"]);
    expect(sim.tasks.list()).toHaveLength(1);
  });

  it("start: a 429 that is not about concurrent sessions stays a RateLimitError", async () => {
    server.use(http.post(`${API}/tasks`, () => HttpResponse.json({ detail: "Rate limit exceeded" }, { status: 429 })));

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("start: a 429 about concurrent requests (not the spec's concurrent active sessions) stays a RateLimitError", async () => {
    server.use(
      http.post(`${API}/tasks`, () =>
        HttpResponse.json({ detail: "Too many concurrent requests, slow down" }, { status: 429 }),
      ),
    );

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("refuses a bad task id before sending anything", async () => {
    expect(await rejectionOf(createAdapter().status(" "))).toBeInstanceOf(InvalidTaskRefError);
    expect(calls).toHaveLength(0);
  });
});
