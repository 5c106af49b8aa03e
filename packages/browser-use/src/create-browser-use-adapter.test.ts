import {
  ConcurrencyLimitError,
  InvalidTaskRefError,
  optionalTaskOperations,
  RateLimitError,
  UnprocessableEntityError,
} from "@agent-tasks/core";
import { onlyCall, rejectionOf, useMockApi } from "@agent-tasks/test-support";
import { HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { currentTask, SESSION_ID, seedEraTask, TASK_ID, taskItem } from "./__fixtures__/tasks.js";
import { BROWSER_USE_CLIENT_KEY_FIELD, createBrowserUseAdapter } from "./create-browser-use-adapter.js";
import { createBrowserUseClient } from "./create-browser-use-client.js";
import type { BrowserUseTaskItem } from "./task-types.js";

const KEY = "bu-adapter-key-6c2e";
const API = "https://api.browser-use.com/api/v2";
const HEADER = "X-Browser-Use-API-Key";
const CONCURRENCY_DETAIL =
  "Too many concurrent active sessions. Please wait for one to finish, kill one, or upgrade your plan.";

const api = useMockApi();

function createAdapter() {
  return createBrowserUseAdapter(createBrowserUseClient({ apiKey: KEY, maxRetries: 0 }));
}

/** Serves `GET /tasks` from `all`, paged by the request's pageNumber/pageSize as Browser Use pages. */
function serveTaskList(all: BrowserUseTaskItem[]) {
  api.routes({
    [`GET ${API}/tasks`]: ({ request }) => {
      const query = new URL(request.url).searchParams;
      const pageSize = Number(query.get("pageSize") ?? 10);
      const pageNumber = Number(query.get("pageNumber") ?? 1);
      const items = all.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return HttpResponse.json({ items, totalItems: all.length, pageNumber, pageSize });
    },
  });
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
    const response = { id: TASK_ID, sessionId: SESSION_ID };
    api.routes({ [`POST ${API}/tasks`]: () => HttpResponse.json(response, { status: 202 }) });
    const input = { task: "Find the cheapest flight", maxSteps: 25, startUrl: "https://www.example-flights.com/" };

    const started = await createAdapter().start(input);

    expect(started).toEqual({ ref: TASK_ID, response });
    const call = await onlyCall(api);
    expect(call.method).toBe("POST");
    expect(call.url.href).toBe(`${API}/tasks`);
    expect(JSON.parse(call.body ?? "")).toEqual(input);
    expect(call.headers.get(HEADER)).toBe(KEY);
  });

  it("get (= fetchTask): GET /tasks/{task_id}, today's task and a seed-era one alike", async () => {
    let body: object = currentTask;
    api.routes({ [`GET ${API}/tasks/:taskId`]: () => HttpResponse.json(body) });
    const adapter = createAdapter();

    expect(await adapter.get(TASK_ID)).toEqual(currentTask);
    body = seedEraTask;
    expect(await adapter.fetchTask(TASK_ID)).toEqual(seedEraTask);
    await api.settled();
    expect(api.calls.map((call) => `${call.method} ${call.url.href}`)).toEqual([
      `GET ${API}/tasks/${TASK_ID}`,
      `GET ${API}/tasks/${TASK_ID}`,
    ]);
    expect(api.calls.every((call) => call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("status: GET /tasks/{task_id}/status, resolving the raw status string", async () => {
    api.routes({
      [`GET ${API}/tasks/:taskId/status`]: () => HttpResponse.json({ id: TASK_ID, status: "created", cost: null }),
    });

    expect(await createAdapter().status(TASK_ID)).toBe("created");
    const call = await onlyCall(api);
    expect(call.method).toBe("GET");
    expect(call.url.href).toBe(`${API}/tasks/${TASK_ID}/status`);
    expect(call.headers.get(HEADER)).toBe(KEY);
  });

  it('stop: PATCH /tasks/{task_id} with {"action":"stop"}', async () => {
    api.routes({ [`PATCH ${API}/tasks/:taskId`]: () => HttpResponse.json({ ...currentTask, status: "stopped" }) });

    await expect(createAdapter().stop(TASK_ID)).resolves.toBeUndefined();
    const call = await onlyCall(api);
    expect(call.method).toBe("PATCH");
    expect(call.url.href).toBe(`${API}/tasks/${TASK_ID}`);
    expect(JSON.parse(call.body ?? "")).toEqual({ action: "stop" });
    expect(call.headers.get(HEADER)).toBe(KEY);
  });

  it("stop: a 422 (task already finished) rejects with UnprocessableEntityError", async () => {
    api.routes({
      [`PATCH ${API}/tasks/:taskId`]: () => HttpResponse.json({ detail: "Task is not running" }, { status: 422 }),
    });

    expect(await rejectionOf(createAdapter().stop(TASK_ID))).toBeInstanceOf(UnprocessableEntityError);
  });

  it("list: GET /tasks through three pages, each fetched only when iterated, with the query's filters", async () => {
    serveTaskList([1, 2, 3, 4, 5].map((n) => taskItem(n)));
    const pages = createAdapter().list({ pageSize: 2, filterBy: "finished" })[Symbol.asyncIterator]();

    expect(api.calls).toHaveLength(0);
    const first = await pages.next();
    expect(api.calls).toHaveLength(1);
    const second = await pages.next();
    expect(api.calls).toHaveLength(2);
    const third = await pages.next();
    const end = await pages.next();

    expect(
      [first, second, third].map((result) => result.value?.items.map((item: BrowserUseTaskItem) => item.task)),
    ).toEqual([["Task 1", "Task 2"], ["Task 3", "Task 4"], ["Task 5"]]);
    expect(third.value?.page).toEqual({ items: [taskItem(5)], totalItems: 5, pageNumber: 3, pageSize: 2 });
    expect(end.done).toBe(true);
    expect(api.calls.map((call) => call.url.href)).toEqual([
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=1`,
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=2`,
      `${API}/tasks?pageSize=2&filterBy=finished&pageNumber=3`,
    ]);
    expect(api.calls.every((call) => call.method === "GET" && call.headers.get(HEADER) === KEY)).toBe(true);
  });

  it("list: stops after a page that reaches totalItems exactly (no empty extra request), 100 per page by default", async () => {
    serveTaskList([1, 2, 3].map((n) => taskItem(n)));

    const pages = [];
    for await (const page of createAdapter().list()) pages.push(page.items.length);

    expect(pages).toEqual([3]);
    expect(api.calls.map((call) => call.url.searchParams.get("pageSize"))).toEqual(["100"]);
  });

  it("list: breaking out of the loop fetches no further page", async () => {
    serveTaskList([1, 2, 3, 4, 5].map((n) => taskItem(n)));

    for await (const page of createAdapter().list({ pageSize: 2 })) {
      expect(page.items).toHaveLength(2);
      break;
    }

    expect(api.calls).toHaveLength(1);
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
    api.routes({
      [`POST ${API}/tasks`]: () => HttpResponse.json({ id: TASK_ID, sessionId: SESSION_ID }, { status: 202 }),
    });
    const adapter = createAdapter();
    const tagged = adapter.withClientKey({ task: "t", metadata: { team: "growth" } }, "key-1");

    expect(BROWSER_USE_CLIENT_KEY_FIELD).toBe("agentTasksClientKey");
    expect(tagged).toEqual({ task: "t", metadata: { team: "growth", agentTasksClientKey: "key-1" } });
    expect(adapter.withClientKey({ task: "t", metadata: null }, "key-2").metadata).toEqual({
      agentTasksClientKey: "key-2",
    });
    await adapter.start(tagged);
    const call = await onlyCall(api);
    expect(JSON.parse(call.body ?? "").metadata).toEqual({ team: "growth", agentTasksClientKey: "key-1" });
  });

  it("findByClientKey reads the tasks of the last 15 minutes 100 at a time and stops at the page holding the key", async () => {
    const all = Array.from({ length: 250 }, (_, index) => taskItem(index + 1));
    all[130] = taskItem(131, { agentTasksClientKey: "wanted", team: "growth" });
    serveTaskList(all);
    const before = Date.now();

    expect(await createAdapter().findByClientKey("wanted")).toBe(taskItem(131).id);
    const queries = api.calls.map((call) => call.url.searchParams);
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
    serveTaskList(Array.from({ length: 150 }, (_, index) => taskItem(index + 1, { agentTasksClientKey: "other" })));

    expect(await createAdapter().findByClientKey("wanted")).toBeNull();
    expect(api.calls).toHaveLength(2);
  });

  it("findByClientKey reads at most 10 pages, however many tasks the window holds", async () => {
    serveTaskList(Array.from({ length: 5_000 }, (_, index) => taskItem(index + 1)));

    expect(await createAdapter().findByClientKey("wanted")).toBeNull();
    expect(api.calls).toHaveLength(10);
  });

  it("start: a 429 'Too many concurrent active sessions' rejects with ConcurrencyLimitError, not RateLimitError", async () => {
    api.routes({ [`POST ${API}/tasks`]: () => HttpResponse.json({ detail: CONCURRENCY_DETAIL }, { status: 429 }) });

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
    expect(api.calls).toHaveLength(1);
  });

  it("start: a 429 that is not about concurrent sessions stays a RateLimitError", async () => {
    api.routes({ [`POST ${API}/tasks`]: () => HttpResponse.json({ detail: "Rate limit exceeded" }, { status: 429 }) });

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("start: a 429 about concurrent requests (not the spec's concurrent active sessions) stays a RateLimitError", async () => {
    api.routes({
      [`POST ${API}/tasks`]: () =>
        HttpResponse.json({ detail: "Too many concurrent requests, slow down" }, { status: 429 }),
    });

    const error = await rejectionOf(createAdapter().start({ task: "t" }));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).not.toBeInstanceOf(ConcurrencyLimitError);
  });

  it("refuses a bad task id before sending anything", async () => {
    expect(await rejectionOf(createAdapter().status(" "))).toBeInstanceOf(InvalidTaskRefError);
    expect(api.calls).toHaveLength(0);
  });
});
